package dev.detente.store.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Collection;

/**
 * One way to write a CSV cell, for the export and the query commands alike (RFC 4180): null is
 * empty, a list is its JSON array ({@code ["RUS","USA"]}), a number is written in full, text is
 * quoted when it holds a comma, a quote or a line break.
 */
public final class CsvCells {
    private static final ObjectMapper JSON = new ObjectMapper();

    private CsvCells() {
    }

    public static String cell(Object v) {
        if (v == null) {
            return "";
        }
        String s;
        if (v instanceof Collection<?> list) {
            try {
                s = JSON.writeValueAsString(list);
            } catch (JsonProcessingException e) {
                throw new IllegalArgumentException("cannot write a list as JSON: " + e.getOriginalMessage(), e);
            }
        } else {
            s = v.toString();
        }
        return quoted(s);
    }

    /** The text as a CSV field: quoted (quotes doubled) when it holds a comma, a quote or a line break. */
    public static String quoted(String s) {
        if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
            return '"' + s.replace("\"", "\"\"") + '"';
        }
        return s;
    }
}
