package dev.detente.cli.query;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/** Prints rows as an aligned text table, CSV (RFC 4180) or JSON (the row records as they are). */
public final class Printer {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private Printer() {
    }

    public static <T> void print(PrintStream out, Format format, List<T> rows, Columns<T> columns) {
        switch (format) {
            case json -> json(out, rows);
            case csv -> csv(out, rows, columns);
            case table -> table(out, rows, columns);
        }
    }

    public static void json(PrintStream out, Object value) {
        try {
            out.println(JSON.writeValueAsString(value));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static <T> void csv(PrintStream out, List<T> rows, Columns<T> columns) {
        List<String> header = new ArrayList<>();
        for (Columns.Column<T> c : columns.list()) {
            header.add(csvCell(c.header()));
        }
        out.println(String.join(",", header));
        for (T row : rows) {
            List<String> cells = new ArrayList<>();
            for (Columns.Column<T> c : columns.list()) {
                cells.add(csvCell(cell(c.value().apply(row))));
            }
            out.println(String.join(",", cells));
        }
    }

    public static <T> void table(PrintStream out, List<T> rows, Columns<T> columns) {
        List<Columns.Column<T>> cols = columns.list();
        List<String[]> cells = new ArrayList<>();
        int[] width = new int[cols.size()];
        for (int i = 0; i < cols.size(); i++) {
            width[i] = cols.get(i).header().length();
        }
        for (T row : rows) {
            String[] line = new String[cols.size()];
            for (int i = 0; i < cols.size(); i++) {
                line[i] = truncate(cell(cols.get(i).value().apply(row)).replaceAll("\\s+", " "), cols.get(i).maxWidth());
                width[i] = Math.max(width[i], line[i].codePointCount(0, line[i].length()));
            }
            cells.add(line);
        }
        StringBuilder head = new StringBuilder();
        StringBuilder rule = new StringBuilder();
        for (int i = 0; i < cols.size(); i++) {
            head.append(pad(cols.get(i).header(), width[i], i == cols.size() - 1));
            rule.append("-".repeat(width[i])).append(i == cols.size() - 1 ? "" : "  ");
        }
        out.println(head.toString().stripTrailing());
        out.println(rule);
        for (String[] line : cells) {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < line.length; i++) {
                b.append(pad(line[i], width[i], i == line.length - 1));
            }
            out.println(b.toString().stripTrailing());
        }
    }

    static String cell(Object v) {
        if (v == null) {
            return "";
        }
        if (v instanceof Double d) {
            return String.format(Locale.ROOT, "%.2f", d);
        }
        if (v instanceof Collection<?> c) {
            List<String> parts = new ArrayList<>();
            for (Object o : c) {
                parts.add(cell(o));
            }
            return String.join("; ", parts);
        }
        return v.toString();
    }

    private static String pad(String s, int width, boolean last) {
        int len = s.codePointCount(0, s.length());
        return last ? s : s + " ".repeat(Math.max(0, width - len)) + "  ";
    }

    private static String truncate(String s, int max) {
        return s.codePointCount(0, s.length()) <= max ? s : s.substring(0, s.offsetByCodePoints(0, max - 1)) + "…";
    }

    static String csvCell(String s) {
        if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
            return '"' + s.replace("\"", "\"\"") + '"';
        }
        return s;
    }
}
