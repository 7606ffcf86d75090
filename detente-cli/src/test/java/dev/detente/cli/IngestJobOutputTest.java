package dev.detente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.detente.doc.ArticleMeta;
import dev.detente.doc.Doc;
import dev.detente.ingest.Article;
import dev.detente.pipeline.AnalysisOptions;
import dev.detente.pipeline.Analyzer;
import dev.detente.pipeline.OutputOptions;
import dev.detente.pipeline.Pipelines;
import dev.detente.store.JobOutputIngest;
import dev.detente.store.model.ArticleEntries;
import dev.detente.text.NearDuplicateIndex;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `detente ingest OUTPUT` of a Spark run's output folder stores its analysed records (the records
 * here are made as the job makes them; the Spark module's equality test loads a real run's output).
 */
class IngestJobOutputTest {
    private static final String TEXT = "Russian Foreign Minister Sergei Lavrov said on Tuesday that Moscow was ready to talk "
            + "with Kyiv. \"We are ready for negotiations without preconditions,\" Lavrov told reporters in Moscow.";

    @TempDir
    Path dir;

    private Path jobOutput() throws Exception {
        Analyzer analyzer = Pipelines.standard(new AnalysisOptions(null, List.of()));
        Doc doc = analyzer.analyze(new Article("lavrov-1", TEXT, ArticleMeta.empty().withPublished(LocalDate.of(2024, 3, 12), "test"),
                "feed.jsonl:1"));
        ObjectMapper json = new ObjectMapper();
        String line = "{\"origin\":\"feed.jsonl:1\",\"content_hash\":" + json.writeValueAsString(ArticleEntries.sha256(TEXT))
                + ",\"min_hashes\":" + json.writeValueAsString(NearDuplicateIndex.signature(doc.text()).minHashes())
                + ",\"text\":" + json.writeValueAsString(doc.text()) + ",\"record\":" + analyzer.toJson(doc, new OutputOptions(false))
                + "}\n";
        Path out = dir.resolve("spark-out");
        Files.createDirectories(out.resolve(JobOutputIngest.RECORDS));
        Files.writeString(out.resolve(JobOutputIngest.RECORDS).resolve("part-00000-x-c000.txt"), line);
        Files.writeString(out.resolve(JobOutputIngest.MARKER), "{}\n");
        return out;
    }

    @Test
    void aSparkRunsOutputIsStoredWithoutAnalysingAgainAndServed() throws Exception {
        Path out = jobOutput();
        String db = dir.resolve("x.db").toString();
        CliRun r = CliRun.of("ingest", "--no-progress", "--db", db, out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).contains("1 added");
        CliRun statements = CliRun.of("statements", "--db", db, "--format", "json");
        assertThat(statements.out()).contains("negotiations without preconditions");
        assertThat(CliRun.of("ingest", "--no-progress", "--db", db, out.toString()).err()).contains("1 already stored");
    }

    @Test
    void aSparkRunsOutputIsNotMixedWithOtherInputs() throws Exception {
        Path out = jobOutput();
        Path other = dir.resolve("a.txt");
        Files.writeString(other, TEXT);
        CliRun r = CliRun.of("ingest", "--no-progress", "--db", dir.resolve("y.db").toString(), out.toString(), other.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("Spark job's output").doesNotContain("Exception");
    }
}
