package dev.detente.statements;

import dev.detente.nlp.Token;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The statements stage's general-English data: speech cues (speech-cues.tsv, and quote-cues.tsv for
 * verbs that only introduce quotations) and the word lists
 * used to read speaker phrases (speaker-words.txt). Loaded once; immutable and thread-safe.
 */
final class SpeechLexicon {
    /** A cue found at a token: its kind, its surface text and how many tokens it spans. */
    record CueMatch(CueKind kind, String form, int length) {
    }

    private record MultiWord(String[] words, CueKind kind, String form) {
    }

    private final Map<String, CueKind> single = new HashMap<>();
    private final Map<String, List<MultiWord>> multi = new HashMap<>();
    private final Map<String, Set<String>> lists = new HashMap<>();

    private static final SpeechLexicon DEFAULT = new SpeechLexicon();

    /** A word set written as a list (duplicates tolerated, so lists stay easy to extend). */
    static Set<String> words(String... words) {
        return Set.copyOf(java.util.Arrays.asList(words));
    }

    static SpeechLexicon get() {
        return DEFAULT;
    }

    private SpeechLexicon() {
        // quote-cues.tsv first: a form listed in both files takes its kind from speech-cues.tsv
        for (String resource : List.of("quote-cues.tsv", "speech-cues.tsv")) {
            loadCues(resource);
        }
        readSections("speaker-words.txt");
        readSections("reported-speech.txt");
    }

    /** A file of "[section]" headers, each followed by its entries, one a line. */
    private void readSections(String resource) {
        String section = null;
        for (String line : lines(resource)) {
            if (line.startsWith("[") && line.endsWith("]")) {
                section = line.substring(1, line.length() - 1);
                lists.computeIfAbsent(section, k -> new HashSet<>());
            } else if (section != null) {
                lists.get(section).add(line.toLowerCase(Locale.ROOT));
            }
        }
    }

    private void loadCues(String resource) {
        for (String line : lines(resource)) {
            String[] parts = line.split("\t");
            if (parts.length != 2) {
                throw new IllegalStateException(resource + ": bad line '" + line + "'");
            }
            CueKind kind = CueKind.valueOf(parts[1].trim());
            String form = parts[0].trim().toLowerCase(Locale.ROOT);
            String[] words = form.split(" ");
            if (words.length == 1) {
                single.put(form, kind);
            } else {
                List<MultiWord> forms = multi.computeIfAbsent(words[0], k -> new ArrayList<>());
                forms.removeIf(m -> m.form().equals(form));
                forms.add(new MultiWord(words, kind, form));
            }
        }
    }

    /** A named word list of the data files; fails loudly on a name no file defines. */
    Set<String> list(String name) {
        Set<String> l = lists.get(name);
        if (l == null) {
            throw new IllegalStateException("no word list [" + name + "] in the statements data");
        }
        return java.util.Collections.unmodifiableSet(l);
    }

    private static List<String> lines(String resource) {
        List<String> out = new ArrayList<>();
        try (InputStream in = SpeechLexicon.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String t = line.strip();
                if (!t.isEmpty() && !t.startsWith("#")) {
                    out.add(t);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
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
        Set<String> roles = lists.get("role");
        return roles.contains(lower) || lower.length() > 3 && lower.endsWith("s")
                && roles.contains(lower.substring(0, lower.length() - 1));
    }

    boolean isTitle(String lower) {
        return lists.get("title").contains(lower);
    }

    boolean isOrg(String lower) {
        return lists.get("org").contains(lower);
    }

    boolean isPlace(String lower) {
        return lists.get("place").contains(lower);
    }

    boolean isGenericSource(String lower) {
        return lists.get("generic").contains(lower);
    }
}
