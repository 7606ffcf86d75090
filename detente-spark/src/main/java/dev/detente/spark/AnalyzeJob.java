package dev.detente.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.monotonically_increasing_id;

import dev.detente.store.export.LedgerExport;
import dev.detente.store.sqlite.LedgerWriter.Outcome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;

/**
 * The standard pipeline on Spark ({@code spark-submit --class dev.detente.spark.AnalyzeJob
 * detente-spark-job.jar OUTPUT INPUT...}): reads JSON Lines, WARC(.gz), HTML, feeds, text and
 * Parquet article tables from any Hadoop path; analyses them in parallel ({@link ArticleAnalysis});
 * merges them across articles with the store's rules ({@link LedgerMerge}); and writes what
 * `detente export` writes — articles, statements, events, actors — as Parquet partitioned by
 * publication date, plus {@code relations} (the relations index per pair and day), {@code rejects}
 * (every record that failed or was skipped, with its reason) and {@code ledger.db}, the ledger
 * itself, which the query commands and the dashboard serve ({@code detente serve --db OUTPUT/ledger.db}).
 */
public final class AnalyzeJob {
    static final StructType REJECTS = DataTypes.createStructType(List.of(
            DataTypes.createStructField("input", DataTypes.StringType, true),
            DataTypes.createStructField("status", DataTypes.StringType, false),
            DataTypes.createStructField("reason", DataTypes.StringType, true)));

    private AnalyzeJob() {
    }

    public static void main(String[] args) {
        JobOptions options;
        try {
            options = JobOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("detente-spark: " + e.getMessage());
            System.exit(2);
            return;
        }
        SparkSession.Builder builder = SparkSession.builder().appName("detente");
        if (!new org.apache.spark.SparkConf().contains("spark.master")) {
            builder.master("local[*]"); // run with plain java: all local cores
        }
        SparkSession spark = builder.getOrCreate();
        int code = 0;
        try {
            JobReport report = run(spark, options);
            System.out.println("detente-spark: " + report.summary());
        } catch (IllegalArgumentException | IOException | SQLException e) {
            System.err.println("detente-spark: " + e.getMessage());
            code = 1;
        } catch (RuntimeException e) {
            // a failed Spark job (records fail alone; this is the cluster or the output): one line, the cause's
            System.err.println("detente-spark: the job failed: " + e);
            code = 1;
        } finally {
            spark.stop();
        }
        System.exit(code);
    }

