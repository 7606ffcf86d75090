package dev.detente.store.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.detente.store.LedgerFixtures;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LedgerExportTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void jsonlCarriesProvenanceOffsetsAndEverySource() throws Exception {
        Path db = LedgerFixtures.build(dir);
        Map<Path, Long> written = LedgerExport.export(db, dir.resolve("out"), LedgerExport.format("jsonl"));
        assertThat(written.values()).containsExactly(4L, 4L, 3L, (long) countActors(dir.resolve("out/actors.jsonl")));
        List<String> statements = Files.readAllLines(dir.resolve("out/statements.jsonl"));
        JsonNode merged = statements.stream().map(LedgerExportTest::json)
                .filter(n -> n.get("text").asText().startsWith("We are building trust")).findFirst().orElseThrow();
        assertThat(merged.get("article_id").asText()).isEqualTo("a1");
        assertThat(LedgerFixtures.A1_TEXT.substring(merged.get("start").asInt(), merged.get("end").asInt()))
                .isEqualTo(merged.get("text").asText());
        assertThat(merged.get("sources")).hasSize(2);
        assertThat(merged.get("sources").get(1).get("article_id").asText()).isEqualTo("a2");
        int s2 = merged.get("sources").get(1).get("start").asInt();
        assertThat(LedgerFixtures.A2_TEXT.substring(s2, merged.get("sources").get(1).get("end").asInt()))
                .isEqualTo(merged.get("text").asText());
        assertThat(merged.get("topics").isArray()).isTrue();
        JsonNode li = Files.readAllLines(dir.resolve("out/actors.jsonl")).stream().map(LedgerExportTest::json)
                .filter(n -> n.get("id").asText().equals("li wen")).findFirst().orElseThrow();
        assertThat(li.get("roles").get(0).get("role").asText()).isEqualTo("Foreign Minister");
    }

    @Test
    void csvHasAHeaderAndQuotesWhatNeedsIt() throws Exception {
        Path db = LedgerFixtures.build(dir);
        LedgerExport.export(db, dir.resolve("csv"), LedgerExport.format("csv"));
        List<String> events = Files.readAllLines(dir.resolve("csv/events.csv"));
        assertThat(events.get(0)).startsWith("id,article_id,start,end,type,actors");
        assertThat(events).hasSize(4);
        assertThat(String.join("\n", events)).contains("\"[\"\"China\"\",\"\"United States\"\"]\"");
    }

    @Test
    void parquetFilesAreFramedAndHoldTheValues() throws Exception {
        Path db = LedgerFixtures.build(dir);
        LedgerExport.export(db, dir.resolve("pq"), LedgerExport.format("parquet"));
        byte[] file = Files.readAllBytes(dir.resolve("pq/statements.parquet"));
        assertThat(new String(file, 0, 4, StandardCharsets.US_ASCII)).isEqualTo("PAR1");
        assertThat(new String(file, file.length - 4, 4, StandardCharsets.US_ASCII)).isEqualTo("PAR1");
        int footer = ByteBuffer.wrap(file, file.length - 8, 4).order(ByteOrder.LITTLE_ENDIAN).getInt();
        assertThat(footer).isPositive().isLessThan(file.length - 12);
        String footerText = new String(file, file.length - 8 - footer, footer, StandardCharsets.ISO_8859_1);
        for (String column : List.of("article_id", "start", "end", "direct", "speaker_name", "stance", "sources")) {
            assertThat(footerText).contains(column);
        }
        // PLAIN byte arrays: a 4-byte little-endian length, then the UTF-8 bytes
        byte[] text = "This is a hostile act that poisons relations,".getBytes(StandardCharsets.UTF_8);
        byte[] prefixed = ByteBuffer.allocate(4 + text.length).order(ByteOrder.LITTLE_ENDIAN).putInt(text.length).put(text).array();
        assertThat(indexOf(file, prefixed)).isPositive();
        assertThat(Files.size(dir.resolve("pq/articles.parquet"))).isGreaterThan(LedgerFixtures.A3_TEXT.length());
    }

    @Test
    void definitionLevelsAreRleRunsOfNullsAndValues() throws Exception {
        Path f = dir.resolve("t.parquet");
        try (RowSink sink = LedgerExport.format("parquet").open(f, List.of(Column.string("s"), Column.bool("b")))) {
            sink.row(new Object[] {"x", true});
            sink.row(new Object[] {null, false});
            sink.row(new Object[] {"yz", null});
        }
        byte[] b = Files.readAllBytes(f);
        // column s: runs (1 defined)(1 null)(1 defined): length 6, then 02 01 02 00 02 01
        assertThat(indexOf(b, new byte[] {6, 0, 0, 0, 2, 1, 2, 0, 2, 1, 1, 0, 0, 0, 'x', 2, 0, 0, 0, 'y', 'z'})).isPositive();
        // column b: (2 defined)(1 null), then the two booleans bit-packed: true, false = 0b01
        assertThat(indexOf(b, new byte[] {4, 0, 0, 0, 4, 1, 2, 0, 1})).isPositive();
    }

    @Test
    void anUnknownFormatIsRefused() {
        assertThatThrownBy(() -> LedgerExport.format("xlsx")).hasMessageContaining("jsonl, csv or parquet");
    }

    private static int countActors(Path file) throws Exception {
        return Files.readAllLines(file).size();
    }

    private static JsonNode json(String line) {
        try {
            return JSON.readTree(line);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static int indexOf(byte[] hay, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= hay.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
