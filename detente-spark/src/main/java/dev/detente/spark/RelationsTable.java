package dev.detente.spark;

import dev.detente.store.LedgerReader;
import dev.detente.store.Rows.PairSummary;
import dev.detente.store.Rows.TimelinePoint;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The relations index per country pair and day, as the ledger computes it for `detente timeline`
 * and the dashboard ({@link LedgerReader#timeline}), written beside the export's tables.
 */
final class RelationsTable {
    static final StructType SCHEMA = DataTypes.createStructType(List.of(
            DataTypes.createStructField("pair", DataTypes.StringType, false),
            DataTypes.createStructField("day", DataTypes.StringType, false),
            DataTypes.createStructField("index", DataTypes.DoubleType, false),
            DataTypes.createStructField("low", DataTypes.DoubleType, false),
            DataTypes.createStructField("high", DataTypes.DoubleType, false),
            DataTypes.createStructField("events", DataTypes.LongType, false),
            DataTypes.createStructField("statements", DataTypes.LongType, false),
            DataTypes.createStructField(ExportSchema.PARTITION, DataTypes.DateType, true)));

    private RelationsTable() {
    }

    /** The ledger's index rows, pair by pair, day by day. */
    static List<Row> rows(Path db) {
        List<Row> rows = new ArrayList<>();
        try (LedgerReader reader = LedgerReader.open(db)) {
            for (PairSummary p : reader.pairs()) {
                for (TimelinePoint t : reader.timeline(p.pair(), "day")) {
                    rows.add(RowFactory.create(p.pair(), t.period(), t.index(), t.low(), t.high(), (long) t.events(),
                            (long) t.statements(), SparkTableSink.date(t.period())));
                }
            }
        }
        return rows;
    }

    static long write(SparkSession spark, Path db, String dir) {
        List<Row> rows = rows(db);
        spark.createDataFrame(rows, SCHEMA).coalesce(1).write().mode(SaveMode.ErrorIfExists)
                .partitionBy(ExportSchema.PARTITION).parquet(dir);
        return rows.size();
    }
}
