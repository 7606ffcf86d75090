package dev.detente.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.detente.store.JobOutputIngest;
import dev.detente.store.LedgerIngest;
import dev.detente.store.LedgerReader;
import dev.detente.store.Rows.TimelinePoint;
import dev.detente.store.export.Column;
import dev.detente.store.export.LedgerExport;
import dev.detente.store.export.RowSink;
import dev.detente.store.sqlite.LedgerWriter;
import dev.detente.store.sqlite.LedgerWriter.Outcome;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The done-criterion of the Spark job: on the development corpus and the seeds, the tables it
 * writes equal, row for row and value for value, what `detente ingest` + `detente export` give.
 */
class SparkExportEqualityTest {
    private static final Path DEV = LocalSpark.projectRoot().resolve("../shared/corpus/dev.jsonl");
    private static final Path SEEDS = LocalSpark.projectRoot().resolve("examples/seeds");

    @TempDir
    static Path tmp;
    private static Map<String, List<Column>> columns;
    private static Map<String, List<List<Object>>> expected;
    private static JobReport report;
    private static List<Row> relations;
    private static SparkSession spark;

    @BeforeAll
    static void runBoth() throws Exception {
        List<String> inputs = new ArrayList<>();
        if (Files.exists(DEV)) {
            inputs.add(DEV.toString());
        } else {
            System.err.println("SparkExportEqualityTest: " + DEV + " absent, the development corpus is left out");
        }
        inputs.add(SEEDS.toString());
        long t0 = System.nanoTime();
        // the laptop way: ingest, then export (with the analyzer the job's tasks will share: one model load)
        Path db = tmp.resolve("ledger.db");
        LedgerIngest.Report ingested = new LedgerIngest(new Analyzers(null, List.of()).get(), 2, 100)
                .run(db, inputs, new LedgerIngest.Progress() {
                    @Override
                    public void settled(String articleId, Outcome outcome) {
                    }

                    @Override
                    public void failed(String input, String reason) {
                    }
                });
        assertThat(ingested.stored()).isPositive();
        columns = new LinkedHashMap<>();
        expected = new LinkedHashMap<>();
        LedgerExport.export(db, tmp.resolve("export"), new RowSink.Factory("rows", (file, cols) -> {
            String table = file.getFileName().toString().replace(".rows", "");
            columns.put(table, cols);
            List<List<Object>> rows = new ArrayList<>();
            expected.put(table, rows);
            return new RowSink() {
                @Override
                public void row(Object[] values) {
                    rows.add(Arrays.asList(values.clone()));
                }

                @Override
                public void close() {
                }
            };
        }));
        relations = relations(db);
        long t1 = System.nanoTime();
        // the cluster way
        spark = LocalSpark.get();
        long t2 = System.nanoTime();
        List<String> args = new ArrayList<>(List.of(tmp.resolve("spark-out").toString()));
        args.addAll(inputs);
        report = AnalyzeJob.run(spark, JobOptions.parse(args.toArray(String[]::new)));
        System.err.printf("ingest+export %.1f s, spark start %.1f s, job: %s%n", (t1 - t0) / 1e9, (t2 - t1) / 1e9,
                report.summary());
    }

    @Test
    void theFourTablesAreWrittenWithTheExportsColumnsAndTypes() {
        assertThat(columns.keySet()).containsExactly("articles", "statements", "events", "actors");
        for (var t : columns.entrySet()) {
            StructType written = spark.read().parquet(tmp.resolve("spark-out").resolve(t.getKey()).toString())
                    .drop(ExportSchema.MONTH).schema();
            StructType declared = ExportSchema.of(t.getValue());
            assertThat(Arrays.stream(written.fields()).map(f -> f.name() + ":" + f.dataType()).sorted().toList())
                    .as(t.getKey()).isEqualTo(Arrays.stream(declared.fields()).map(f -> f.name() + ":" + f.dataType()).sorted()
                            .toList());
        }
    }

    @Test
    void everyTableEqualsTheExportRowForRow() {
        for (var t : columns.entrySet()) {
            List<List<Object>> actual = sparkRows(t.getKey(), t.getValue());
            List<List<Object>> wanted = new ArrayList<>(expected.get(t.getKey()));
            wanted.sort(BY_ID);
            assertThat(wanted).as(t.getKey()).isNotEmpty();
            assertThat(actual).as(t.getKey()).hasSameSizeAs(wanted);
            for (int i = 0; i < wanted.size(); i++) {
                assertThat(actual.get(i)).as(t.getKey() + " row " + i).isEqualTo(wanted.get(i));
            }
        }
    }

    @Test
    void rowsArePartitionedByTheirArticlesPublicationDate() {
        Map<String, String> published = new LinkedHashMap<>();
        for (List<Object> a : expected.get("articles")) {
            published.put((String) a.get(0), (String) a.get(3));
        }
        Dataset<Row> statements = read("statements", columns.get("statements"));
        for (Row r : statements.select("article_id", ExportSchema.PARTITION, ExportSchema.MONTH).collectAsList()) {
            String day = published.get(r.getString(0));
            assertThat(String.valueOf(r.get(1))).isEqualTo(String.valueOf(day));
            // the folder is the date's month
            assertThat(r.get(2) == null ? null : String.valueOf(r.get(2))).isEqualTo(day == null ? null : day.substring(0, 7));
        }
    }

