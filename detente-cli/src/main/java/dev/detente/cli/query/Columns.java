package dev.detente.cli.query;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** The columns of a table or CSV: a header, how to read the cell from a row, and a width cap for tables. */
public final class Columns<T> {
    record Column<T>(String header, Function<T, Object> value, int maxWidth, boolean main) {
    }

    /** A main column (the text of a row) keeps at least this width when a table is narrowed. */
    static final int MAIN_FLOOR = 32;

    private final List<Column<T>> columns = new ArrayList<>();

    public Columns<T> add(String header, Function<T, Object> value) {
        return add(header, value, 40);
    }

    public Columns<T> add(String header, Function<T, Object> value, int maxWidth) {
        columns.add(new Column<>(header, value, maxWidth, false));
        return this;
    }

    /** A main column: narrowed last, kept at least {@link #MAIN_FLOOR} wide on a narrow terminal. */
    public Columns<T> main(String header, Function<T, Object> value, int maxWidth) {
        columns.add(new Column<>(header, value, maxWidth, true));
        return this;
    }

    List<Column<T>> list() {
        return columns;
    }
}
