package dev.detente.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One bad record fails alone, with its reason in the rejects table; Parquet article tables are read too. */
class SparkRejectsTest {
    private static final String TEXT = "Russian Foreign Minister Sergei Lavrov said on Tuesday that Moscow was ready to talk "
            + "with Kyiv. \"We are ready for negotiations,\" Lavrov told reporters in Moscow.";
    private static final StructType TABLE = DataTypes.createStructType(List.of(
            DataTypes.createStructField("id", DataTypes.StringType, true),
            DataTypes.createStructField("text", DataTypes.StringType, true),
            DataTypes.createStructField("published", DataTypes.StringType, true)));

    @TempDir
    static Path tmp;
    private static JobReport report;
    private static List<Row> rejects;
    private static List<Row> articles;

    @BeforeAll
    static void run() throws Exception {
        SparkSession spark = LocalSpark.get();
        Path jsonl = tmp.resolve("in/feed.jsonl");
        Files.createDirectories(jsonl.getParent());
        Files.writeString(jsonl, "{\"id\": \"good-1\", \"published\": \"2024-03-12\", \"text\": \"" + TEXT.replace("\"", "\\\"")
                + "\"}\n{\"id\": \"broken\", \"text\": \n", StandardCharsets.UTF_8);
        Files.writeString(tmp.resolve("in/empty.txt"), "");
        Files.writeString(tmp.resolve("in/.hidden.txt"), TEXT);
        String table = tmp.resolve("table").toString();
        spark.createDataFrame(List.of(RowFactory.create("pq-1", TEXT, "2024-03-13"), RowFactory.create(null, TEXT, null),
                RowFactory.create("pq-bad-date", TEXT, "13 March")), TABLE).coalesce(1).write().parquet(table);
        String out = tmp.resolve("out").toString();
        report = AnalyzeJob.run(spark, JobOptions.parse(new String[] {out, tmp.resolve("in").toString(), table,
                tmp.resolve("nowhere.jsonl").toString()}));
        rejects = spark.read().parquet(out + "/rejects").orderBy("input").collectAsList();
        articles = spark.read().parquet(out + "/articles").select("id").orderBy("id").collectAsList();
    }

    @Test
    void theGoodRecordsAreAnalysedAndWritten() {
        assertThat(articles).extracting(r -> r.getString(0)).containsExactly("good-1", "pq-1");
        assertThat(report.analysed()).isEqualTo(2);
    }

    @Test
    void eachBadRecordIsARejectWithItsReason() {
        assertThat(rejects).extracting(r -> r.getString(1)).containsOnly(ArticleAnalysis.UNREADABLE, ArticleAnalysis.FAILED);
        assertThat(rejects).anySatisfy(r -> assertThat(r.getString(0)).endsWith("feed.jsonl:2"));
        assertThat(rejects).anySatisfy(r -> assertThat(r.getString(0) + " " + r.getString(2)).contains("empty.txt", "empty"));
        assertThat(rejects).anySatisfy(r -> assertThat(r.getString(0) + " " + r.getString(2))
                .contains("nowhere.jsonl", "no such file"));
        assertThat(rejects).anySatisfy(r -> assertThat(r.getString(2)).contains("article without id"));
        assertThat(rejects).anySatisfy(r -> assertThat(r.getString(2)).contains("13 March"));
        assertThat(rejects).noneSatisfy(r -> assertThat(r.getString(0)).contains(".hidden"));
        assertThat(rejects).allSatisfy(r -> assertThat(r.getString(2)).doesNotContain("\n"));
    }

    @Test
    void theCountersSayWhatHappened() {
        assertThat(report.read()).isEqualTo(4); // good-1, pq-1, the id-less row, the bad date
        assertThat(report.failed()).isEqualTo(rejects.size());
        assertThat(report.skipped()).isZero();
    }

    @Test
    void anExistingOutputIsNotOverwrittenUnlessAsked() {
        assertThatThrownBy(() -> AnalyzeJob.run(LocalSpark.get(), JobOptions.parse(new String[] {tmp.resolve("out").toString(),
                tmp.resolve("in").toString()}))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--overwrite");
    }
}
