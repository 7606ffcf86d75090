package dev.detente.store.merge;

import dev.detente.knowledge.Knowledge;
import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Text keys for merging across articles: folded names and content-token sets. */
public final class Texts {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    /** Function words carry no evidence that two reports are the same statement. */
    private static final Set<String> STOP = Knowledge.builtIn().lexicon().words("store.stop_words");

    private Texts() {
    }

    /** Lower case, diacritics and apostrophes folded, punctuation to single spaces. */
    public static String fold(String s) {
        if (s == null) {
            return "";
        }
        String d = Normalizer.normalize(s, Normalizer.Form.NFD);
        d = MARKS.matcher(d).replaceAll("").replace("’", "").replace("'", "");
        return NON_WORD.matcher(d.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    /** The content tokens of a text (length ≥ 3, no function words), in first-seen order. */
    public static Set<String> contentTokens(String s) {
        Set<String> out = new LinkedHashSet<>();
        for (String t : fold(s).split(" ")) {
            if (t.length() >= 3 && !STOP.contains(t)) {
                out.add(t);
            }
        }
        return out;
    }
}
