package dev.detente.store.export;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A Parquet file written directly (format 2 footer, data page v1): every column OPTIONAL, PLAIN
 * encoding, uncompressed, one page per column chunk, a row group per {@link #ROW_GROUP_BYTES} of
 * data. Strings are BYTE_ARRAY annotated UTF8 (JSON columns: JSON), integers INT64, decimals DOUBLE,
 * flags BOOLEAN. No library: the Parquet Java writer needs Hadoop's file system classes, tens of
 * megabytes in the jar for what is here a few hundred lines (see docs/store.md).
 */
final class ParquetSink implements RowSink {
    static final int ROW_GROUP_BYTES = 32 << 20;
    private static final byte[] MAGIC = "PAR1".getBytes(StandardCharsets.US_ASCII);
    // Parquet enums
    private static final int BOOLEAN = 0;
    private static final int INT64 = 2;
    private static final int DOUBLE = 5;
    private static final int BYTE_ARRAY = 6;
    private static final int OPTIONAL = 1;
    private static final int UTF8 = 0;
    private static final int JSON = 19;
    private static final int PLAIN = 0;
    private static final int RLE = 3;
    private static final int UNCOMPRESSED = 0;
    private static final int DATA_PAGE = 0;

    private final OutputStream out;
    private final List<Column> columns;
    private final List<ColumnBuffer> buffers = new ArrayList<>();
    private final List<byte[]> rowGroups = new ArrayList<>(); // serialised RowGroup structs
    private long position;
    private long totalRows;
    private int groupRows;
    private long groupBytes;

    ParquetSink(Path file, List<Column> columns) throws IOException {
        this.out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
        this.columns = columns;
        for (Column c : columns) {
            buffers.add(new ColumnBuffer(c.type()));
        }
        write(MAGIC);
    }

    /** One column's values of the current row group: definition levels and PLAIN-encoded non-null values. */
    private static final class ColumnBuffer {
        final Column.Type type;
        final List<Boolean> defined = new ArrayList<>();
        final ByteArrayOutputStream values = new ByteArrayOutputStream();
        int booleanBits;
        int booleanCount;
        int nonNull;

        ColumnBuffer(Column.Type type) {
            this.type = type;
        }

        long add(Object v) {
            defined.add(v != null);
            if (v == null) {
                return 1;
            }
            nonNull++;
            ByteBuffer b;
            switch (type) {
                case LONG -> {
                    b = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putLong(((Number) v).longValue());
                    values.writeBytes(b.array());
                    return 8;
                }
                case DOUBLE -> {
                    b = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putDouble(((Number) v).doubleValue());
                    values.writeBytes(b.array());
                    return 8;
                }
                case BOOLEAN -> {
                    if ((Boolean) v) {
                        booleanBits |= 1 << booleanCount;
                    }
                    if (++booleanCount == 8) {
                        values.write(booleanBits);
                        booleanBits = 0;
                        booleanCount = 0;
                    }
                    return 1;
                }
                default -> {
                    byte[] s = v.toString().getBytes(StandardCharsets.UTF_8);
                    values.writeBytes(ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(s.length).array());
                    values.writeBytes(s);
                    return 4L + s.length;
                }
            }
        }

        byte[] valueBytes() {
            if (type == Column.Type.BOOLEAN && booleanCount > 0) {
                values.write(booleanBits);
                booleanBits = 0;
                booleanCount = 0;
            }
            return values.toByteArray();
        }

        /** Definition levels (bit width 1) in the RLE/bit-packed hybrid, as RLE runs, with the v1 4-byte length prefix. */
        byte[] definitionLevels() {
            ByteArrayOutputStream runs = new ByteArrayOutputStream();
            int i = 0;
            while (i < defined.size()) {
                boolean v = defined.get(i);
                int j = i;
                while (j < defined.size() && defined.get(j) == v) {
                    j++;
                }
                long header = (long) (j - i) << 1; // low bit 0: an RLE run
                while ((header & ~0x7FL) != 0) {
                    runs.write((int) ((header & 0x7F) | 0x80));
                    header >>>= 7;
                }
                runs.write((int) header);
                runs.write(v ? 1 : 0);
                i = j;
            }
            byte[] body = runs.toByteArray();
            ByteBuffer b = ByteBuffer.allocate(4 + body.length).order(ByteOrder.LITTLE_ENDIAN);
            b.putInt(body.length).put(body);
            return b.array();
        }

        void clear() {
            defined.clear();
            values.reset();
            nonNull = 0;
        }
    }

    @Override
    public void row(Object[] values) throws IOException {
        for (int i = 0; i < values.length; i++) {
            groupBytes += buffers.get(i).add(values[i]);
        }
        groupRows++;
        totalRows++;
        if (groupBytes >= ROW_GROUP_BYTES) {
            flushRowGroup();
        }
    }

    private void flushRowGroup() throws IOException {
        if (groupRows == 0) {
            return;
        }
        ThriftCompact group = new ThriftCompact().beginStruct();
        group.listField(1, ThriftCompact.STRUCT, columns.size());
        long groupTotal = 0;
        for (int i = 0; i < columns.size(); i++) {
            ColumnBuffer buf = buffers.get(i);
            byte[] levels = buf.definitionLevels();
            byte[] data = buf.valueBytes();
            int pageSize = levels.length + data.length;
            byte[] header = new ThriftCompact().beginStruct()
                    .i32(1, DATA_PAGE).i32(2, pageSize).i32(3, pageSize)
                    .structField(5).i32(1, groupRows).i32(2, PLAIN).i32(3, RLE).i32(4, RLE).endStruct()
                    .endStruct().bytes();
            long offset = position;
            write(header);
            write(levels);
            write(data);
            long chunkSize = header.length + (long) pageSize;
            groupTotal += chunkSize;
            group.structElement()
                    .i64(2, offset)
                    .structField(3)
                    .i32(1, physicalType(columns.get(i).type()))
                    .listField(2, ThriftCompact.I32, 2).i32Element(PLAIN).i32Element(RLE)
                    .listField(3, ThriftCompact.BINARY, 1).stringElement(columns.get(i).name())
                    .i32(4, UNCOMPRESSED)
                    .i64(5, groupRows)
                    .i64(6, chunkSize)
                    .i64(7, chunkSize)
                    .i64(9, offset)
                    .endStruct()
                    .endStruct();
            buf.clear();
        }
        group.i64(2, groupTotal).i64(3, groupRows).endStruct();
        rowGroups.add(group.bytes());
        groupRows = 0;
        groupBytes = 0;
    }

    @Override
    public void close() throws IOException {
        try {
            flushRowGroup();
            ThriftCompact meta = new ThriftCompact().beginStruct();
            meta.i32(1, 1);
            meta.listField(2, ThriftCompact.STRUCT, columns.size() + 1);
            meta.structElement().string(4, "schema").i32(5, columns.size()).endStruct();
            for (Column c : columns) {
                meta.structElement().i32(1, physicalType(c.type())).i32(3, OPTIONAL).string(4, c.name());
                if (c.type() == Column.Type.STRING || c.type() == Column.Type.JSON) {
                    meta.i32(6, c.type() == Column.Type.JSON ? JSON : UTF8);
                }
                meta.endStruct();
            }
            meta.i64(3, totalRows);
            meta.listField(4, ThriftCompact.STRUCT, rowGroups.size());
            byte[] footer = concat(meta.bytes(), rowGroups);
            // the row-group structs were serialised standalone; the footer's own fields continue after them
            byte[] end = tailFields();
            byte[] all = concat(footer, List.of(end));
            write(all);
            write(ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(all.length).array());
            write(MAGIC);
        } finally {
            out.close();
        }
    }

    /** After the row_groups list (field 4): created_by (field 6) and the struct's STOP. */
    private static byte[] tailFields() {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        byte[] name = "detente".getBytes(StandardCharsets.UTF_8);
        b.write((2 << 4) | ThriftCompact.BINARY); // field 6, delta 2 from field 4
        b.write(name.length);
        b.writeBytes(name);
        b.write(0);
        return b.toByteArray();
    }

    private static byte[] concat(byte[] head, List<byte[]> parts) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.writeBytes(head);
        for (byte[] p : parts) {
            b.writeBytes(p);
        }
        return b.toByteArray();
    }

    private static int physicalType(Column.Type t) {
        return switch (t) {
            case LONG -> INT64;
            case DOUBLE -> DOUBLE;
            case BOOLEAN -> BOOLEAN;
            case STRING, JSON -> BYTE_ARRAY;
        };
    }

    private void write(byte[] b) throws IOException {
        out.write(b);
        position += b.length;
    }
}
