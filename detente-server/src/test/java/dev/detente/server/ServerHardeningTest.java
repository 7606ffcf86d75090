package dev.detente.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hostile requests, sent as raw HTTP: every refusal is JSON with a reason and the security
 * headers (Jetty's own error answers too), bad input is never a 500, and a Host that is not this
 * server (DNS rebinding) is refused.
 */
class ServerHardeningTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static LedgerServer server;

    @BeforeAll
    static void start() {
        var api = new LedgerApi(new InMemoryLedger(), new ArticleAnnotator(FixtureLayersStage.analyzer()));
        server = LedgerServer.start(api, "127.0.0.1", 0);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    record Reply(int status, Map<String, String> headers, String body) {
        JsonNode json() throws IOException {
            return JSON.readTree(body);
        }
    }

    /** Sends the request line and headers as given (no client library fixing them up). */
    static Reply raw(String requestLine, String host, String... extraHeaders) throws IOException {
        try (Socket s = new Socket("127.0.0.1", server.port())) {
            s.setSoTimeout(10_000);
            StringBuilder req = new StringBuilder(requestLine).append("\r\n");
            if (host != null) {
                req.append("Host: ").append(host).append("\r\n");
            }
            for (String h : extraHeaders) {
                req.append(h).append("\r\n");
            }
            req.append("Connection: close\r\n\r\n");
            OutputStream out = s.getOutputStream();
            out.write(req.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = s.getInputStream();
            String response = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int headEnd = response.indexOf("\r\n\r\n");
            String[] head = response.substring(0, headEnd).split("\r\n");
            Map<String, String> headers = new LinkedHashMap<>();
            for (int i = 1; i < head.length; i++) {
                int colon = head[i].indexOf(':');
                headers.put(head[i].substring(0, colon).strip().toLowerCase(Locale.ROOT), head[i].substring(colon + 1).strip());
            }
            String body = response.substring(headEnd + 4);
            if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
                body = unchunk(body);
            }
            return new Reply(Integer.parseInt(head[0].split(" ")[1]), headers, body);
        }
    }

    private static String unchunk(String body) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < body.length()) {
            int eol = body.indexOf("\r\n", i);
            int size = Integer.parseInt(body.substring(i, eol).strip(), 16);
            if (size == 0) {
                break;
            }
            out.append(body, eol + 2, eol + 2 + size);
            i = eol + 2 + size + 2;
        }
        return out.toString();
    }

    private static void refusedWithJsonAndHeaders(Reply r, int status) throws IOException {
        assertThat(r.status()).as(r.body()).isEqualTo(status);
        assertThat(r.headers().get("content-type")).startsWith("application/json");
        assertThat(r.json().get("status").asInt()).isEqualTo(status);
        assertThat(r.json().get("error").asText()).isNotBlank();
        assertThat(r.headers()).containsKeys("content-security-policy", "x-content-type-options", "referrer-policy");
    }

    @Test
    void theBoundAddressAndLocalhostAreServed() throws IOException {
        assertThat(raw("GET /api/stats HTTP/1.1", "127.0.0.1:" + server.port()).status()).isEqualTo(200);
        assertThat(raw("GET /api/stats HTTP/1.1", "localhost:" + server.port()).status()).isEqualTo(200);
        assertThat(raw("GET /api/stats HTTP/1.1", "[::1]:" + server.port()).status()).isEqualTo(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"attacker.example", "attacker.example:80", "127.0.0.1.nip.io", "localhost.attacker.example"})
    void anotherHostNameIsRefused(String host) throws IOException {
        Reply r = raw("GET /api/stats HTTP/1.1", host);
        refusedWithJsonAndHeaders(r, 403);
        assertThat(r.json().get("error").asText()).contains("DNS rebinding");
        refusedWithJsonAndHeaders(raw("GET / HTTP/1.1", host), 403);
    }

    @ParameterizedTest
    @ValueSource(strings = {"speaker=...", "speaker=%21%3F", "text=%22%22", "text=-", "q=***"})
    void punctuationOnlySearchesAreABadRequestNotA500(String query) throws IOException {
        String path = query.startsWith("q=") ? "/api/search?" : query.startsWith("speaker") ? "/api/statements?" : "/api/articles?";
        Reply r = raw("GET " + path + query + " HTTP/1.1", "127.0.0.1");
        refusedWithJsonAndHeaders(r, 400);
        assertThat(r.json().get("error").asText()).contains("no letter or digit");
    }

    @Test
    void jettysOwnErrorsAreJsonWithTheSecurityHeaders() throws IOException {
        refusedWithJsonAndHeaders(raw("GET /api/%zz HTTP/1.1", "127.0.0.1"), 400);
        refusedWithJsonAndHeaders(raw("GET /api/stats HTTP/1.1", "127.0.0.1", "X-Big: " + "x".repeat(20_000)), 431);
        Reply noHost = raw("GET /api/stats HTTP/1.1", null);
        assertThat(noHost.status()).isEqualTo(400);
        assertThat(noHost.headers()).containsKey("content-security-policy");
    }

    @Test
    void anUnknownRouteAndAWrongMethodAreJson() throws IOException {
        refusedWithJsonAndHeaders(raw("GET /api/nothing HTTP/1.1", "127.0.0.1"), 404);
        Reply post = raw("POST /api/stats HTTP/1.1", "127.0.0.1", "Content-Length: 0");
        assertThat(post.status()).isBetween(400, 499);
        assertThat(post.headers()).containsKey("content-security-policy");
    }
}
