package dev.detente.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.date_format;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.monotonically_increasing_id;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import dev.detente.store.JobOutputIngest;
import dev.detente.store.export.Column;
import dev.detente.store.export.LedgerExport;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

/**
 * The standard pipeline on Spark ({@code spark-submit --class dev.detente.spark.AnalyzeJob
 * detente-spark-job.jar OUTPUT INPUT...}): reads JSON Lines, WARC(.gz), HTML, feeds, text and
 * Parquet article tables from any Hadoop path; analyses them in parallel ({@link ArticleAnalysis});
 * merges them across articles in Spark with the store's rules ({@link CrossArticleMerge}); and writes what
 * `detente export` writes — articles, statements, events, actors — as Parquet partitioned by
 * publication month, plus {@code relations} (the relations index per pair and day), {@code rejects}
 * (every record that failed or was skipped, with its reason), {@code records} (the analysed
 * articles in ingest order, which `detente ingest OUTPUT` loads into a ledger for the query commands
 * and the dashboard) and {@link #MARKER} (the counters).
 */
public final class AnalyzeJob {
    static final StructType REJECTS = DataTypes.createStructType(List.of(
            DataTypes.createStructField("input", DataTypes.StringType, true),
            DataTypes.createStructField("status", DataTypes.StringType, false),
            DataTypes.createStructField("reason", DataTypes.StringType, true)));

    /** The folder of analysed records that `detente ingest OUTPUT` loads into a ledger. */
    public static final String RECORDS = JobOutputIngest.RECORDS;
    /** The job's counters, as JSON; its presence marks a finished run's output. */
    public static final String MARKER = JobOutputIngest.MARKER;

