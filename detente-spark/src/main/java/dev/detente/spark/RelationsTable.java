package dev.detente.spark;

import dev.detente.store.LedgerReader;
import dev.detente.store.Rows.TimelinePoint;
import dev.detente.store.index.Granularity;
import dev.detente.store.index.IndexItem;
import dev.detente.store.index.RelationsIndex;
import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import scala.Tuple2;

/**
 * The relations index per country pair and day, as the ledger computes it for `detente timeline`
 * and the dashboard ({@link LedgerReader#timeline}): the items of a pair (statements whose stance
 * is about it, events between its two countries) grouped by pair in Spark, each pair's series by
 * the store's own {@link RelationsIndex}.
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

    /** One item of a pair, in the order the ledger reads them: statements by day and id, then events by id. */
    record Item(boolean event, long id, String day, double value, double weight, String label)
            implements Serializable, org.apache.spark.util.KnownSizeEstimation {
        @Serial
        private static final long serialVersionUID = 1L;

        /** Told, not walked (see {@link SizedRow}). */
        @Override
        public long estimatedSize() {
            return 160 + (label == null ? 0 : label.length());
        }

        IndexItem indexItem() {
            LocalDate d = LocalDate.parse(day);
            return event ? IndexItem.event(id, d, value, label) : IndexItem.statement(id, d, value, weight, label);
        }
    }

    private static final Comparator<Item> LEDGER_ORDER = Comparator.comparing(Item::event)
            .thenComparing((Item i) -> i.event() ? "" : i.day()).thenComparingLong(Item::id);

    private RelationsTable() {
    }

    /** The items of every pair from the merged statements and events (with their ids). */
    static JavaPairRDD<String, Item> items(JavaPairRDD<Long, Merged> statements, JavaPairRDD<Long, Merged> events) {
        JavaPairRDD<String, Item> s = statements.flatMapToPair(x -> {
            Report r = x._2().first();
            List<Tuple2<String, Item>> out = new ArrayList<>(1);
            if (r.value() != null && r.day() != null && valid(r.day())) {
                for (String pair : r.pairs()) {
                    out.add(new Tuple2<>(pair, new Item(false, x._1(), r.day(), r.value(), r.weight(), r.label())));
                }
            }
            return out.iterator();
        });
        JavaPairRDD<String, Item> e = events.flatMapToPair(x -> {
            Report r = x._2().first();
            List<Tuple2<String, Item>> out = new ArrayList<>(r.pairs().size());
            if (r.day() != null && valid(r.day())) {
                for (String pair : r.pairs()) {
                    out.add(new Tuple2<>(pair, new Item(true, x._1(), r.day(), r.value(), 1.0, r.label())));
                }
            }
            return out.iterator();
        });
        return s.union(e);
    }

    private static boolean valid(String day) {
        try {
            LocalDate.parse(day);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    /** Each pair's daily series as rows. */
    static JavaRDD<Row> rows(JavaPairRDD<String, Item> items) {
        return items.groupByKey().flatMap(g -> {
            List<Item> list = new ArrayList<>();
            g._2().forEach(list::add);
            list.sort(LEDGER_ORDER);
            return rows(g._1(), list.stream().map(Item::indexItem).toList()).iterator();
        });
    }

    static List<Row> rows(String pair, List<IndexItem> items) {
        List<Row> out = new ArrayList<>();
        for (TimelinePoint t : RelationsIndex.series(items, Granularity.DAY)) {
            out.add(SizedRow.of(pair, t.period(), t.index(), t.low(), t.high(), (long) t.events(), (long) t.statements(),
                    ExportSchema.date(t.period())));
        }
        return out;
    }
}
