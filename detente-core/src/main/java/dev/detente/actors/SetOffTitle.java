package dev.detente.actors;

import static dev.detente.actors.ActorWord.*;

import dev.detente.actors.RoleReader.Role;
import dev.detente.nlp.Sentence;

/**
 * Reads a title set off by commas before a name, where a noun phrase may open ("the U.S. Ambassador to
 * Peru, X,", "according to Peru's minister, X,", "Kerala's finance minister, X,", "the mayor of
 * Ancomarca, X,").
 */
final class SetOffTitle {
    private static final int NO_POSSESSOR = Integer.MIN_VALUE;

    private final ActorKnowledge knowledge;
    private final ActorWords words;
    private final TokenView v;
    private final int[] runEndingAt;
    private final int[] runStartingAt;
    private final RoleBuilder builder;
    private final TitleBeforeName titles;

    SetOffTitle(RoleTokens tokens, RoleBuilder builder, TitleBeforeName titles) {
        this.knowledge = tokens.knowledge;
        this.words = tokens.words;
        this.v = tokens.v;
        this.runEndingAt = tokens.runEndingAt;
        this.runStartingAt = tokens.runStartingAt;
        this.builder = builder;
        this.titles = titles;
    }

    /** A title set off by a comma before the name ("the U.S. Ambassador to Peru, X,"), or null. */
    Role setOffBefore(NameRecognizer.Run run) {
        Sentence s = v.sentence(run.start());
        int comma = beforeHonorifics(run.start() - 1, s.firstToken());
        int after = afterParenthesis(run.end(), s.endToken());
        if (comma - 1 < s.firstToken() || !v.is(comma, ",")
                || !(after >= s.endToken() || v.is(after, ",") || v.is(after, "."))) {
            return null;
        }
        Role r = scanBack(comma - 1, s.firstToken());
        if (r == null) {
            r = withComplementBefore(comma, s.firstToken());
        }
        if (r == null || r.relativeRun() >= 0) {
            return null;
        }
        int before = r.relativePronoun() >= 0 ? r.relativePronoun() : r.start() - 1;
        while (before >= s.firstToken() && words.articles().contains(v.lower[before])) {
            before--;
        }
        boolean np = opensNounPhrase(before, s.firstToken()) || words.articles().contains(v.lower[r.start() - 1]);
        if (!np && v.is(before, POSSESSIVE_CLITIC)) {
            int opener = beforePossessor(before - 1, s.firstToken()); // "Kerala's finance minister, X,"
            np = opener != NO_POSSESSOR && opensNounPhrase(opener, s.firstToken());
        }
        // "summoned Sri Lanka's acting high commissioner, X, and": a title a country's possessive opens is a
        // noun phrase wherever it stands
        np |= v.hit[r.start()] != null && v.hit[r.start()].has(GazetteerEntry.Type.COUNTRY) && v.isPossessive(v.hit[r.start()].end());
        return np ? r : null;
    }

    /** Whether token {@code before} (or the sentence start) can open the noun phrase that follows it. */
    private boolean opensNounPhrase(int before, int first) {
        return before < first || v.is(before, BY) || v.is(before, ",") || v.is(before, WITH)
                || isDashOrBullet(v.text(before))
                || v.is(before, AND) || v.is(before, ":") || words.possessivePronouns().contains(v.lower[before])
                || words.nounPhraseOpeners().contains(v.lower[before]); // "according to Peru's minister, X", "said that X's ambassador, Y,"
    }

    /**
     * The token before a possessor the gazetteer does not know that ends at {@code i}: a run of
     * capitalised words ("Tamil Nadu's") or one common noun after an article ("the group's") when
     * it is neither ({@link #NO_POSSESSOR}; a person's name is read as a possessor elsewhere).
     */
    private int beforePossessor(int i, int first) {
        int k = i;
        if (k < first || !Character.isLetter(v.text(k).charAt(0)) || runEndingAt[k] >= 0) {
            return NO_POSSESSOR;
        }
        if (Character.isUpperCase(v.text(k).charAt(0))) {
            while (k >= first && Character.isUpperCase(v.text(k).charAt(0)) && runEndingAt[k] < 0) {
                k--;
            }
            return k < first || !words.articles().contains(v.lower[k]) ? k : k - 1;
        }
        return k - 1 >= first && words.articles().contains(v.lower[k - 1]) ? k - 2 : NO_POSSESSOR;
    }

    /** The token after a short parenthesis that follows a name ("X (MP),"), else {@code after}. */
    private int afterParenthesis(int after, int end) {
        if (after < end && v.is(after, "(")) {
            for (int k = after + 1; k < end && k <= after + 4; k++) {
                if (v.is(k, ")")) {
                    return k + 1;
                }
            }
        }
        return after;
    }

    /** "11:15 — Peru's foreign minister, X, says": a dash or bullet opens a noun phrase. */
    private static boolean isDashOrBullet(String token) {
        return token.length() == 1 && (Character.getType(token.charAt(0)) == Character.DASH_PUNCTUATION
                || token.charAt(0) == '\u2022' || token.charAt(0) == '\u00b7');
    }

    /**
     * "the EU's special envoy for the Belgrade-Pristina dialogue, X", "the mayor of Ancomarca, X": a title, then a short "for/to/on/in/of"
     * complement ending at the comma before the name; the role keeps the complement.
     */
    private Role withComplementBefore(int comma, int first) {
        for (int k = comma - 2; k > first && comma - k <= 7; k--) {
            if (v.is(k, ",") || runStartingAt[k] >= 0 || knowledge.isPersonCue(v.lower[k])
                    || !Character.isLetterOrDigit(v.text(k).charAt(0))) {
                return null;
            }
            if ((v.is(k, FOR) || v.is(k, TO) || v.is(k, ON) || v.is(k, IN) || v.is(k, OF)) && v.isHit(k - 1, GazetteerEntry.Type.TITLE)) {
                Role head = scanBack(k - 1, first);
                return head == null ? null : role(head.start(), comma, head.relativeRun(), head.relativePronoun());
            }
        }
        return null;
    }

    private Role role(int start, int end, int relativeRun, int relativePronoun) {
        return builder.role(start, end, relativeRun, relativePronoun);
    }

    private Role scanBack(int last, int first) {
        return titles.scanBack(last, first);
    }

    private int beforeHonorifics(int i, int first) {
        return titles.beforeHonorifics(i, first);
    }
}
