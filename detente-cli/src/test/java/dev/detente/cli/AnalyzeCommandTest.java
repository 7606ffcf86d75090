package dev.detente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnalyzeCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void writesOneRecordPerDocumentInInputOrderAndReportsBadInput(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("b.txt"), "Second article. It says little.");
        Files.writeString(dir.resolve("a.txt"), "First article.");
        Path jsonl = dir.resolve("more.jsonl");
        Files.writeString(jsonl, "{\"id\": \"x1\", \"url\": null, \"text\": \"Hello.\"}\n{broken\n"
                + "{\"id\": \"x2\", \"text\": \"World.\"}\n");
        Path out = dir.resolve("out.jsonl");

        int code = Main.run("analyze", dir.resolve("a.txt").toString(), dir.resolve("b.txt").toString(),
                jsonl.toString(), "--out", out.toString());

        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        List<String> ids = lines.stream().map(l -> read(l).get("id").asText()).toList();
        assertThat(ids).containsExactly("a", "b", "x1", "x2");
        assertThat(code).as("a broken JSON line makes the exit code say something failed").isEqualTo(1);
    }

    private static JsonNode read(String line) {
        try {
            return JSON.readTree(line);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
