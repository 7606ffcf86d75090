package dev.detente.store.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.detente.store.LedgerFixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.parquet.column.page.PageReadStore;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.convert.GroupRecordConverter;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.io.ColumnIOFactory;
import org.apache.parquet.io.LocalInputFile;
import org.apache.parquet.io.RecordReader;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Type;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hand-written Parquet export read back by Apache Parquet's own reader (parquet-hadoop, test
 * scope): every table, every column type (strings, JSON, 64-bit integers, doubles, booleans) and
 * nulls give exactly what the JSON Lines export of the same ledger holds.
 */
class ParquetRoundTripTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void everyTableReadsBackAsTheJsonLinesExportHoldsIt() throws Exception {
        Path db = LedgerFixtures.build(dir);
        Map<Path, Long> parquet = LedgerExport.export(db, dir.resolve("pq"), LedgerExport.format("parquet"));
        LedgerExport.export(db, dir.resolve("jsonl"), LedgerExport.format("jsonl"));
        assertThat(parquet).hasSize(ExportTables.ALL.size());
        int nulls = 0;
        for (ExportTables.Table table : ExportTables.ALL) {
            List<JsonNode> expected = new ArrayList<>();
            for (String line : Files.readAllLines(dir.resolve("jsonl/" + table.name() + ".jsonl"))) {
                expected.add(JSON.readTree(line));
            }
            List<Group> rows = read(dir.resolve("pq/" + table.name() + ".parquet"), table);
            assertThat(rows).as(table.name()).hasSize(expected.size()).isNotEmpty();
            for (int i = 0; i < rows.size(); i++) {
                for (int c = 0; c < table.columns().size(); c++) {
                    Column column = table.columns().get(c);
                    JsonNode want = expected.get(i).get(column.name());
                    Group row = rows.get(i);
                    String where = table.name() + "[" + i + "]." + column.name();
                    if (want == null || want.isNull()) {
                        assertThat(row.getFieldRepetitionCount(c)).as(where).isZero();
                        nulls++;
                        continue;
                    }
                    assertThat(row.getFieldRepetitionCount(c)).as(where).isOne();
                    switch (column.type()) {
                        case STRING -> assertThat(row.getString(c, 0)).as(where).isEqualTo(want.asText());
                        case JSON -> assertThat(JSON.readTree(row.getString(c, 0))).as(where).isEqualTo(want);
                        case LONG -> assertThat(row.getLong(c, 0)).as(where).isEqualTo(want.asLong());
                        case DOUBLE -> assertThat(row.getDouble(c, 0)).as(where).isEqualTo(want.asDouble());
                        case BOOLEAN -> assertThat(row.getBoolean(c, 0)).as(where).isEqualTo(want.asBoolean());
                    }
                }
            }
        }
        assertThat(nulls).as("null values read back as nulls").isPositive();
    }

    @Test
    void aSmallFileOfEveryTypeWithNullsReadsBack() throws Exception {
        Path f = dir.resolve("types.parquet");
        List<Column> columns = List.of(Column.string("s"), Column.integer("n"), Column.decimal("d"), Column.bool("b"),
                Column.json("j"));
        List<Object[]> rows = List.of(new Object[] {"ä€\u0000x", Long.MIN_VALUE, -0.5, true, "[1,{\"a\":null}]"},
                new Object[] {null, null, null, null, null}, new Object[] {"", Long.MAX_VALUE, 1e300, false, "{}"});
        try (RowSink sink = LedgerExport.format("parquet").open(f, columns)) {
            for (Object[] row : rows) {
                sink.row(row);
            }
        }
        List<Group> read = read(f, new ExportTables.Table("types", columns, ""));
        assertThat(read).hasSize(3);
        assertThat(read.get(0).getString(0, 0)).isEqualTo("ä€\u0000x");
        assertThat(read.get(0).getLong(1, 0)).isEqualTo(Long.MIN_VALUE);
        assertThat(read.get(0).getDouble(2, 0)).isEqualTo(-0.5);
        assertThat(read.get(0).getBoolean(3, 0)).isTrue();
        assertThat(read.get(0).getString(4, 0)).isEqualTo("[1,{\"a\":null}]");
        for (int c = 0; c < columns.size(); c++) {
            assertThat(read.get(1).getFieldRepetitionCount(c)).isZero();
        }
        assertThat(read.get(2).getString(0, 0)).isEmpty();
        assertThat(read.get(2).getLong(1, 0)).isEqualTo(Long.MAX_VALUE);
        assertThat(read.get(2).getDouble(2, 0)).isEqualTo(1e300);
        assertThat(read.get(2).getBoolean(3, 0)).isFalse();
    }

    /** Every row of a file, after checking that its schema declares each column as the export does. */
    private static List<Group> read(Path file, ExportTables.Table table) throws Exception {
        List<Group> out = new ArrayList<>();
        try (ParquetFileReader reader = ParquetFileReader.open(new LocalInputFile(file))) {
            MessageType schema = reader.getFooter().getFileMetaData().getSchema();
            assertThat(schema.getFieldCount()).isEqualTo(table.columns().size());
            for (int c = 0; c < table.columns().size(); c++) {
                Type field = schema.getType(c);
                Column column = table.columns().get(c);
                assertThat(field.getName()).isEqualTo(column.name());
                assertThat(field.getRepetition()).isEqualTo(Type.Repetition.OPTIONAL);
                PrimitiveType primitive = field.asPrimitiveType();
                switch (column.type()) {
                    case STRING -> {
                        assertThat(primitive.getPrimitiveTypeName()).isEqualTo(PrimitiveTypeName.BINARY);
                        assertThat(primitive.getLogicalTypeAnnotation()).isEqualTo(LogicalTypeAnnotation.stringType());
                    }
                    case JSON -> {
                        assertThat(primitive.getPrimitiveTypeName()).isEqualTo(PrimitiveTypeName.BINARY);
                        assertThat(primitive.getLogicalTypeAnnotation()).isEqualTo(LogicalTypeAnnotation.jsonType());
                    }
                    case LONG -> assertThat(primitive.getPrimitiveTypeName()).isEqualTo(PrimitiveTypeName.INT64);
                    case DOUBLE -> assertThat(primitive.getPrimitiveTypeName()).isEqualTo(PrimitiveTypeName.DOUBLE);
                    case BOOLEAN -> assertThat(primitive.getPrimitiveTypeName()).isEqualTo(PrimitiveTypeName.BOOLEAN);
                }
            }
            PageReadStore pages;
            while ((pages = reader.readNextRowGroup()) != null) {
                RecordReader<Group> records = new ColumnIOFactory().getColumnIO(schema)
                        .getRecordReader(pages, new GroupRecordConverter(schema));
                for (long i = 0; i < pages.getRowCount(); i++) {
                    out.add(records.read());
                }
            }
        }
        return out;
    }

}
