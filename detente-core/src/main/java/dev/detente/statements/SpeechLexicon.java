package dev.detente.statements;

import dev.detente.nlp.Token;
import dev.detente.knowledge.Countries;
import dev.detente.knowledge.Grammar;
import dev.detente.knowledge.Knowledge;
import dev.detente.knowledge.Lexicon;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The statements stage's general-English data, read from the one {@link Knowledge} (the
 * {@code statements.*} keys of {@code statements/statements-words.yaml}, extended by the user's
 * {@code --knowledge} files): speech cues ({@code speech_cues}, and {@code quote_cues} for verbs that
 * only introduce quotations), the word lists used to read speaker phrases and the reported-speech
 * constructions. Built once per Knowledge ({@link #of}); immutable and thread-safe.
 */
final class SpeechLexicon {
    private static final String PREFIX = "statements.";

    /** A cue found at a token: its kind, its surface text and how many tokens it spans. */
    record CueMatch(CueKind kind, String form, int length) {
    }

    private record MultiWord(String[] words, CueKind kind, String form) {
    }

    private final Lexicon lexicon;
    private final Map<String, CueKind> single = new HashMap<>();
    private final Map<String, List<MultiWord>> multi = new HashMap<>();
    private final Set<String> roles;
    private final Set<String> titles;
    private final Set<String> orgs;
    private final Set<String> places;
    private final Set<String> generic;
    private final Grammar<StatementWord> grammar;

    /** The statements' view of this knowledge, compiled once and shared. */
    static SpeechLexicon of(Knowledge knowledge) {
        return knowledge.view(SpeechLexicon.class, SpeechLexicon::new);
    }

    private SpeechLexicon(Knowledge knowledge) {
        this.lexicon = knowledge.lexicon();
        this.grammar = Grammar.of(knowledge, PREFIX + "grammar", StatementWord.class);
        // quote_cues first: a form listed in both tables takes its kind from speech_cues
        for (String table : List.of("quote_cues", "speech_cues")) {
            loadCues(table);
        }
        roles = list("role");
        titles = list("title");
        orgs = list("org");
        places = placeWords(list("place"), Countries.of(knowledge), list("np_links"), grammar);
        generic = list("generic");
    }

    /**
     * The place words: the list, and every word of the gazetteer's country names (not its capitals,
     * many of which are also given names: "Sofia", "Victoria").
     */
    private static Set<String> placeWords(Set<String> listed, Countries countries, Set<String> links,
                                          Grammar<StatementWord> grammar) {
        Set<String> out = new java.util.HashSet<>(listed);
        for (String name : countries.all().stream().flatMap(c -> c.names().stream()).toList()) {
            for (String w : name.toLowerCase(Locale.ROOT).split("[\\s-]+")) {
                if (w.length() > 2 && !links.contains(w) && !grammar.is(w, StatementWord.ARTICLE_THE)) {
                    out.add(w);
                }
            }
        }
        return Set.copyOf(out);
    }

    private void loadCues(String table) {
        lexicon.table(PREFIX + table).forEach((form, value) -> {
            CueKind kind;
            try {
                kind = CueKind.valueOf(value.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("knowledge table " + PREFIX + table + ": '" + form
                        + "' needs a cue kind (" + java.util.Arrays.toString(CueKind.values()) + "), not '" + value + "'");
            }
            String[] words = form.split(" +");
            if (words.length == 1) {
                single.put(form, kind);
            } else {
                List<MultiWord> forms = multi.computeIfAbsent(words[0], k -> new ArrayList<>());
                forms.removeIf(m -> m.form().equals(form));
                forms.add(new MultiWord(words, kind, form));
            }
        });
    }

    /** A named word list of the statements' data ("not-clause-start" is {@code statements.not_clause_start}). */
    Set<String> list(String name) {
        return lexicon.words(PREFIX + name.replace('-', '_'));
    }

    /** A named table of the statements' data. */
    Map<String, String> table(String name) {
        return lexicon.table(PREFIX + name.replace('-', '_'));
    }

    /** The cue starting at token {@code i}, or null. Multi-word cues ("pointed out") win over single ones. */
    CueMatch cueAt(List<Token> tokens, int i, int end) {
        String w = tokens.get(i).lower();
        List<MultiWord> candidates = multi.get(w);
        if (candidates != null) {
            for (MultiWord m : candidates) {
                if (i + m.words().length <= end && matches(tokens, i, m.words())) {
                    return new CueMatch(m.kind(), m.form(), m.words().length);
                }
            }
        }
        CueKind kind = single.get(w);
        return kind == null ? null : new CueMatch(kind, w, 1);
    }

    private static boolean matches(List<Token> tokens, int i, String[] words) {
        for (int k = 0; k < words.length; k++) {
            if (!tokens.get(i + k).lower().equals(words[k])) {
                return false;
            }
        }
        return true;
    }

    boolean isRole(String lower) {
        return roles.contains(lower) || lower.length() > 3 && grammar.endsWith(lower, StatementWord.PLURAL_SUFFIX)
                && roles.contains(lower.substring(0, lower.length() - 1));
    }

    /** Whether the lower-case word {@code lower} plays grammar part {@code part}. */
    boolean is(String lower, StatementWord part) {
        return grammar.is(lower, part);
    }

    /** Whether {@code lower} ends with one of the endings of grammar part {@code part}. */
    boolean endsWith(String lower, StatementWord part) {
        return grammar.endsWith(lower, part);
    }

    /** Whether {@code spaced} (" words between spaces ") holds a word of grammar part {@code part}. */
    boolean containsWord(String spaced, StatementWord part) {
        return grammar.containsWord(spaced, part);
    }

    /** Whether {@code lower} holds one of the words of grammar part {@code part} anywhere. */
    boolean contains(String lower, StatementWord part) {
        return grammar.contains(lower, part);
    }

    /** The bits of the grammar parts {@code lower} plays ({@link Grammar#mask}). */
    long parts(String lower) {
        return grammar.mask(lower);
    }

    Grammar<StatementWord> grammar() {
        return grammar;
    }

    boolean isTitle(String lower) {
        return titles.contains(lower);
    }

    boolean isOrg(String lower) {
        return orgs.contains(lower);
    }

    boolean isPlace(String lower) {
        return places.contains(lower);
    }

    boolean isGenericSource(String lower) {
        return generic.contains(lower);
    }
}
