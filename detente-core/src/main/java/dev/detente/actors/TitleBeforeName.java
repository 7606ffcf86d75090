package dev.detente.actors;

import static dev.detente.actors.ActorWord.*;

import dev.detente.actors.RoleReader.Role;
import dev.detente.nlp.Sentence;

/**
 * Reads a title written right before a name ("Kremlin spokesman X", "Iran's Foreign Minister X",
 * "Ambassador to China X", "Smith's envoy X"), honorifics between them skipped ("President Dr. X"); its
 * backward scan over title-like tokens also serves the title set off before a name.
 */
final class TitleBeforeName {
    private final ActorKnowledge knowledge;
    private final ActorWords words;
    private final TokenView v;
    private final RoleTokens tokens;
    private final RoleBuilder builder;

    TitleBeforeName(RoleTokens tokens, RoleBuilder builder) {
        this.knowledge = tokens.knowledge;
        this.words = tokens.words;
        this.v = tokens.v;
        this.tokens = tokens;
        this.builder = builder;
    }

    /** A title right before the name ("Kremlin spokesman X", "Iran's Foreign Minister Dr. X"), or null. */
    Role preName(NameRecognizer.Run run) {
        Sentence s = v.sentence(run.start());
        int last = beforeHonorifics(run.start() - 1, s.firstToken());
        if (last < s.firstToken()) {
            return null;
        }
        if (last < run.start() - 1) {
            // "Kenyan President Dr. X", "Minister Hon. Dr. X": the title before the honorifics
            if (!v.isHit(last, GazetteerEntry.Type.TITLE)) {
                return null; // "Mr. Smith": an honorific, not a role
            }
        } else if (v.is(last, ".")) {
            return null;
        }
        if (!v.isHit(last, GazetteerEntry.Type.TITLE) && !titleWithComplement(last, s.firstToken())) {
            return null;
        }
        return scanBack(last, s.firstToken());
    }

    /** "Ambassador to China X", "Cabinet Secretary for Foreign Affairs X": a head, a preposition, its object. */
    private boolean titleWithComplement(int last, int first) {
        if (!(v.hit[last] != null && v.isAffiliation(last) || knowledge.isTitleModifier(v.lower[last]))) {
            return false;
        }
        int k = last;
        int steps = 0; // a gazetteer hit is one step: "of the Republic of Uzbekistan" is as short as "of Uzbekistan"
        while (k >= first && steps++ < 6 && (v.hit[k] != null && v.isAffiliation(k)
                || knowledge.isTitleModifier(v.lower[k]) || v.is(k, ARTICLE_THE)
                || v.is(k, OF) && k > first && (knowledge.isTitleModifier(v.lower[k - 1]) || v.hit[k - 1] != null && v.isAffiliation(k - 1))
                        && !v.isHit(k - 1, GazetteerEntry.Type.TITLE))) {
            // "Deputy Chairman of the Cabinet of Ministers of Turkmenistan X": a body, then its country
            // "Foreign Minister of the Republic of Uzbekistan X": "Republic of" inside the complement
            k = v.hit[k] != null ? v.hit[k].start() - 1 : k - 1;
        }
        return k < last && k - 1 >= first && (v.is(k, TO) || v.is(k, FOR) || v.is(k, OF))
                && v.isHit(k - 1, GazetteerEntry.Type.TITLE);
    }

    /** The last token before the honorifics ("Hon. Dr.") that end at {@code i}; {@code i} when there are none. */
    int beforeHonorifics(int i, int first) {
        int k = i;
        while (k >= first) {
            int word = v.is(k, ".") ? k - 1 : k;
            if (word < first || !knowledge.isHonorific(v.text(word))) {
                break;
            }
            k = word - 1;
        }
        return k;
    }

    /** The title-like tokens ending at {@code last}, going left; null when they hold no title. */
    Role scanBack(int last, int first) {
        int start = last + 1;
        int relativeRun = -1;
        int relativePronoun = -1;
        int k = last;
        while (k >= first) {
            Gazetteer.Match m = v.hit[k];
            if (m != null && (m.has(GazetteerEntry.Type.TITLE) || v.isAffiliation(k))) {
                start = Math.max(m.start(), first);
                k = m.start() - 1;
                continue;
            }
            String w = v.lower[k];
            if (knowledge.isTitleModifier(w) && personRunEndingAt(k) < 0) {
                start = k--;
                continue;
            }
            if (v.is(k, POSSESSIVE_CLITIC) && k - 1 >= first && words.countryNouns().contains(v.lower[k - 1]) && v.hit[k - 1] == null
                    && Character.isLowerCase(v.text(k - 1).charAt(0))) {
                start = k - 1; // "the country's president": the country the text is about
                break;
            }
            if (v.is(k, POSSESSIVE_CLITIC)) {
                int owner = personRunEndingAt(k - 1);
                if (owner >= 0) {
                    relativeRun = owner;
                    break;
                }
                if (k - 1 >= first && v.hit[k - 1] != null) {
                    start = k--;
                    continue;
                }
                break;
            }
            if (words.possessivePronouns().contains(w)) {
                relativePronoun = k;
                break;
            }
            if (!v.is(k, ARTICLE_THE) && words.connectors().contains(w) && containsTitle(k + 1, last + 1)) {
                break; // "a spokesperson for President X": the title after "for" is X's, the one before another's
            }
            if (words.connectors().contains(w) && k > first && (v.hit[k - 1] != null || knowledge.isTitleModifier(v.lower[k - 1])
                    || v.is(k, ARTICLE_THE))) {
                start = k--;
                continue;
            }
            if (v.is(k, AND) && k > first && knowledge.isTitleModifier(v.lower[k - 1]) && v.hit[k - 1] == null
                    && k + 1 <= last && knowledge.isTitleModifier(v.lower[k + 1]) && v.hit[k + 1] == null) {
                start = k--;
                continue;
            }
            if (v.is(k, AND) && k > first && start == k + 1 && v.isHit(k - 1, GazetteerEntry.Type.TITLE)
                    && Character.isUpperCase(v.text(k - 1).charAt(0)) && Character.isUpperCase(v.text(k + 1).charAt(0))
                    && personRunEndingAt(k - 1) < 0) {
                start = k--; // "Deputy Prime Minister and Foreign Minister X": one person's two offices
                continue;
            }
            if (w.equals("(") || w.equals(")")) {
                k--;
                continue;
            }
            break;
        }
        while (start <= last && (words.connectors().contains(v.lower[start]) || words.articles().contains(v.lower[start])
                || v.is(start, AND) || v.is(start, POSSESSIVE_CLITIC) || v.is(start, "(") || v.is(start, ")"))) {
            start++;
        }
        if (start > last || !containsTitle(start, last + 1)) {
            return null;
        }
        return role(start, last + 1, relativeRun, relativePronoun);
    }

    private Role role(int start, int end, int relativeRun, int relativePronoun) {
        return builder.role(start, end, relativeRun, relativePronoun);
    }

    private boolean containsTitle(int start, int end) {
        return tokens.containsTitle(start, end);
    }

    private int personRunEndingAt(int i) {
        return tokens.personRunEndingAt(i);
    }
}
