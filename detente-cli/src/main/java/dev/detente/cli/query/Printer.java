package dev.detente.cli.query;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.IOException;
import dev.detente.store.export.CsvCells;
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
            header.add(CsvCells.quoted(c.header()));
        }
        out.println(String.join(",", header));
        for (T row : rows) {
            List<String> cells = new ArrayList<>();
            for (Columns.Column<T> c : columns.list()) {
                // the export's cells (full numbers, lists as JSON arrays), not the table's
                cells.add(CsvCells.cell(c.value().apply(row)));
            }
            out.println(String.join(",", cells));
        }
    }

    public static <T> void table(PrintStream out, List<T> rows, Columns<T> columns) {
        table(out, rows, columns, TerminalWidth.columns());
    }

    /**
     * An aligned table; with {@code maxWidth} > 0 the widest columns are narrowed (cells cut with
     * "…") until a line fits, so a table never wraps on the terminal.
     */
    static <T> void table(PrintStream out, List<T> rows, Columns<T> columns, int maxWidth) {
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
                width[i] = Math.max(width[i], visible(line[i]));
            }
            cells.add(line);
        }
        List<Integer> shown = new ArrayList<>();
        for (int i = 0; i < cols.size(); i++) {
            shown.add(i);
        }
        if (maxWidth > 0) {
            shown = fit(width, floors(cols, width), mains(cols), maxWidth);
            if (shown.size() < cols.size()) {
                List<Integer> kept = shown;
                List<String> hidden = new ArrayList<>();
                for (int i = 0; i < cols.size(); i++) {
                    if (!kept.contains(i)) {
                        hidden.add(cols.get(i).header());
                    }
                }
                System.err.println("(not shown, to fit " + maxWidth + " columns: " + String.join(", ", hidden)
                        + "; --format csv or json gives every column)");
            }
        }
        StringBuilder head = new StringBuilder();
        StringBuilder rule = new StringBuilder();
        for (int k = 0; k < shown.size(); k++) {
            int i = shown.get(k);
            boolean last = k == shown.size() - 1;
            head.append(pad(truncate(cols.get(i).header(), width[i]), width[i], last));
            rule.append("-".repeat(width[i])).append(last ? "" : "  ");
        }
        out.println(head.toString().stripTrailing());
        out.println(rule);
        for (String[] line : cells) {
            StringBuilder b = new StringBuilder();
            for (int k = 0; k < shown.size(); k++) {
                int i = shown.get(k);
                b.append(pad(truncate(line[i], width[i]), width[i], k == shown.size() - 1));
            }
            out.println(b.toString().stripTrailing());
        }
    }

    private static <T> boolean[] mains(List<Columns.Column<T>> cols) {
        boolean[] main = new boolean[cols.size()];
        for (int i = 0; i < cols.size(); i++) {
            main[i] = cols.get(i).main();
        }
        return main;
    }

    /** How narrow each column may get: short ones (ids, dates, codes, numbers) not at all, others to their header or 8. */
    private static <T> int[] floors(List<Columns.Column<T>> cols, int[] width) {
        int[] floor = new int[width.length];
        for (int i = 0; i < width.length; i++) {
            floor[i] = width[i] <= SHORT ? width[i] : cols.get(i).main() ? Math.min(width[i], Columns.MAIN_FLOOR)
                    : Math.max(cols.get(i).header().length(), 8);
        }
        return floor;
    }

    /** A column this narrow is kept whole: "2025-07-29~" is 11. */
    private static final int SHORT = 11;

    /**
     * Fits the table in {@code maxWidth}: while even the columns' narrowest forms do not fit, the
     * last column that is neither the first nor a main one is left out (the last columns are the
     * least telling: offsets, sources); then the widest column is narrowed one character at a time
     * down to its floor. Returns the indexes of the columns shown, in order.
     */
    static List<Integer> fit(int[] width, int[] floor, boolean[] main, int maxWidth) {
        List<Integer> shown = new ArrayList<>();
        for (int i = 0; i < width.length; i++) {
            shown.add(i);
        }
        while (shown.size() > 1 && total(floor, shown) > maxWidth) {
            int drop = -1;
            for (int k = shown.size() - 1; k >= 1 && drop < 0; k--) {
                if (!main[shown.get(k)]) {
                    drop = k;
                }
            }
            shown.remove(drop < 0 ? shown.size() - 1 : drop);
        }
        while (total(width, shown) > maxWidth) {
            int widest = -1;
            for (int i : shown) {
                if (width[i] > floor[i] && (widest < 0 || width[i] > width[widest])) {
                    widest = i;
                }
            }
            if (widest < 0) {
                break;
            }
            width[widest]--;
        }
        return shown;
    }

    private static int total(int[] values, List<Integer> shown) {
        int total = 2 * (shown.size() - 1);
        for (int i : shown) {
            total += values[i];
        }
        return total;
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
        return last ? s : s + " ".repeat(Math.max(0, width - visible(s))) + "  ";
    }

    /** Characters shown: code points, not counting ANSI colour sequences (search highlights). */
    static int visible(String s) {
        return s.indexOf('\u001b') < 0 ? s.codePointCount(0, s.length()) : s.replaceAll("\u001b\\[[0-9;]*m", "").codePointCount(0,
                s.replaceAll("\u001b\\[[0-9;]*m", "").length());
    }

    /** At most {@code max} shown characters, the last one "…" when cut; colour sequences are kept and closed. */
    static String truncate(String s, int max) {
        if (visible(s) <= max) {
            return s;
        }
        StringBuilder b = new StringBuilder();
        int shown = 0;
        boolean coloured = false;
        for (int i = 0; i < s.length() && shown < max - 1; ) {
            if (s.charAt(i) == '\u001b') {
                int end = s.indexOf('m', i);
                String seq = s.substring(i, end + 1);
                b.append(seq);
                coloured = !seq.equals("\u001b[0m");
                i = end + 1;
                continue;
            }
            int cp = s.codePointAt(i);
            b.appendCodePoint(cp);
            i += Character.charCount(cp);
            shown++;
        }
        return b.append(coloured ? "\u001b[0m" : "").append('…').toString();
    }

}
