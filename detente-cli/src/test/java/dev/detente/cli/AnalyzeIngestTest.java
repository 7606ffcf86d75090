package dev.detente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnalyzeIngestTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String STORY = "The presidents of Ghana and Togo met in Accra on Tuesday to discuss border security "
            + "and trade. After the meeting, both leaders said they would set up a joint patrol along the frontier and "
            + "reopen two crossings that had been closed since the spring. Officials from both governments will meet "
            + "again next month to agree on the details of the patrols and on new rules for traders who cross the border "
            + "every day with goods for the markets of both capitals.";

    @Test
    void marksDuplicatesNotesOtherLanguagesAndSummarises(@TempDir Path tmp) throws Exception {
        Path dir = Files.createDirectory(tmp.resolve("in"));
        Files.writeString(dir.resolve("a.txt"), "Leaders agree on joint border patrols\n\n" + STORY);
        Files.writeString(dir.resolve("b.txt"), "By Coast Wire\n\n" + STORY + " Subscribe to our newsletter.");
        Files.writeString(dir.resolve("c.txt"), "Les présidents du Ghana et du Togo se sont rencontrés mardi à Accra "
                + "pour discuter de la sécurité des frontières et du commerce entre les deux pays.");
        Files.write(dir.resolve("d.txt"), new byte[0]);
        Path out = tmp.resolve("out.jsonl");
        PrintStream saved = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code;
        try {
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            code = Main.run("analyze", dir.toString(), "--out", out.toString());
        } finally {
            System.setErr(saved);
        }
        List<JsonNode> records = new ArrayList<>();
        for (String line : Files.readAllLines(out)) {
            records.add(JSON.readTree(line));
        }
        assertThat(records).extracting(r -> r.get("id").asText()).containsExactly("a", "b", "c");
        assertThat(records.get(0).get("title").asText()).isEqualTo("Leaders agree on joint border patrols");
        assertThat(records.get(0).get("duplicate_of").isNull()).isTrue();
        assertThat(records.get(1).get("duplicate_of").asText()).isEqualTo("a");
        assertThat(records.get(1).get("outlet").asText()).isEqualTo("Coast Wire");
        assertThat(records.get(2).get("language").asText()).isEqualTo("fr");
        String log = err.toString(StandardCharsets.UTF_8);
        assertThat(log).contains("c.txt: language fr, not English");
        assertThat(log).contains("d.txt: empty file");
        assertThat(log).contains("detente: 3 read, 0 skipped, 1 failed");
        assertThat(code).isEqualTo(1);
    }
}