    static JobReport run(SparkSession spark, JobOptions o) throws IOException, SQLException {
        Configuration conf = spark.sparkContext().hadoopConfiguration();
        org.apache.hadoop.fs.Path out = new org.apache.hadoop.fs.Path(o.output());
        FileSystem outFs = out.getFileSystem(conf);
        if (outFs.exists(out)) {
            if (!o.overwrite()) {
                throw new IllegalArgumentException("output " + o.output() + " exists; remove it or pass --overwrite");
            }
            outFs.delete(out, true);
        }
        String outDir = outFs.makeQualified(out).toString();
        long t0 = System.nanoTime();
        long c0 = cpuMillis();
        InputFiles.Listing listing = InputFiles.list(o.inputs(), conf);
        Dataset<Row> raw = raw(spark, listing, conf).persist(StorageLevel.MEMORY_AND_DISK());
        int partitions = o.partitions() > 0 ? o.partitions() : Math.max(2, spark.sparkContext().defaultParallelism() * 4);
        // range-partitioned on the ingest order: each partition is a run of consecutive records,
        // so the analysed rows stream back to the driver in order without another sort
        JavaRDD<Row> analysedRdd = raw.repartitionByRange(partitions, col("file_index"), col("record_index"))
                .sortWithinPartitions("file_index", "record_index").toJavaRDD()
                .mapPartitions(new ArticleAnalysis(new Analyzers(o.defaultPublished(), o.knowledgeFiles())));
        Dataset<Row> analysed = spark.createDataFrame(analysedRdd, ArticleAnalysis.SCHEMA).persist(StorageLevel.MEMORY_AND_DISK());
        // the analysis job runs in the background while the driver merges the partitions it has
        // finished, in order (a partition being computed is waited for, never computed twice)
        long[] analysedAt = new long[2];
        CompletableFuture<Map<String, Long>> counting = CompletableFuture.supplyAsync(() -> {
            Map<String, Long> counts = new LinkedHashMap<>();
            for (Row r : analysed.groupBy("status").count().collectAsList()) {
                counts.put(r.getString(0), r.getLong(1));
            }
            analysedAt[0] = System.nanoTime();
            analysedAt[1] = cpuMillis();
            return counts;
        });
        Path db = o.ledger() != null ? Path.of(o.ledger()) : Files.createTempFile("detente-spark-", ".db");
        if (o.ledger() == null) {
            Files.delete(db);
        }
        Map<Outcome, Long> outcomes = LedgerMerge.run(db, analysed.filter(col("status").equalTo(ArticleAnalysis.OK))
                .toLocalIterator());
        Map<String, Long> status;
        try {
            status = counting.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
        raw.unpersist();
        long t1 = analysedAt[0];
        long c1 = analysedAt[1];
        Dataset<Row> rejects = analysed.filter(col("status").notEqual(ArticleAnalysis.OK))
                .select(col("input"), col("status"), col("reason"));
        List<Row> missing = listing.missing().stream()
                .map(m -> RowFactory.create(m.input(), ArticleAnalysis.UNREADABLE, m.reason())).toList();
        rejects.union(spark.createDataFrame(missing, REJECTS)).coalesce(1).write().mode(SaveMode.ErrorIfExists)
                .parquet(outDir + "/rejects");
        analysed.unpersist();
        long t2 = System.nanoTime();
        long c2 = cpuMillis();

        Path exportDir = Files.createTempDirectory("detente-spark-export-");
        Map<String, Long> tables = new LinkedHashMap<>();
        LedgerExport.export(db, exportDir, SparkTableSink.factory(spark, outDir, new SparkTableSink.Dates(), tables));
        Files.deleteIfExists(exportDir);
        tables.put("relations", RelationsTable.write(spark, db, outDir + "/relations"));
        outFs.copyFromLocalFile(new org.apache.hadoop.fs.Path(db.toUri()), new org.apache.hadoop.fs.Path(outDir, "ledger.db"));
        if (o.ledger() == null) {
            Files.deleteIfExists(db);
        }
        long t3 = System.nanoTime();
        long c3 = cpuMillis();
        long analysedCount = status.getOrDefault(ArticleAnalysis.OK, 0L);
        long failedAnalyses = status.getOrDefault(ArticleAnalysis.FAILED, 0L);
        return new JobReport(analysedCount + failedAnalyses, analysedCount, status.getOrDefault(ArticleAnalysis.SKIPPED, 0L),
                failedAnalyses + status.getOrDefault(ArticleAnalysis.UNREADABLE, 0L) + missing.size(), outcomes, tables,
                (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, (t3 - t2) / 1_000_000, List.of(c1 - c0, c2 - c1, c3 - c2));
    }

    /** CPU time of this JVM (driver and, in local mode, the executors), -1 when the JVM does not tell. */
    private static long cpuMillis() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.OperatingSystemMXBean os ? os.getProcessCpuTime() / 1_000_000 : -1;
    }

    /** Every input's raw records: files through the ingest readers, Parquet tables through Spark's reader. */
    private static Dataset<Row> raw(SparkSession spark, InputFiles.Listing listing, Configuration conf) {
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        List<InputFiles.Input> files = listing.inputs().stream().filter(i -> !i.parquet()).toList();
        Dataset<Row> all = spark.createDataFrame(files.isEmpty() ? jsc.<Row>emptyRDD()
                : jsc.parallelize(files, Math.min(files.size(), Math.max(1, jsc.defaultParallelism() * 4)))
                        .mapPartitions(new RawRecords.FileReader(new HadoopConf(conf))), RawRecords.SCHEMA);
        for (InputFiles.Input table : listing.inputs().stream().filter(InputFiles.Input::parquet).toList()) {
            all = all.union(parquetTable(spark, table));
        }
        return all;
    }

    /** A Parquet article table's rows as raw records (columns {@link RawRecords#TABLE_COLUMNS}; only text is required). */
    private static Dataset<Row> parquetTable(SparkSession spark, InputFiles.Input table) {
        Dataset<Row> t = spark.read().parquet(table.path());
        List<String> have = Arrays.asList(t.columns());
        if (!have.contains("text")) {
            return spark.createDataFrame(List.of(RawRecords.problem(table.index(), 0, RawRecords.Kind.FAILED, table.path(),
                    "a Parquet article table needs a text column; it has " + have)), RawRecords.SCHEMA);
        }
        t = t.withColumn("record_index", monotonically_increasing_id());
        List<org.apache.spark.sql.Column> cols = new ArrayList<>();
        cols.add(lit((long) table.index()).as("file_index"));
        cols.add(col("record_index"));
        cols.add(lit(RawRecords.Kind.ARTICLE.name()).as("kind"));
        cols.add(concat(lit(table.path() + "#"), col("record_index").cast("string")).as("input"));
        cols.add(lit(null).cast("string").as("reason"));
        for (String c : RawRecords.TABLE_COLUMNS) {
            cols.add((have.contains(c) ? col(c).cast("string") : lit(null).cast("string")).as(c));
        }
        cols.add(lit(null).cast(RawRecords.SCHEMA.apply("sources").dataType()).as("sources"));
        cols.add(lit(null).cast(RawRecords.SCHEMA.apply("extra").dataType()).as("extra"));
        return t.select(cols.toArray(org.apache.spark.sql.Column[]::new));
    }
}
