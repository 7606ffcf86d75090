package dev.detente.knowledge;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The named word lists and tables of every stage, from the {@code lexicon:} key of the knowledge
 * files. Names are dotted paths of the YAML ({@code lexicon: {time: {future: [...]}}} is
 * {@code time.future}); a list is a word set (lower-cased), a mapping of words to scalars is a
 * table. A user's file appends to a list and adds or replaces table rows. Asking for a name that
 * no file defines is a programming error and fails at once.
 */
public final class Lexicon {
    private final Map<String, Set<String>> lists;
    private final Map<String, Map<String, String>> tables;

    private Lexicon(Map<String, Set<String>> lists, Map<String, Map<String, String>> tables) {
        this.lists = lists;
        this.tables = tables;
    }

    static Lexicon of(List<Knowledge.Source> sources) {
        Map<String, Set<String>> lists = new HashMap<>();
        Map<String, Map<String, String>> tables = new HashMap<>();
        for (Knowledge.Source s : sources) {
            JsonNode root = s.root().path("lexicon");
            if (root.isMissingNode() || root.isNull()) {
                continue;
            }
            if (!root.isObject()) {
                throw new IllegalArgumentException("knowledge file " + s.name() + ": 'lexicon' must be a mapping");
            }
            collect("", root, lists, tables, s.name());
        }
        Map<String, Set<String>> frozenLists = new HashMap<>();
        lists.forEach((k, v) -> frozenLists.put(k, Collections.unmodifiableSet(new HashSet<>(v))));
        Map<String, Map<String, String>> frozenTables = new HashMap<>();
        tables.forEach((k, v) -> frozenTables.put(k, Collections.unmodifiableMap(new LinkedHashMap<>(v))));
        return new Lexicon(Map.copyOf(frozenLists), Map.copyOf(frozenTables));
    }

    private static void collect(String prefix, JsonNode node, Map<String, Set<String>> lists,
                                Map<String, Map<String, String>> tables, String source) {
        var fields = node.fields();
        while (fields.hasNext()) {
            var f = fields.next();
            String name = prefix.isEmpty() ? f.getKey() : prefix + "." + f.getKey();
            JsonNode v = f.getValue();
            if (v.isArray()) {
                Set<String> set = lists.computeIfAbsent(name, k -> new HashSet<>());
                for (JsonNode w : v) {
                    if (!w.isValueNode() || w.isNull()) {
                        throw new IllegalArgumentException("knowledge file " + source + ": lexicon " + name
                                + " must list words, not " + w);
                    }
                    set.add(lower(w.asText()));
                }
            } else if (v.isObject() && allScalars(v)) {
                Map<String, String> table = tables.computeIfAbsent(name, k -> new LinkedHashMap<>());
                v.fields().forEachRemaining(e -> table.put(lower(e.getKey()), e.getValue().asText()));
            } else if (v.isObject()) {
                collect(name, v, lists, tables, source);
            } else {
                throw new IllegalArgumentException("knowledge file " + source + ": lexicon " + name
                        + " must be a list or a mapping");
            }
        }
    }

    private static boolean allScalars(JsonNode object) {
        var it = object.elements();
        while (it.hasNext()) {
            if (!it.next().isValueNode()) {
                return false;
            }
        }
        return object.size() > 0;
    }

    private static String lower(String s) {
        return s.strip().toLowerCase(Locale.ROOT);
    }

    /** The word set of that name (lower case); fails when no knowledge file defines it. */
    public Set<String> words(String name) {
        Set<String> s = lists.get(name);
        if (s == null) {
            throw new IllegalStateException("no word list '" + name + "' in the knowledge files");
        }
        return s;
    }

    /** The table of that name (lower-case keys, in file order); fails when no knowledge file defines it. */
    public Map<String, String> table(String name) {
        Map<String, String> t = tables.get(name);
        if (t == null) {
            throw new IllegalStateException("no table '" + name + "' in the knowledge files");
        }
        return t;
    }

    /** A table whose values are integers ("january: 1"). */
    public Map<String, Integer> intTable(String name) {
        Map<String, Integer> out = new LinkedHashMap<>();
        table(name).forEach((k, v) -> {
            try {
                out.put(k, Integer.parseInt(v.strip()));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("knowledge table " + name + ": '" + k + "' needs a whole number, not '"
                        + v + "'");
            }
        });
        return Collections.unmodifiableMap(out);
    }

    /** A table whose values are numbers ("going * well: 1.5"). */
    public Map<String, Double> doubleTable(String name) {
        Map<String, Double> out = new LinkedHashMap<>();
        table(name).forEach((k, v) -> {
            try {
                out.put(k, Double.parseDouble(v.strip()));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("knowledge table " + name + ": '" + k + "' needs a number, not '"
                        + v + "'");
            }
        });
        return Collections.unmodifiableMap(out);
    }

    /**
     * The regular expression in row {@code key} of table {@code name}, compiled; a row that is missing
     * or no regular expression fails with a message naming the table and row.
     */
    public Pattern pattern(String name, String key) {
        String regex = table(name).get(key);
        if (regex == null) {
            throw new IllegalStateException("no pattern '" + key + "' in the knowledge table " + name);
        }
        try {
            return Pattern.compile(regex);
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("knowledge table " + name + ": '" + key + "' is no regular expression: "
                    + e.getDescription());
        }
    }

    public boolean has(String name) {
        return lists.containsKey(name) || tables.containsKey(name);
    }
}