    @Test
    void theRelationsIndexIsTheLedgersPerPairAndDay() {
        List<Row> written = spark.read().schema(RelationsTable.SCHEMA).parquet(tmp.resolve("spark-out/relations").toString())
                .drop(ExportSchema.MONTH).orderBy("pair", "day").collectAsList();
        assertThat(relations).isNotEmpty();
        assertThat(written).containsExactlyInAnyOrderElementsOf(relations);
    }

    @Test
    void theLedgerLoadsTheJobsOutputAsAnIngestOfTheArticlesWouldStoreThem() throws Exception {
        Path db = tmp.resolve("loaded.db");
        LedgerIngest.Report loaded = JobOutputIngest.run(db, List.of(tmp.resolve("spark-out")), 200, LedgerWriter.Limits.DEFAULT,
                new LedgerIngest.Progress() {
                    @Override
                    public void settled(String articleId, Outcome outcome) {
                    }

                    @Override
                    public void failed(String input, String reason) {
                        throw new AssertionError(input + ": " + reason);
                    }
                });
        assertThat(loaded.stored()).isEqualTo(expected.get("articles").size());
        assertThat(JobOutputIngest.isJobOutput(tmp.resolve("spark-out").toString())).isTrue();
        Map<String, List<List<Object>>> exported = new LinkedHashMap<>();
        LedgerExport.export(db, tmp.resolve("loaded-export"), new RowSink.Factory("rows", (file, cols) -> {
            List<List<Object>> rows = new ArrayList<>();
            exported.put(file.getFileName().toString().replace(".rows", ""), rows);
            return new RowSink() {
                @Override
                public void row(Object[] values) {
                    rows.add(Arrays.asList(values.clone()));
                }

                @Override
                public void close() {
                }
            };
        }));
        assertThat(exported).isEqualTo(expected);
        // what the dashboard and the query commands read
        assertThat(relations(db)).containsExactlyElementsOf(relations);
        try (LedgerReader reader = LedgerReader.open(db)) {
            assertThat(reader.stats().statements()).isEqualTo(expected.get("statements").size());
        }
        // loading it again changes nothing
        LedgerIngest.Report again = JobOutputIngest.run(db, List.of(tmp.resolve("spark-out")), 200, LedgerWriter.Limits.DEFAULT,
                new LedgerIngest.Progress() {
                    @Override
                    public void settled(String articleId, Outcome outcome) {
                    }

                    @Override
                    public void failed(String input, String reason) {
                    }
                });
        assertThat(again.unchanged()).isEqualTo(expected.get("articles").size());
    }

    @Test
    void theCountersAddUp() {
        long articles = expected.get("articles").size();
        assertThat(report.read()).isEqualTo(articles);
        assertThat(report.analysed()).isEqualTo(articles);
        assertThat(report.failed()).isZero();
        assertThat(report.tables()).containsEntry("statements", (long) expected.get("statements").size());
        assertThat(report.ledger().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(articles);
    }

    /** The ledger's relations index of every pair it lists, day by day, as `detente timeline --by day` gives it. */
    private static List<Row> relations(Path db) throws java.sql.SQLException {
        List<String> pairs = new ArrayList<>();
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + db);
             java.sql.ResultSet r = c.createStatement().executeQuery(
                     "SELECT pair FROM statement_pairs UNION SELECT pair FROM event_pairs ORDER BY pair")) {
            while (r.next()) {
                pairs.add(r.getString(1));
            }
        }
        List<Row> rows = new ArrayList<>();
        try (LedgerReader reader = LedgerReader.open(db)) {
            for (String pair : pairs) {
                for (TimelinePoint t : reader.timeline(pair, "day")) {
                    rows.add(RowFactory.create(pair, t.period(), t.index(), t.low(), t.high(), (long) t.events(),
                            (long) t.statements(), ExportSchema.date(t.period())));
                }
            }
        }
        return rows;
    }

    private static final Comparator<List<Object>> BY_ID = Comparator.comparing(r -> String.valueOf(r.get(0)));

    private static Dataset<Row> read(String table, List<Column> cols) {
        return spark.read().schema(ExportSchema.of(cols)).parquet(tmp.resolve("spark-out").resolve(table).toString());
    }

    private static List<List<Object>> sparkRows(String table, List<Column> cols) {
        Dataset<Row> d = read(table, cols).drop(ExportSchema.PARTITION, ExportSchema.MONTH);
        List<List<Object>> rows = new ArrayList<>();
        for (Row r : d.collectAsList()) {
            List<Object> values = new ArrayList<>();
            for (int i = 0; i < r.length(); i++) {
                values.add(r.get(i));
            }
            rows.add(values);
        }
        rows.sort(BY_ID);
        return rows;
    }

    @SuppressWarnings("unused")
    private static List<String> names(StructType s) {
        return Arrays.stream(s.fields()).map(StructField::name).toList();
    }
}
