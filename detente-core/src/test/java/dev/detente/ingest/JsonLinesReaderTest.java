package dev.detente.ingest;

import dev.detente.knowledge.TestKnowledge;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class JsonLinesReaderTest {
    private Collected read(String jsonl) throws Exception {
        Collected got = new Collected();
        new JsonLinesReader(TestKnowledge.builtIn()).read("in.jsonl", new ByteArrayInputStream(jsonl.getBytes(StandardCharsets.UTF_8)), got);
        return got;
    }

    @Test
    void readsCrawlerAndApiShapesKeepingUnknownFields() throws Exception {
        Collected got = read("""
                {"title":"Aid convoy reaches city","maintext":"An aid convoy reached the city on Monday.","url":"https://example.net/aid","date_publish":"2023-10-09 14:02:11","source_domain":"example.net","authors":["Sam Lee","Ria Das"],"image_url":"https://example.net/a.jpg"}
                {"id":"n-2","content":"The ceasefire held overnight.","publishedAt":"2023-10-10T06:00:00Z","source":{"id":null,"name":"Wire Service"},"language":"en"}
                {"id":7,"body":"Talks continue.","published":1696939200}
                """);
        assertThat(got.failures).isEmpty();
        assertThat(got.articles).hasSize(3);
        Article a = got.articles.get(0);
        assertThat(a.id()).startsWith("doc-").hasSize(20);
        assertThat(a.text()).isEqualTo("An aid convoy reached the city on Monday.");
        assertThat(a.meta().title()).isEqualTo("Aid convoy reaches city");
        assertThat(a.meta().published()).isEqualTo(LocalDate.of(2023, 10, 9));
        assertThat(a.meta().author()).isEqualTo("Sam Lee, Ria Das");
        assertThat(a.meta().outlet()).isEqualTo("example.net");
        assertThat(a.meta().extra()).containsEntry("image_url", "https://example.net/a.jpg");
        Article b = got.articles.get(1);
        assertThat(b.id()).isEqualTo("n-2");
        assertThat(b.meta().outlet()).isEqualTo("Wire Service");
        assertThat(b.meta().published()).isEqualTo(LocalDate.of(2023, 10, 10));
        assertThat(got.articles.get(2).id()).isEqualTo("7");
        assertThat(got.articles.get(2).meta().published()).isEqualTo(LocalDate.of(2023, 10, 10));
    }

    @Test
    void theSameRecordGetsTheSameHashId() throws Exception {
        String line = "{\"text\":\"Same text.\",\"url\":\"https://example.org/x\"}\n";
        assertThat(read(line).articles.get(0).id()).isEqualTo(read(line).articles.get(0).id());
    }

    @Test
    void brokenLinesFailAloneWithTheirLineNumber() throws Exception {
        Collected got = read("{\"id\":\"a\",\"text\":\"Fine.\"}\n{broken\n[1,2]\n{\"id\":\"b\"}\n\n{\"id\":\"c\",\"text\":\"Also fine.\"}");
        assertThat(got.articles).extracting(Article::id).containsExactly("a", "c");
        assertThat(got.failures).hasSize(3);
        assertThat(got.failures.get(0)).startsWith("in.jsonl:2: malformed JSON");
        assertThat(got.failures.get(1)).startsWith("in.jsonl:3: not a JSON object");
        assertThat(got.failures.get(2)).startsWith("in.jsonl:4: record has no text");
    }

    @Test
    void invalidUtf8LineFails() throws Exception {
        byte[] bad = "{\"id\":\"x\",\"text\":\"caf\u00e9\"}\n".getBytes(StandardCharsets.ISO_8859_1);
        Collected got = new Collected();
        new JsonLinesReader(TestKnowledge.builtIn()).read("latin.jsonl", new ByteArrayInputStream(bad), got);
        assertThat(got.failures).singleElement().asString().contains("invalid UTF-8");
    }
}
