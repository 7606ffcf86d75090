package dev.detente.ingest;

import dev.detente.knowledge.TestKnowledge;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestorTest {
    @Test
    void badInputsFailOneLineEachAndTheBatchGoesOn(@TempDir Path dir) throws Exception {
        Files.write(dir.resolve("a-binary.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 1, 2, 3});
        Files.write(dir.resolve("b-empty.txt"), new byte[0]);
        Files.writeString(dir.resolve("c-good.txt"), "The envoy met the president on Monday.");
        byte[] gz = gzip("{\"id\":\"z1\",\"text\":\"First record.\"}\n".repeat(2000));
        Files.write(dir.resolve("d-cut.jsonl.gz"), Arrays.copyOf(gz, gz.length / 2));
        Files.writeString(dir.resolve("e-broken.jsonl"), "{\"id\":\"j1\",\"text\":\"Valid.\"}\n{\"id\":\n");
        Files.writeString(dir.resolve("f-scripts.html"), "<html><body><script>app()</script></body></html>");
        try (RandomAccessFile huge = new RandomAccessFile(dir.resolve("g-huge.txt").toFile(), "rw")) {
            huge.setLength(100L * 1024 * 1024); // sparse: costs no disk, reads as zeros
            huge.seek(0);
            huge.write("The summit opened with a speech.".getBytes(StandardCharsets.US_ASCII));
        }
        Files.writeString(dir.resolve("h-huge-text.txt"), "");
        try (var out = Files.newOutputStream(dir.resolve("h-huge-text.txt"))) {
            byte[] line = "Ministers met again today to talk about trade.\n".getBytes(StandardCharsets.US_ASCII);
            for (long written = 0; written <= InputLimits.MAX_DOCUMENT_BYTES; written += line.length) {
                out.write(line);
            }
        }
        Files.write(dir.resolve("i-latin1.txt"), "Le président a parlé à Genève.".getBytes(Charset.forName("windows-1252")));
        Files.writeString(dir.resolve(".hidden.txt"), "Not read.");

        Collected got = new Collected();
        Ingestor.standard(TestKnowledge.builtIn()).read(List.of(dir.toString(), dir.resolve("missing.txt").toString()), got);

        assertThat(got.articles).extracting(Article::id).startsWith("c-good").contains("j1", "i-latin1");
        assertThat(got.articles.stream().filter(a -> a.id().equals("i-latin1")).findFirst().orElseThrow().text())
                .isEqualTo("Le président a parlé à Genève.");
        assertThat(got.failures).anyMatch(f -> f.contains("a-binary.txt: binary content"));
        assertThat(got.failures).anyMatch(f -> f.contains("b-empty.txt: empty file"));
        assertThat(got.failures).anyMatch(f -> f.contains("d-cut.jsonl.gz: truncated or corrupt gzip"));
        assertThat(got.failures).anyMatch(f -> f.contains("e-broken.jsonl:2: malformed JSON"));
        assertThat(got.failures).anyMatch(f -> f.contains("f-scripts.html: no article text"));
        assertThat(got.failures).anyMatch(f -> f.contains("g-huge.txt: binary content"));
        assertThat(got.failures).anyMatch(f -> f.contains("h-huge-text.txt: larger than the 16 MiB limit"));
        assertThat(got.failures).anyMatch(f -> f.contains("missing.txt: no such file or folder"));
        assertThat(got.failures).allMatch(f -> !f.contains("\n"));
        assertThat(got.articles).noneMatch(a -> a.id().equals(".hidden"));
    }

    @Test
    void gzippedJsonLinesAreReadThrough(@TempDir Path dir) throws Exception {
        Files.write(dir.resolve("batch.jsonl.gz"), gzip("{\"id\":\"g1\",\"text\":\"Gzipped record.\"}\n"));
        Collected got = new Collected();
        Ingestor.standard(TestKnowledge.builtIn()).read(List.of(dir.resolve("batch.jsonl.gz").toString()), got);
        assertThat(got.failures).isEmpty();
        assertThat(got.articles).extracting(Article::id).containsExactly("g1");
    }

    @Test
    void contentIsSniffedWhenTheNameSaysNothing(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("page"), "<!DOCTYPE html><html><body><article><p>Sniffed page text here.</p></article></body></html>");
        Files.writeString(dir.resolve("records.dat"), "{\"id\":\"s1\",\"text\":\"Sniffed record.\"}\n");
        Collected got = new Collected();
        Ingestor.standard(TestKnowledge.builtIn()).read(List.of(dir.resolve("page").toString(), dir.resolve("records.dat").toString()), got);
        assertThat(got.articles).extracting(Article::text).containsExactly("Sniffed page text here.", "Sniffed record.");
    }

    @Test
    void aFolderNamedThroughDotDotIsReadButDotFoldersBelowItAreNot(@TempDir Path dir) throws Exception {
        Path folder = Files.createDirectories(dir.resolve("corpus"));
        Files.writeString(folder.resolve("one.txt"), "The ministers met on Monday.");
        Files.createDirectories(folder.resolve(".cache"));
        Files.writeString(folder.resolve(".cache").resolve("two.txt"), "Not an article.");
        Path viaDotDot = dir.resolve("corpus").resolve("..").resolve("corpus");
        Collected got = new Collected();
        Ingestor.standard(TestKnowledge.builtIn()).read(List.of(viaDotDot.toString()), got);
        assertThat(got.articles).extracting(Article::id).containsExactly("one");
    }

    private static byte[] gzip(String s) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
            gz.write(s.getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }
}
