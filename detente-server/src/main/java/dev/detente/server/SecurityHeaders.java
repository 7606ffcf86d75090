package dev.detente.server;

import io.javalin.http.Context;
import java.net.InetAddress;
import java.util.Locale;
import java.util.Map;

/**
 * What every response carries and what every request must show: the security headers (a
 * Content-Security-Policy allowing scripts from this server only, no sniffing, no referrer, no
 * framing), and a Host this server answers to — the address it is bound to, {@code localhost}, or
 * an IP address. Any other name is refused: a page of another site that rebinds its own name to
 * this machine (DNS rebinding) cannot read the API.
 */
final class SecurityHeaders {
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";
    static final Map<String, String> HEADERS = Map.of(
            "Content-Security-Policy", CSP,
            "X-Content-Type-Options", "nosniff",
            "Referrer-Policy", "no-referrer",
            "X-Frame-Options", "DENY");

    private SecurityHeaders() {
    }

    static void add(Context ctx) {
        HEADERS.forEach(ctx::header);
    }

    /** Refuses a request whose Host header names neither this server's address nor localhost. */
    static void checkHost(Context ctx, String boundHost) {
        String host = ctx.header("Host");
        if (host == null || host.isBlank()) {
            throw new ApiException(400, "the request has no Host header");
        }
        if (!allowed(hostName(host), boundHost)) {
            throw new ApiException(403, "Host '" + printable(host) + "' is not this server (use "
                    + boundHost + " or localhost): refused, as a guard against DNS rebinding");
        }
    }

    static boolean allowed(String name, String boundHost) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.equals("localhost") || n.endsWith(".localhost") || n.equals(boundHost.toLowerCase(Locale.ROOT))) {
            return true;
        }
        return isIpLiteral(n);
    }

    /** The name without the port and IPv6 brackets. */
    static String hostName(String host) {
        String h = host.strip();
        if (h.startsWith("[")) {
            int close = h.indexOf(']');
            return close > 0 ? h.substring(1, close) : h;
        }
        int colon = h.indexOf(':');
        return colon >= 0 && h.indexOf(':', colon + 1) < 0 ? h.substring(0, colon) : h;
    }

    private static boolean isIpLiteral(String n) {
        if (n.isEmpty() || !(n.matches("[0-9.]+") || n.contains(":") && n.matches("[0-9a-f:.]+"))) {
            return false;
        }
        try {
            InetAddress.getByName(n); // a literal: no lookup
            return true;
        } catch (java.net.UnknownHostException e) {
            return false;
        }
    }

    private static String printable(String s) {
        String cut = s.length() > 100 ? s.substring(0, 100) + "…" : s;
        return cut.replaceAll("[\\p{Cntrl}]", "?");
    }
}
