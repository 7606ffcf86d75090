package dev.detente.spark;

import dev.detente.store.export.Column;
import dev.detente.store.export.RowSink;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;

/**
 * Receives the rows of one export table from {@code LedgerExport} (the very rows and values
 * `detente export` writes) and appends them, a batch at a time, as Parquet under
 * {@code OUTPUT/<table>/}, partitioned by publication date ({@link ExportSchema#PARTITION}):
 * an article's own date; a statement's or event's first source article's; an actor's first sighting.
 */
final class SparkTableSink implements RowSink {
    static final int BATCH = 50_000;

    /** Publication dates by article id, filled by the articles table (exported first) for the others. */
    static final class Dates {
        private final Map<String, String> published = new HashMap<>();
    }

    private final SparkSession spark;
    private final String table;
    private final String dir;
    private final StructType schema;
    private final List<Column> columns;
    private final Dates dates;
    private final List<Row> pending = new ArrayList<>();
    private final Map<String, Long> written;
    private long rows;

    SparkTableSink(SparkSession spark, String table, String dir, List<Column> columns, Dates dates, Map<String, Long> written) {
        this.written = written;
        this.spark = spark;
        this.table = table;
        this.dir = dir;
        this.columns = List.copyOf(columns);
        this.schema = ExportSchema.of(columns);
        this.dates = dates;
    }

    /** A format for {@code LedgerExport.export}: each table file name picks the table. */
    static RowSink.Factory factory(SparkSession spark, String outputDir, Dates dates, Map<String, Long> written) {
        return new RowSink.Factory("parquet", (file, columns) -> {
            String name = file.getFileName().toString();
            String table = name.substring(0, name.lastIndexOf('.'));
            return new SparkTableSink(spark, table, outputDir + "/" + table, columns, dates, written);
        });
    }

    @Override
    public void row(Object[] values) {
        Object[] row = new Object[values.length + 1];
        System.arraycopy(values, 0, row, 0, values.length);
        row[values.length] = date(partition(values));
        pending.add(RowFactory.create(row));
        rows++;
        if (pending.size() >= BATCH) {
            flush();
        }
    }

    private String partition(Object[] values) {
        return switch (table) {
            case "articles" -> {
                String published = (String) values[index("published")];
                dates.published.put((String) values[index("id")], published);
                yield published;
            }
            case "actors" -> (String) values[index("first_seen")];
            default -> dates.published.get((String) values[index("article_id")]);
        };
    }

    /** A yyyy-mm-dd day as a date; anything else (or nothing) as no date. */
    static java.sql.Date date(String day) {
        try {
            return day == null ? null : java.sql.Date.valueOf(java.time.LocalDate.parse(day));
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    private int index(String column) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).name().equals(column)) {
                return i;
            }
        }
        throw new IllegalStateException("export table " + table + " has no column " + column);
    }

    private void flush() {
        if (pending.isEmpty()) {
            return;
        }
        // spread the days over the executors: each writes its days' files (a day's rows stay in one file per batch)
        spark.createDataFrame(pending, schema).repartition(spark.sparkContext().defaultParallelism(),
                        org.apache.spark.sql.functions.col(ExportSchema.PARTITION))
                .write().mode(SaveMode.Append).partitionBy(ExportSchema.PARTITION).parquet(dir);
        pending.clear();
    }

    @Override
    public void close() {
        flush();
        if (rows == 0) {
            // an empty table still gets its schema, so readers find the table
            spark.createDataFrame(List.<Row>of(), schema).write().mode(SaveMode.Append).parquet(dir);
        }
        written.put(table, rows);
    }
}
