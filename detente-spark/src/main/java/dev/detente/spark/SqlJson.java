package dev.detente.spark;

import java.util.Collection;
import java.util.List;

/**
 * JSON text as the ledger's export writes it (SQLite's {@code json_object}, {@code json_group_array}
 * and the export's '|A|B|' to '["A","B"]' rewrite), so a Spark table's JSON columns equal the
 * export's byte for byte.
 */
final class SqlJson {
    private SqlJson() {
    }

    /** A string as SQLite's JSON functions quote it; null as {@code null}. */
    static void quote(StringBuilder b, String s) {
        if (s == null) {
            b.append("null");
            return;
        }
        b.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\b' -> b.append("\\b");
                case '\f' -> b.append("\\f");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        b.append('"');
    }

    /** The ledger's '|a|b|' list column, written by the store's own rule. */
    static String join(Collection<String> items) {
        return dev.detente.store.sqlite.Lists.join(items);
    }

    /** The export's rewrite of a '|A|B|' column to a JSON array (literally, as its SQL does: no escaping). */
    static String codes(Collection<String> items) {
        String joined = join(items);
        return joined.isEmpty() ? "[]" : "[\"" + joined.substring(1, joined.length() - 1).replace("|", "\",\"") + "\"]";
    }

    /** {@code json_group_array} of strings. */
    static String array(List<String> items) {
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                b.append(',');
            }
            quote(b, items.get(i));
        }
        return b.append(']').toString();
    }

    /** The export's sources column: {@code [{"article_id":..,"start":..,"end":..}]}, in the given order. */
    static String sources(List<Source> sources) {
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < sources.size(); i++) {
            Source s = sources.get(i);
            b.append(i > 0 ? ",{" : "{").append("\"article_id\":");
            quote(b, s.articleId());
            b.append(",\"start\":").append(s.start()).append(",\"end\":").append(s.end()).append('}');
        }
        return b.append(']').toString();
    }
}