    private static final String WHOLE_STAGE_CODEGEN = "spark.sql.codegen.wholeStage";
    private static final String CODEGEN_FACTORY_MODE = "spark.sql.codegen.factoryMode";

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
        org.apache.spark.SparkConf given = new org.apache.spark.SparkConf();
        if (!given.contains("spark.master")) {
            builder.master("local[*]"); // run with plain java: all local cores
        }
        // the job's SQL is a few projections and sorts per table (the work is in its own functions):
        // compiling generated code for each costs more CPU than it saves (a cluster may say otherwise)
        if (!given.contains(WHOLE_STAGE_CODEGEN)) {
            builder.config(WHOLE_STAGE_CODEGEN, false);
        }
        if (!given.contains(CODEGEN_FACTORY_MODE)) {
            builder.config(CODEGEN_FACTORY_MODE, "NO_CODEGEN");
        }
        SparkSession spark = builder.getOrCreate();
        int code = 0;
        try {
            JobReport report = run(spark, options);
            System.out.println("detente-spark: " + report.summary());
        } catch (IllegalArgumentException | IOException e) {
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

    static JobReport run(SparkSession spark, JobOptions o) throws IOException {
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
        Analyzers analyzers = new Analyzers(o.defaultPublished(), o.knowledgeFiles());
        JavaRDD<Row> raw = raw(spark, listing, conf, analyzers).persist(StorageLevel.MEMORY_AND_DISK());
        int partitions = o.partitions() > 0 ? o.partitions() : Math.max(2, spark.sparkContext().defaultParallelism() * 4);
        // the raw records' partitions are in ingest order, so their index is the ingest order: ranges of it
        // make partition i a run of consecutive records (numbering the analysed articles, the ledger's seq,
        // needs no sort), with no sampling pass and no SQL conversions (kept as Java rows: each pass of the
        // merge reads them as they are)
        List<Long> sizes = raw.mapPartitions(rows -> {
            long n = 0;
            for (; rows.hasNext(); rows.next()) {
                n++;
            }
            return List.of(n).iterator();
        }).collect();
        long[] starts = new long[sizes.size()];
        long records = 0;
        for (int i = 0; i < starts.length; i++) {
            starts[i] = records;
            records += sizes.get(i);
        }
        JavaPairRDD<Long, Row> ordered = JavaPairRDD.fromJavaRDD(raw.mapPartitionsWithIndex((p, rows) -> {
            long[] next = {starts[p]};
            return new java.util.Iterator<Tuple2<Long, Row>>() {
                @Override
                public boolean hasNext() {
                    return rows.hasNext();
                }

                @Override
                public Tuple2<Long, Row> next() {
                    return new Tuple2<>(next[0]++, rows.next());
                }
            };
        }, true));
        JavaRDD<Row> analysed = ordered.repartitionAndSortWithinPartitions(new OrdinalRanges(partitions, records)).values()
                .mapPartitions(new ArticleAnalysis(analyzers))
                .persist(StorageLevel.MEMORY_AND_DISK());
        Map<String, Long> status = new LinkedHashMap<>(analysed.map(r -> r.getString(2)).countByValue());
        raw.unpersist();
        Steps.done("analysis");
        long t1 = System.nanoTime();
        long c1 = cpuMillis();
        Dataset<Row> rejects = spark.createDataFrame(analysed.filter(r -> !ArticleAnalysis.OK.equals(r.getString(2)))
                .map(r -> RowFactory.create(r.getString(3), r.getString(2), r.getString(4))), REJECTS);
        List<Row> missing = listing.missing().stream()
                .map(m -> RowFactory.create(m.input(), ArticleAnalysis.UNREADABLE, m.reason())).toList();
        rejects.union(spark.createDataFrame(missing, REJECTS)).coalesce(1).write().mode(SaveMode.ErrorIfExists)
                .parquet(outDir + "/rejects");
        Steps.done("rejects");

        CrossArticleMerge.Result merged = CrossArticleMerge.run(analysed.filter(r -> ArticleAnalysis.OK.equals(r.getString(2))));
        Map<String, Long> tables = new LinkedHashMap<>();
        tables.put("articles", merged.articleCount());
        tables.put("statements", merged.statements().count());
        tables.put("events", merged.events().count());
        Steps.done("statements, events");
        tables.put("actors", merged.actors().count());
        Steps.done("actors");
        tables.put("relations", merged.relations().count());
        Steps.done("relations");
        long t2 = System.nanoTime();
        long c2 = cpuMillis();

        Map<String, List<Column>> columns = LedgerExport.tables();
        int writers = Math.max(1, spark.sparkContext().defaultParallelism());
        write(spark, merged.articles(), ExportSchema.of(columns.get("articles")), outDir + "/articles", writers);
        Steps.done("write articles");
        write(spark, merged.statements().map(t -> ExportRows.item(t._1(), t._2())), ExportSchema.of(columns.get("statements")),
                outDir + "/statements", writers);
        Steps.done("write statements");
        write(spark, merged.events().map(t -> ExportRows.item(t._1(), t._2())), ExportSchema.of(columns.get("events")),
                outDir + "/events", writers);
        Steps.done("write events");
        write(spark, merged.actors(), ExportSchema.of(columns.get("actors")), outDir + "/actors", writers);
        Steps.done("write actors");
        write(spark, merged.relations(), RelationsTable.SCHEMA, outDir + "/relations", writers);
        Steps.done("write relations");
        spark.createDataset(merged.records().rdd(), Encoders.STRING()).write().mode(SaveMode.ErrorIfExists)
                .text(outDir + "/" + RECORDS);
        Steps.done("write records");
        merged.unpersist();
        analysed.unpersist();
        long t3 = System.nanoTime();
        long c3 = cpuMillis();
        long analysedCount = status.getOrDefault(ArticleAnalysis.OK, 0L);
        long failedAnalyses = status.getOrDefault(ArticleAnalysis.FAILED, 0L);
        JobReport report = new JobReport(analysedCount + failedAnalyses, analysedCount, status.getOrDefault(ArticleAnalysis.SKIPPED, 0L),
                failedAnalyses + status.getOrDefault(ArticleAnalysis.UNREADABLE, 0L) + missing.size(), merged.outcomes(), tables,
                (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, (t3 - t2) / 1_000_000, List.of(c1 - c0, c2 - c1, c3 - c2));
        try (var marker = outFs.create(new org.apache.hadoop.fs.Path(outDir, MARKER), false)) {
            marker.write(report.json().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        return report;
    }

    /**
     * One table as Parquet partitioned by the month of {@link ExportSchema#PARTITION}: the rows
     * partitioned by ranges of days over the writers (each writes the months of its run of days, so a
     * month is one file, or a few at a range's edges, however many tasks made the rows), in date
     * order within each file. The ranges come from the rows per day (a few thousand days at most), and
     * the rows stay Java rows until the writer: no sampling pass over converted rows, no SQL shuffle.
     */
    private static void write(SparkSession spark, JavaRDD<Row> rows, StructType schema, String dir, int writers) {
        int at = schema.fieldIndex(ExportSchema.PARTITION);
        Map<Integer, Long> days = rows.map(r -> DayRanges.day(r, at)).countByValue();
        JavaRDD<Row> sorted = rows.mapToPair(r -> new Tuple2<>(DayRanges.day(r, at), r))
                .repartitionAndSortWithinPartitions(DayRanges.of(days, writers)).values();
        spark.createDataFrame(sorted, schema)
                .withColumn(ExportSchema.MONTH, date_format(col(ExportSchema.PARTITION), "yyyy-MM"))
                .write().mode(SaveMode.ErrorIfExists).partitionBy(ExportSchema.MONTH).parquet(dir);
    }

    /** Days (epoch days; no date first) by ranges holding about as many rows each, lowest first. */
    static final class DayRanges extends org.apache.spark.Partitioner {
        private static final long serialVersionUID = 1L;
        static final int NO_DATE = Integer.MIN_VALUE;
        /** The first day of each range after the first. */
        private final int[] starts;

        private DayRanges(int[] starts) {
            this.starts = starts;
        }

        static int day(Row r, int at) {
            return r.isNullAt(at) ? NO_DATE : (int) ((java.sql.Date) r.get(at)).toLocalDate().toEpochDay();
        }

        static DayRanges of(Map<Integer, Long> rowsPerDay, int ranges) {
            List<Integer> days = new ArrayList<>(rowsPerDay.keySet());
            days.sort(null);
            long total = rowsPerDay.values().stream().mapToLong(Long::longValue).sum();
            List<Integer> starts = new ArrayList<>();
            long seen = 0;
            for (int d : days) {
                if (seen * ranges >= (starts.size() + 1) * total && starts.size() < ranges - 1) {
                    starts.add(d);
                }
                seen += rowsPerDay.get(d);
            }
            return new DayRanges(starts.stream().mapToInt(Integer::intValue).toArray());
        }

        @Override
        public int numPartitions() {
            return starts.length + 1;
        }

        @Override
        public int getPartition(Object key) {
            int i = java.util.Arrays.binarySearch(starts, (Integer) key);
            return i >= 0 ? i + 1 : -i - 1;
        }
    }

    private static long cpuMillis() {
        return Steps.cpuMillis();
    }

    /**
     * Every input's raw records, in ingest order (partition by partition): files through the ingest
     * readers (a run of consecutive files, one task per group), Parquet tables through Spark's reader.
     */
    private static JavaRDD<Row> raw(SparkSession spark, InputFiles.Listing listing, Configuration conf, Analyzers analyzers) {
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        List<InputFiles.Input> inputs = new ArrayList<>(listing.inputs());
        inputs.sort(java.util.Comparator.comparingInt(InputFiles.Input::index));
        List<JavaRDD<Row>> parts = new ArrayList<>();
        List<InputFiles.Input> run = new ArrayList<>();
        for (InputFiles.Input i : inputs) {
            if (!i.parquet()) {
                run.add(i);
                continue;
            }
            parts.add(files(jsc, run, conf, analyzers));
            run = new ArrayList<>();
            parts.add(parquetTable(spark, jsc, i));
        }
        parts.add(files(jsc, run, conf, analyzers));
        JavaRDD<Row> all = jsc.emptyRDD();
        for (JavaRDD<Row> p : parts) {
            if (p != null) {
                all = all.getNumPartitions() == 0 ? p : all.union(p);
            }
        }
        return all;
    }

    private static JavaRDD<Row> files(JavaSparkContext jsc, List<InputFiles.Input> files, Configuration conf, Analyzers analyzers) {
        return files.isEmpty() ? null : jsc.parallelize(files, Math.min(files.size(), Math.max(1, jsc.defaultParallelism() * 4)))
                .mapPartitions(new RawRecords.FileReader(new HadoopConf(conf), analyzers));
    }

    /**
     * Ordinals 0..n-1 by ranges, lowest first (partition i: the i-th run of consecutive records); a
     * key other than the ordinal itself says how to read it ({@link #ordinal}).
     */
    static class OrdinalRanges extends org.apache.spark.Partitioner {
        private static final long serialVersionUID = 1L;
        private final int partitions;
        private final long count;

        OrdinalRanges(int partitions, long count) {
            this.partitions = partitions;
            this.count = Math.max(1, count);
        }

        @Override
        public int numPartitions() {
            return partitions;
        }

        /** The key's ordinal, 0..count-1. */
        long ordinal(Object key) {
            return (Long) key;
        }

        @Override
        public final int getPartition(Object key) {
            return (int) Math.min(partitions - 1, Math.max(0, ordinal(key) * partitions / count));
        }
    }

    /** A Parquet article table's rows as raw records (columns {@link RawRecords#TABLE_COLUMNS}; only text is required). */
    private static JavaRDD<Row> parquetTable(SparkSession spark, JavaSparkContext jsc, InputFiles.Input table) {
        Dataset<Row> t = spark.read().parquet(table.path());
        List<String> have = Arrays.asList(t.columns());
        if (!have.contains("text")) {
            return jsc.parallelize(List.of(RawRecords.problem(table.index(), 0, RawRecords.Kind.FAILED, table.path(),
                    "a Parquet article table needs a text column; it has " + have)), 1);
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
        return t.select(cols.toArray(org.apache.spark.sql.Column[]::new)).toJavaRDD();
    }
}
