package dev.detente.topics;

import com.fasterxml.jackson.databind.JsonNode;
import dev.detente.events.lexicon.PhraseIndex;
import dev.detente.knowledge.Inflection;
import dev.detente.knowledge.Knowledge;
import dev.detente.nlp.Token;
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
    private final Map<String, Issue> issues;
    private final PhraseIndex<String> index;

    private IssueTaxonomy(Map<String, Issue> issues, Knowledge knowledge) {
        this.issues = issues;
        this.index = new PhraseIndex<>(knowledge);
        Inflection inflection = Inflection.of(knowledge);
        for (Issue issue : issues.values()) {
            for (String k : issue.keywords()) {
                String lower = k.toLowerCase(java.util.Locale.ROOT).trim();
                index.add(lower, issue.id());
                // "..." and "*" are the keyword's pattern syntax (PhraseIndex), not its last word
                String plural = lower.endsWith("...") || lower.endsWith("*") ? null
                        : inflection.inflect(Inflection.Rules.KEYWORD_PLURAL, lower);
                if (plural != null) {
                    index.add(plural, issue.id());
                }
            }
        }
    }

    /** The built-in taxonomy plus the given user files, in order. */
    public static IssueTaxonomy load(List<Path> userFiles) {
        return of(Knowledge.load(userFiles));
    }

    /** The taxonomy of a knowledge layer: every source's {@code issues:} list, in order; compiled once. */
    public static IssueTaxonomy of(Knowledge knowledge) {
        return knowledge.view(IssueTaxonomy.class, k -> {
            Map<String, Issue> issues = new LinkedHashMap<>();
            for (Knowledge.Source s : k.sources()) {
                merge(issues, s.root(), s.name());
            }
            return new IssueTaxonomy(issues, k);
        });
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
