package dev.detente.ingest;

import dev.detente.knowledge.TestKnowledge;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/** Random bytes and malformed records never make a reader throw anything but a reported I/O error. */
class ReaderRobustnessProperties {
    private static final List<SourceReader> READERS = List.of(new WarcFileReader(TestKnowledge.builtIn()), new FeedReader(TestKnowledge.builtIn()), new HtmlReader(TestKnowledge.builtIn()),
            new JsonLinesReader(TestKnowledge.builtIn()), new PlainTextReader());
    private static final List<String> NAMES = List.of("x.warc", "x.warc.gz", "x.rss", "x.atom", "x.html", "x.jsonl",
            "x.json", "x.txt", "x.md", "x", "x.gz", "x.jsonl.gz");

    @Property(tries = 200)
    void randomBytesToEveryReader(@ForAll @Size(max = 3000) byte[] bytes) {
        for (SourceReader reader : READERS) {
            feedDirectly(reader, bytes);
        }
        for (String name : NAMES) {
            feedIngestor(name, bytes);
        }
    }

    @Property(tries = 200)
    void malformedRecordsToEveryReader(@ForAll("malformed") String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        for (SourceReader reader : READERS) {
            feedDirectly(reader, bytes);
        }
        for (String name : NAMES) {
            feedIngestor(name, bytes);
        }
    }

    @Provide
    Arbitrary<String> malformed() {
        Arbitrary<String> noise = Arbitraries.strings().ofMaxLength(200);
        Arbitrary<String> prefixes = Arbitraries.of(
                "{\"id\":", "{\"text\":", "{\"id\":\"a\",\"text\":", "{\"text\":\"t\",\"date_publish\":", "[", "{}", "null",
                "WARC/1.1\r\nWARC-Type: response\r\nContent-Length: ", "WARC/1.0\r\n", "\u001f\u008b",
                "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><item><title>", "<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry>",
                "<!DOCTYPE html><html><body><p>", "<html><script>", "<!DOCTYPE rss [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><rss>&x;",
                " date 2024-13-45 ", "[said](#", "<https://", "By · · ·\n", "");
        return Combinators.combine(prefixes, noise, prefixes, noise).as((a, b, c, d) -> a + b + "\n" + c + d);
    }

    private static void feedDirectly(SourceReader reader, byte[] bytes) {
        Collected got = new Collected();
        try {
            reader.read("prop." + reader.format(), new ByteArrayInputStream(bytes), got);
        } catch (IOException e) {
            // declared: the Ingestor reports it as one line
        }
        assertThat(got.failures).allMatch(f -> !f.contains("\n"));
    }

    private static void feedIngestor(String name, byte[] bytes) {
        Collected got = new Collected();
        Ingestor.standard(TestKnowledge.builtIn()).readStream(name, new ByteArrayInputStream(bytes), got);
        assertThat(got.failures).allMatch(f -> !f.contains("\n"));
        for (Article a : got.articles) {
            assertThat(a.id()).isNotBlank();
            new ArticleDocFactory(null, TestKnowledge.builtIn()).apply(a); // and the document factory copes with whatever was read
        }
    }
}
