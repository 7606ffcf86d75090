package dev.detente.store.export;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Just enough of the Thrift compact protocol to write Parquet's page headers and footer: structs
 * with i32/i64/binary/bool/list/struct fields, written in field-id order.
 */
final class ThriftCompact {
    static final int BOOL_TRUE = 1;
    static final int BOOL_FALSE = 2;
    static final int I32 = 5;
    static final int I64 = 6;
    static final int BINARY = 8;
    static final int LIST = 9;
    static final int STRUCT = 12;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final Deque<Integer> lastIds = new ArrayDeque<>();
    private int lastId;

    byte[] bytes() {
        return out.toByteArray();
    }

    ThriftCompact beginStruct() {
        lastIds.push(lastId);
        lastId = 0;
        return this;
    }

    ThriftCompact endStruct() {
        out.write(0); // STOP
        lastId = lastIds.pop();
        return this;
    }

    private void field(int id, int type) {
        int delta = id - lastId;
        if (delta > 0 && delta <= 15) {
            out.write((delta << 4) | type);
        } else {
            out.write(type);
            varint(zigzag(id));
        }
        lastId = id;
    }

    ThriftCompact i32(int id, int value) {
        field(id, I32);
        varint(zigzag(value));
        return this;
    }

    ThriftCompact i64(int id, long value) {
        field(id, I64);
        varint(zigzag(value));
        return this;
    }

    ThriftCompact string(int id, String value) {
        field(id, BINARY);
        byte[] b = value.getBytes(StandardCharsets.UTF_8);
        varint(b.length);
        out.writeBytes(b);
        return this;
    }

    ThriftCompact bool(int id, boolean value) {
        field(id, value ? BOOL_TRUE : BOOL_FALSE);
        return this;
    }

    /** A struct-valued field: call beginStruct-less; write its fields, then {@link #endStruct()}. */
    ThriftCompact structField(int id) {
        field(id, STRUCT);
        return beginStruct();
    }

    /** A list field header; then write {@code size} elements with the element methods below. */
    ThriftCompact listField(int id, int elementType, int size) {
        field(id, LIST);
        if (size < 15) {
            out.write((size << 4) | elementType);
        } else {
            out.write(0xF0 | elementType);
            varint(size);
        }
        return this;
    }

    ThriftCompact i32Element(int value) {
        varint(zigzag(value));
        return this;
    }

    ThriftCompact stringElement(String value) {
        byte[] b = value.getBytes(StandardCharsets.UTF_8);
        varint(b.length);
        out.writeBytes(b);
        return this;
    }

    /** A struct element of a list: write its fields, then {@link #endStruct()}. */
    ThriftCompact structElement() {
        return beginStruct();
    }

    private static long zigzag(long v) {
        return (v << 1) ^ (v >> 63);
    }

    private void varint(long v) {
        while ((v & ~0x7FL) != 0) {
            out.write((int) ((v & 0x7F) | 0x80));
            v >>>= 7;
        }
        out.write((int) v);
    }
}
