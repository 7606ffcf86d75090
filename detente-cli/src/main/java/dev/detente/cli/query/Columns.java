package dev.detente.cli.query;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** The columns of a table or CSV: a header, how to read the cell from a row, and a width cap for tables. */
public final class Columns<T> {
    record Column<T>(String header, Function<T, Object> value, int maxWidth) {
    }

    private final List<Column<T>> columns = new ArrayList<>();

    public Columns<T> add(String header, Function<T, Object> value) {
        return add(header, value, 40);
    }

    public Columns<T> add(String header, Function<T, Object> value, int maxWidth) {
        columns.add(new Column<>(header, value, maxWidth));
        return this;
    }

    List<Column<T>> list() {
        return columns;
    }
}
