package dev.detente.topics;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.detente.events.lexicon.PhraseIndex;
import dev.detente.nlp.Token;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The issue taxonomy ({@code issues.yaml}), extended by the user's knowledge files: a file's
 * {@code issues:} list adds issues, or keywords to an issue of the same id; other keys of a
 * knowledge file belong to other stages and are ignored here. Keywords are indexed by first word.
 */
public final class IssueTaxonomy {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private final Map<String, Issue> issues;
    private final PhraseIndex<String> index = new PhraseIndex<>();

    private IssueTaxonomy(Map<String, Issue> issues) {
        this.issues = issues;
        for (Issue issue : issues.values()) {
            for (String k : issue.keywords()) {
                String lower = k.toLowerCase(java.util.Locale.ROOT).trim();
                index.add(lower, issue.id());
                if (!lower.endsWith("s") && !lower.endsWith("...") && !lower.endsWith("*")) {
                    index.add(lower + (lower.endsWith("x") || lower.endsWith("ch") || lower.endsWith("sh") ? "es" : "s"),
                            issue.id());
                }
            }
        }
    }

    /** The built-in taxonomy plus the given user files, in order. */
    public static IssueTaxonomy load(List<Path> userFiles) {
        Map<String, Issue> issues = new LinkedHashMap<>();
        try (InputStream in = IssueTaxonomy.class.getResourceAsStream("/dev/detente/topics/issues.yaml")) {
            merge(issues, YAML.readTree(in), "issues.yaml");
        } catch (IOException e) {
            throw new UncheckedIOException("issues.yaml: " + e.getMessage(), e);
        }
        for (Path p : userFiles) {
            JsonNode root;
            try {
                root = YAML.readTree(Files.readString(p));
            } catch (IOException e) {
                throw new IllegalArgumentException(p + ": cannot read issue taxonomy: " + firstLine(e.getMessage()), e);
            }
            merge(issues, root, p.toString());
        }
        return new IssueTaxonomy(issues);
    }

    public static IssueTaxonomy defaults() {
        return load(List.of());
    }

    private static void merge(Map<String, Issue> issues, JsonNode root, String source) {
        if (root == null || root.isMissingNode() || root.isNull()) {
            return;
        }
        JsonNode list = root.path("issues");
        if (list.isMissingNode()) {
            return;
        }
        if (!list.isArray()) {
            throw new IllegalArgumentException(source + ": 'issues' must be a list of {id, label, keywords}");
        }
        for (JsonNode n : list) {
            String id = n.path("id").asText("").trim();
            if (id.isEmpty()) {
                throw new IllegalArgumentException(source + ": an issue without an id");
            }
            List<String> keywords = new ArrayList<>();
            for (JsonNode k : n.path("keywords")) {
                String word = k.asText("").trim();
                if (word.isEmpty() || word.startsWith("...") || word.startsWith("*")) {
                    throw new IllegalArgumentException(source + ": issue " + id + " has a bad keyword '" + word + "'");
                }
                keywords.add(word);
            }
            Issue old = issues.get(id);
            if (old == null) {
                issues.put(id, new Issue(id, n.path("label").asText(id), keywords));
            } else {
                Set<String> merged = new LinkedHashSet<>(old.keywords());
                merged.addAll(keywords);
                issues.put(id, new Issue(id, n.path("label").asText(old.label()), List.copyOf(merged)));
            }
        }
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "unknown error";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    public List<Issue> issues() {
        return List.copyOf(issues.values());
    }

    /** Issue ids whose keywords occur in the tokens [from, to) whose lower-cased forms are given, in taxonomy order. */
    public List<String> tag(String[] lower, int from, int to) {
        Set<String> found = new LinkedHashSet<>();
        for (int i = from; i < to; i++) {
            if (index.startsPhrase(lower[i])) {
                for (PhraseIndex.Match<String> m : index.matchesAt(lower, i, to)) {
                    found.add(m.value());
                }
            }
        }
        if (found.isEmpty()) {
            return List.of();
        }
        List<String> ordered = new ArrayList<>(found.size());
        for (String id : issues.keySet()) {
            if (found.contains(id)) {
                ordered.add(id);
            }
        }
        return ordered;
    }

    /** Tags a token list directly (for callers without a lowered array). */
    public List<String> tag(List<Token> tokens) {
        String[] lower = new String[tokens.size()];
        for (int i = 0; i < lower.length; i++) {
            lower[i] = tokens.get(i).lower();
        }
        return tag(lower, 0, lower.length);
    }
}
