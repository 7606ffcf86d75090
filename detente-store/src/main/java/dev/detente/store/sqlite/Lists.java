package dev.detente.store.sqlite;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Lists in columns: '|a|b|' for filterable codes (one LIKE '%|a|%'), JSON for free text. */
public final class Lists {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Lists() {
    }

    /** The ledger's '|a|b|' list column (a '|' inside an item written '/'); the Spark job writes the same. */
    public static String join(Collection<String> items) {
        if (items.isEmpty()) {
            return "";
        }
        StringBuilder b = new StringBuilder("|");
        for (String s : items) {
            b.append(s.replace('|', '/')).append('|');
        }
        return b.toString();
    }

    static List<String> split(String joined) {
        List<String> out = new ArrayList<>();
        if (joined == null) {
            return out;
        }
        for (String s : joined.split("\\|")) {
            if (!s.isEmpty()) {
                out.add(s);
            }
        }
        return out;
    }

    static String json(List<String> items) {
        try {
            return JSON.writeValueAsString(items);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<String> fromJson(String json) {
        if (json == null || json.isBlank()) {
            return List.of();
        }
        try {
            return JSON.readValue(json, new TypeReference<List<String>>() { });
        } catch (JsonProcessingException e) {
            return List.of();
        }
    }
}
