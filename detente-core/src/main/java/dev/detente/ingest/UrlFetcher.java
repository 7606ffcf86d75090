package dev.detente.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;

/**
 * Fetches http(s) inputs (a page or a feed) with java.net.http: connect timeout
 * {@link #CONNECT_TIMEOUT}, whole-request timeout {@link #REQUEST_TIMEOUT}, redirects followed
 * (except from https to http), at most {@link InputLimits#MAX_DOCUMENT_BYTES} read, and a
 * User-Agent that names the tool so site owners can see who fetches. Thread-safe.
 */
public final class UrlFetcher {
    public static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    public static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
    public static final String USER_AGENT = "Detente/0.1 (news relations analysis; +https://github.com/detente)";
    private volatile HttpClient client;

    /** A fetched body with its final URL and content type (lower case, without parameters; "" if none). */
    public record Fetched(String url, String contentType, byte[] body) {
    }

    /** Created on first use: a client starts threads, and most runs read no URL. */
    private HttpClient client() {
        HttpClient c = client;
        if (c == null) {
            synchronized (this) {
                if (client == null) {
                    client = HttpClient.newBuilder()
                            .connectTimeout(CONNECT_TIMEOUT)
                            .followRedirects(HttpClient.Redirect.NORMAL)
                            .build();
                }
                c = client;
            }
        }
        return c;
    }

    public static boolean isUrl(String input) {
        String lower = input.toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://");
    }

    public Fetched fetch(String url) throws IOException {
        HttpRequest request;
        try {
            request = HttpRequest.newBuilder(URI.create(url))
                    .timeout(REQUEST_TIMEOUT)
                    .header("User-Agent", USER_AGENT)
                    .header("Accept", "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,text/plain;q=0.8,*/*;q=0.5")
                    .GET()
                    .build();
        } catch (IllegalArgumentException e) {
            throw new IOException("not a valid URL: " + e.getMessage());
        }
        HttpResponse<InputStream> response;
        try {
            response = client().send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted");
        } catch (java.net.http.HttpTimeoutException e) {
            throw new IOException("timed out after " + REQUEST_TIMEOUT.toSeconds() + " s");
        }
        try (InputStream body = response.body()) {
            if (response.statusCode() != 200) {
                throw new IOException("HTTP status " + response.statusCode());
            }
            String type = response.headers().firstValue("Content-Type").orElse("");
            int semi = type.indexOf(';');
            type = (semi < 0 ? type : type.substring(0, semi)).strip().toLowerCase(Locale.ROOT);
            byte[] bytes = InputLimits.readAtMost(body, InputLimits.MAX_DOCUMENT_BYTES);
            return new Fetched(response.uri().toString(), type, bytes);
        }
    }
}
