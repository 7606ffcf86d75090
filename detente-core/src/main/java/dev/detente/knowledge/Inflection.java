package dev.detente.knowledge;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The one place English inflection is done: each rule set ({@link Rules}) is a lexicon table
 * {@code inflection.<set>} of ending → replacement ({@code lexicon/inflection.yaml}, extended by
 * {@code --knowledge} files): the longest ending that matches wins, its replacement takes the
 * ending's place, or is added after the word when written {@code +es}; {@code (consonant)} before an ending asks for a letter that is no vowel
 * ({@code inflection.vowels}) before it, {@code =} before a key makes it a whole word (irregular forms:
 * "=have" is "have" but not "behave"), {@code *} is the rule for every other word, and a
 * replacement {@code -} means the word has no such form. Built once per {@link Knowledge}.
 */
public final class Inflection {
    /** The rule sets, each a table {@code inflection.<name in lower case>}. */
    public enum Rules {
        /** "deputy" → "deputies", "spokesman" → "spokesmen": the plural of a role's head noun */
        ROLE_HEAD_PLURAL,
        /** "Russian" → "Russians"; none for "Chinese", "British", "Swiss" */
        DEMONYM_PLURAL,
        /** "tax" → "taxes": the plural of an issue keyword; none for one already in -s */
        KEYWORD_PLURAL,
        /** "policy" → "policies", "match" → "matches": the regular plural of a common noun */
        NOUN_PLURAL,
        /** "agree" → "agreed", "deny" → "denied": a verb's regular past */
        VERB_PAST,
        /** "meet" → "meets", "push" → "pushes", "have" → "has": a verb's third person singular */
        VERB_THIRD_PERSON,
        /** "meet" → "meeting", "seize" → "seizing", "tie" → "tying": a verb's -ing form */
        VERB_GERUND,
        /** "talks ~ border" → "borders": an event verb's object noun in the plural; none for one that looks inflected already */
        OBJECT_PLURAL,
        /** "meeting" → "meetings": an event noun's plural (a plain -s); none for one in -s */
        TRIGGER_NOUN_PLURAL;

        String table() {
            return "inflection." + name().toLowerCase(Locale.ROOT);
        }
    }

    private static final String CONSONANT = "(consonant)";
    private static final String OTHERWISE = "*";
    private static final String NONE = "-";
    private static final String APPEND = "+";
    private static final String WHOLE_WORD = "=";

    /**
     * {@code replacement} null for no form; {@code append}: added after the whole word, the ending kept
     * as written; {@code wholeWord}: the ending is the whole word.
     */
    private record Rule(String ending, boolean afterConsonant, String replacement, boolean append, boolean wholeWord) {
        boolean matches(String lower) {
            return wholeWord ? lower.equals(ending) : lower.endsWith(ending);
        }

        /** Whole words first, then the longest ending. */
        int rank() {
            return wholeWord ? Integer.MAX_VALUE : ending.length() + (afterConsonant ? 1 : 0);
        }
    }

    private final Rule[][] rules;
    private final Set<String> vowels;

    private Inflection(Lexicon lexicon) {
        this.vowels = lexicon.words("inflection.vowels");
        this.rules = new Rule[Rules.values().length][];
        for (Rules set : Rules.values()) {
            List<Rule> list = new ArrayList<>();
            for (Map.Entry<String, String> e : lexicon.table(set.table()).entrySet()) {
                String key = e.getKey();
                boolean wholeWord = key.startsWith(WHOLE_WORD);
                if (wholeWord) {
                    key = key.substring(WHOLE_WORD.length());
                }
                boolean consonant = key.startsWith(CONSONANT);
                String ending = consonant ? key.substring(CONSONANT.length()) : key.equals(OTHERWISE) ? "" : key;
                String value = e.getValue().strip();
                boolean append = value.startsWith(APPEND);
                list.add(new Rule(ending, consonant, value.equals(NONE) ? null : append ? value.substring(1) : value, append, wholeWord));
            }
            list.sort(Comparator.comparingInt(Rule::rank).reversed());
            rules[set.ordinal()] = list.toArray(Rule[]::new);
        }
    }

    /** The inflection rules of this knowledge, compiled once and shared. */
    public static Inflection of(Knowledge knowledge) {
        return knowledge.view(Inflection.class, k -> new Inflection(k.lexicon()));
    }

    /**
     * {@code word} inflected by rule set {@code set} (the part before the ending kept as written), or
     * null when the rules give it no such form.
     */
    public String inflect(Rules set, String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        for (Rule r : rules[set.ordinal()]) {
            if (r.matches(lower) && (!r.afterConsonant() || afterConsonant(lower, r.ending().length()))) {
                if (r.replacement() == null) {
                    return null;
                }
                return (r.append() ? word : word.substring(0, word.length() - r.ending().length())) + r.replacement();
            }
        }
        return null;
    }

    private boolean afterConsonant(String lower, int endingLength) {
        int at = lower.length() - endingLength - 1;
        return at >= 0 && !vowels.contains(String.valueOf(lower.charAt(at)));
    }
}
