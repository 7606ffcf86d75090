package dev.detente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `changes` on a ledger of the five seed reports: the drop of Russia–US relations at the end of July 2025. */
class ChangesOnTheSeedsTest {
    private static final Path SEEDS = Path.of("..", "examples", "seeds");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;
    static String db;

    @BeforeAll
    static void ingestTheSeeds() {
        db = dir.resolve("seeds.db").toString();
        CliRun r = CliRun.of("ingest", "--no-progress", "--max-seconds-per-doc", "120", "--db", db, SEEDS.toString());
        assertThat(r.code()).as(r.err()).isZero();
    }

    @Test
    void theJulyDropIsReportedWithTheItemsThatMovedIt() throws Exception {
        CliRun r = CliRun.of("changes", "--pair", "RUS-USA", "--format", "json", "--db", db);
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode changes = JSON.readTree(r.out());
        assertThat(changes).hasSize(1);
        JsonNode drop = changes.get(0);
        assertThat(drop.get("period").asText()).isEqualTo("2025-W31");
        assertThat(drop.get("after").asDouble()).isLessThan(drop.get("before").asDouble() - 0.3);
        assertThat(drop.get("summary").asText()).contains("worsened").contains("2025-07-");
        assertThat(drop.get("statementIds")).isNotEmpty();
        assertThat(drop.get("eventIds")).isNotEmpty();
        // the items named are the ledger's own, dated from the change on
        JsonNode events = JSON.readTree(CliRun.of("events", "--pair", "RUS-USA", "--format", "json", "--limit", "1000",
                "--db", db).out());
        for (JsonNode id : drop.get("eventIds")) {
            JsonNode match = null;
            for (JsonNode e : events) {
                if (e.get("id").asLong() == id.asLong()) {
                    match = e;
                }
            }
            assertThat(match).as("event " + id).isNotNull();
            assertThat(match.get("day").asText()).startsWith("2025-07-");
        }
    }

    @Test
    void theTableSaysHowSureTheShiftIs() {
        CliRun r = CliRun.of("changes", "--pair", "RUS-USA", "--db", db);
        assertThat(r.out()).contains("2025-W31").containsPattern("possible|significant");
    }
}
