package dev.detente.ingest;

import dev.detente.knowledge.TestKnowledge;
import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FeedReaderTest {
    static final String RSS = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
            <channel><title>Harbour Gazette</title><link>https://harbour.example/</link>
            <item>
              <title>Trade talks resume in Manila</title>
              <link>https://harbour.example/2024/06/01/trade-talks</link>
              <guid>https://harbour.example/?p=101</guid>
              <pubDate>Sat, 01 Jun 2024 09:00:00 GMT</pubDate>
              <content:encoded><![CDATA[<p>Negotiators from the two countries resumed trade talks in Manila on Saturday.</p>
              <p>Both sides said they hoped to conclude by the end of the year.</p>]]></content:encoded>
            </item>
            <item>
              <title>Fisheries pact extended</title>
              <link>https://harbour.example/fisheries</link>
              <description>The fisheries pact was extended for five years, officials said.</description>
            </item>
            <item><title>Photo gallery</title><link>https://harbour.example/gallery</link></item>
            </channel></rss>
            """;
    static final String ATOM = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom">
              <title>Alpine Wire</title>
              <id>urn:alpine:feed</id>
              <updated>2024-02-03T12:00:00Z</updated>
              <entry>
                <title>Border checks eased</title>
                <id>urn:alpine:entry:7</id>
                <link href="https://alpine.example/border-checks"/>
                <published>2024-02-02T18:30:00Z</published>
                <updated>2024-02-03T12:00:00Z</updated>
                <author><name>Lena Huber</name></author>
                <content type="html">&lt;p&gt;The two governments agreed to ease checks at the border crossing.&lt;/p&gt;</content>
              </entry>
            </feed>
            """;

    private HttpServer server;
    private final AtomicReference<String> userAgent = new AtomicReference<>();

    @BeforeEach
    void serve() throws Exception {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/rss", ex -> reply(ex, "application/rss+xml", RSS));
        server.createContext("/atom", ex -> reply(ex, "application/atom+xml; charset=utf-8", ATOM));
        server.createContext("/page", ex -> reply(ex, "text/html", HtmlReaderTest.PAGE));
        server.createContext("/missing", ex -> {
            ex.sendResponseHeaders(404, -1);
            ex.close();
        });
        server.start();
    }

    private void reply(com.sun.net.httpserver.HttpExchange ex, String type, String body) throws java.io.IOException {
        userAgent.set(ex.getRequestHeaders().getFirst("User-Agent"));
        byte[] b = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", type);
        ex.sendResponseHeaders(200, b.length);
        ex.getResponseBody().write(b);
        ex.close();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    @Test
    void rssItemsBecomeArticlesFromAServedFeed() {
        Collected got = new Collected();
        Ingestor.standard(TestKnowledge.builtIn()).read(List.of(url("/rss")), got);
        assertThat(got.failures).isEmpty();
        assertThat(got.articles).hasSize(2);
        Article first = got.articles.get(0);
        assertThat(first.text()).isEqualTo("Negotiators from the two countries resumed trade talks in Manila on Saturday.\n\n"
                + "Both sides said they hoped to conclude by the end of the year.");
        assertThat(first.meta().title()).isEqualTo("Trade talks resume in Manila");
        assertThat(first.meta().url()).isEqualTo("https://harbour.example/2024/06/01/trade-talks");
        assertThat(first.meta().published()).isEqualTo(LocalDate.of(2024, 6, 1));
        assertThat(first.meta().outlet()).isEqualTo("Harbour Gazette");
        assertThat(got.articles.get(1).meta().published()).isNull();
        assertThat(got.skips).singleElement().asString().contains("without text");
        assertThat(userAgent.get()).startsWith("Detente/");
    }

    @Test
    void atomEntryUsesPublishedNotUpdated() {
        Collected got = new Collected();
        Ingestor.standard(TestKnowledge.builtIn()).read(List.of(url("/atom")), got);
        assertThat(got.articles).singleElement().satisfies(a -> {
            assertThat(a.text()).isEqualTo("The two governments agreed to ease checks at the border crossing.");
            assertThat(a.meta().published()).isEqualTo(LocalDate.of(2024, 2, 2));
            assertThat(a.meta().author()).isEqualTo("Lena Huber");
            assertThat(a.meta().outlet()).isEqualTo("Alpine Wire");
            assertThat(a.id()).startsWith("feed-");
        });
    }

    @Test
    void fetchedPageAndFailedFetchBothReported() {
        Collected got = new Collected();
        Ingestor.standard(TestKnowledge.builtIn()).read(List.of(url("/missing"), url("/page")), got);
        assertThat(got.failures).singleElement().asString().contains("/missing").contains("HTTP status 404");
        assertThat(got.articles).singleElement().satisfies(a ->
                assertThat(a.meta().title()).isEqualTo("Ministers agree on river treaty"));
    }
}
