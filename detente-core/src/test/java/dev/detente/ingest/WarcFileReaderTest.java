package dev.detente.ingest;

import dev.detente.knowledge.TestKnowledge;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;

class WarcFileReaderTest {
    private static final String ARTICLE_URL = "https://news.example.org/2024/03/18/port-deal";

    static byte[] archive(WarcCompression compression) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (WarcWriter w = new WarcWriter(java.nio.channels.Channels.newChannel(bytes), compression)) {
            w.write(new Warcinfo.Builder().fields(java.util.Map.of("software", List.of("test"))).build());
            w.write(new WarcRequest.Builder(URI.create(ARTICLE_URL))
                    .body(new HttpRequest.Builder("GET", "/2024/03/18/port-deal").build()).build());
            w.write(response(ARTICLE_URL, 200, "text/html; charset=utf-8", """
                    <html><head><title>Port deal signed</title></head><body><nav><a href='/'>Home</a></nav>
                    <article><h1>Port deal signed</h1><p>The two governments signed a port agreement on Monday.</p>
                    <p>Shipping companies welcomed the deal.</p></article></body></html>"""));
            w.write(response("https://news.example.org/logo.png", 200, "image/png", "\u0089PNG fake"));
            w.write(response("https://news.example.org/old", 404, "text/html", "<html><body><p>Not found</p></body></html>"));
            w.write(new WarcResource.Builder(URI.create("urn:test:note")).body(MediaType.PLAIN_TEXT,
                    "a note".getBytes(StandardCharsets.UTF_8)).build());
        }
        return bytes.toByteArray();
    }

    private static WarcResponse response(String url, int status, String type, String body) throws Exception {
        byte[] b = body.getBytes(StandardCharsets.UTF_8);
        HttpResponse http = new HttpResponse.Builder(status, status == 200 ? "OK" : "Not Found")
                .body(MediaType.parse(type), b).build();
        return new WarcResponse.Builder(URI.create(url)).body(http).build();
    }

    @Test
    void readsHtmlResponsesAndSkipsOtherRecordsWithAReason(@TempDir Path dir) throws Exception {
        for (WarcCompression c : new WarcCompression[] {WarcCompression.NONE, WarcCompression.GZIP}) {
            Path file = dir.resolve(c == WarcCompression.GZIP ? "crawl.warc.gz" : "crawl.warc");
            Files.write(file, archive(c));
            Collected got = new Collected();
            Ingestor.standard(TestKnowledge.builtIn()).read(List.of(file.toString()), got);
            assertThat(got.failures).as(c.toString()).isEmpty();
            assertThat(got.articles).hasSize(1);
            Article a = got.articles.get(0);
            assertThat(a.text()).isEqualTo("The two governments signed a port agreement on Monday.\n\nShipping companies welcomed the deal.");
            assertThat(a.meta().url()).isEqualTo(ARTICLE_URL);
            assertThat(a.meta().title()).isEqualTo("Port deal signed");
            assertThat(a.meta().published()).as("the capture date is not the publication date").isNull();
            assertThat(got.skips).hasSize(3);
            assertThat(got.skips).anyMatch(s -> s.contains("not HTML (image/png)"));
            assertThat(got.skips).anyMatch(s -> s.contains("HTTP status 404"));
            assertThat(got.skips).anyMatch(s -> s.contains("resource record"));
        }
    }

    @Test
    void truncatedArchiveKeepsEarlierRecordsAndFailsWithTheReason(@TempDir Path dir) throws Exception {
        byte[] full = archive(WarcCompression.GZIP);
        Path file = dir.resolve("cut.warc.gz");
        Files.write(file, java.util.Arrays.copyOf(full, full.length - 40));
        Collected got = new Collected();
        Ingestor.standard(TestKnowledge.builtIn()).read(List.of(file.toString()), got);
        assertThat(got.articles).hasSize(1);
        assertThat(got.failures).singleElement().asString().contains("cut.warc.gz");
    }
}
