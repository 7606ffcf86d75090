package dev.detente.spark;

import dev.detente.store.export.Column;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The Spark schema of an export table, derived from the store's own columns ({@link Column}), so a
 * Spark run and `detente export` write the same columns with the same types; JSON columns stay JSON
 * text, as in the export. Every table gets one more column, {@link #PARTITION}, its rows'
 * publication date (a date; null when unknown); the Parquet output is partitioned by its month
 * ({@link #MONTH}, a folder per month: a folder per day would make a file per day and table, and
 * small files cost more to write and to read than their rows).
 */
public final class ExportSchema {
    /** Partition column: the publication date of the article a row comes from (actors: first seen). */
    public static final String PARTITION = "pub_date";
    /** The output's folders: {@code pub_month=yyyy-MM}, the month of {@link #PARTITION} (null: no date). */
    public static final String MONTH = "pub_month";

    private ExportSchema() {
    }

    public static DataType type(Column.Type type) {
        return switch (type) {
            case STRING, JSON -> DataTypes.StringType;
            case LONG -> DataTypes.LongType;
            case DOUBLE -> DataTypes.DoubleType;
            case BOOLEAN -> DataTypes.BooleanType;
        };
    }

    /** The table's columns, nullable as in the export, then the partition column. */
    public static StructType of(List<Column> columns) {
        List<StructField> fields = new ArrayList<>();
        for (Column c : columns) {
            fields.add(DataTypes.createStructField(c.name(), type(c.type()), true));
        }
        fields.add(DataTypes.createStructField(PARTITION, DataTypes.DateType, true));
        return DataTypes.createStructType(fields);
    }

    /** A yyyy-mm-dd day as a date; anything else (or nothing) as no date. */
    static java.sql.Date date(String day) {
        try {
            return day == null ? null : java.sql.Date.valueOf(java.time.LocalDate.parse(day));
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }
}
