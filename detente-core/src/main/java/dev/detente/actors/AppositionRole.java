package dev.detente.actors;

import static dev.detente.actors.ActorWord.*;

import dev.detente.actors.RoleReader.Role;
import dev.detente.actors.RoleReader.Affiliation;
import dev.detente.nlp.Sentence;

/**
 * Reads a role in an apposition after a name ("X, 54, Chile's foreign minister,", "X, Putin's special
 * envoy,", "X, who is Pakistan's foreign minister,", "X, who heads the Kenya Revenue Authority,").
 */
final class AppositionRole {
    private final ActorKnowledge knowledge;
    private final ActorWords words;
    private final String docText;
    private final TokenView v;
    private final int[] runStartingAt;
    private final NameRecognizer.Result names;
    private final RoleBuilder builder;
    private final RoleAffiliation affiliations;

    AppositionRole(RoleTokens tokens, RoleBuilder builder, RoleAffiliation affiliations) {
        this.knowledge = tokens.knowledge;
        this.words = tokens.words;
        this.docText = tokens.docText;
        this.v = tokens.v;
        this.runStartingAt = tokens.runStartingAt;
        this.names = tokens.names;
        this.builder = builder;
        this.affiliations = affiliations;
    }

    /** An apposition after the name ("X, Norway's special envoy for ..., said"), or null. */
    Role apposition(NameRecognizer.Run run) {
        Sentence s = v.sentence(run.start());
        int k = run.end();
        if (k >= s.endToken() || !v.is(k, ",")) {
            return null;
        }
        k++;
        if (k + 1 < s.endToken() && isNumber(v.text(k)) && v.is(k + 1, ",")) {
            k += 2; // "X, 54, Chile's foreign minister,": the age comes first
        }
        if (v.is(k, AND) || v.is(k, OR)) {
            return null; // "X, and Bolivia's minister, Y,": a second person, not X's apposition
        }
        if (k + 1 < s.endToken() && words.relativeBeforeRole().contains(v.lower[k])
                && words.relativeRoleVerbs().containsKey(v.lower[k + 1])) {
            return headsPhrase(s, k + 1); // "X, who heads the Kenya Revenue Authority,"
        }
        if (k < s.endToken() && words.relativeBeforeRole().contains(v.lower[k])) {
            k++; // "X, who is Pakistan's foreign minister,"
            while (k < s.endToken() && words.copulas().contains(v.lower[k])) {
                k++;
            }
        }
        while (k < s.endToken() && words.articles().contains(v.lower[k])) {
            k++;
        }
        int relativeRun = -1;
        if (k < s.endToken() && runStartingAt[k] >= 0 && v.isPossessive(names.runs().get(runStartingAt[k]).end())) {
            relativeRun = runStartingAt[k]; // "X, Putin's special envoy,": the role is relative to the possessor
            k = names.runs().get(relativeRun).end() + 1;
        }
        int start = k;
        boolean seenTitle = false;
        int otherWords = 0;
        int limit = Math.min(s.endToken(), start + 18);
        while (k < limit) {
            String w = v.lower[k];
            if (runStartingAt[k] >= 0 && seenTitle && v.is(k - 1, OF) && words.placeOffices().contains(v.lower[k - 2])) {
                k = names.runs().get(runStartingAt[k]).end(); // "X, the mayor of Novi Grad,": a place in the role
                continue;
            }
            if (words.appositionStops().contains(w) || knowledge.isPersonCue(w) && !seenTitle || runStartingAt[k] >= 0) {
                break;
            }
            if (v.is(k, AND) && k + 1 < limit && (words.articles().contains(v.lower[k + 1])
                    || words.possessivePronouns().contains(v.lower[k + 1]))) {
                break;
            }
            Gazetteer.Match m = v.hit[k];
            if (m != null && m.has(GazetteerEntry.Type.TITLE)) {
                seenTitle = true;
            } else if (!seenTitle && !(m != null && v.isAffiliation(k)) && !knowledge.isTitleModifier(w)
                    && !v.is(k, POSSESSIVE_CLITIC) && !words.connectors().contains(w) && ++otherWords > 2) {
                return null; // words before the head must be title-like, but for two ("Africa program director")
            }
            k = m != null ? m.end() : k + 1;
        }
        if (!seenTitle || runStartingAt[Math.min(k, v.size())] >= 0 && k < s.endToken() && !v.is(k - 1, ",")) {
            return null;
        }
        if (k < s.endToken() && !words.appositionStops().contains(v.lower[k]) && !v.is(k, AND)) {
            return null;
        }
        return role(start, k, relativeRun, -1);
    }

    /**
     * "who heads the Kenya Revenue Authority": the role is the verb's head noun of its object ("head of
     * the Kenya Revenue Authority"), when the object names something (a capitalised word or a country)
     * and ends the clause within a few words.
     */
    private Role headsPhrase(Sentence s, int verb) {
        int start = verb + 1;
        int k = start;
        boolean named = false;
        int limit = Math.min(s.endToken(), start + 10);
        while (k < limit && !words.appositionStops().contains(v.lower[k])) {
            String t = v.text(k);
            named |= !t.isEmpty() && Character.isUpperCase(t.charAt(0)) || v.hit[k] != null && v.isAffiliation(k);
            k++;
        }
        if (!named || k == start || k >= limit && k < s.endToken()) {
            return null;
        }
        String object = docText.substring(v.tokens.get(start).start(), v.tokens.get(k - 1).end());
        String head = words.relativeRoleVerbs().get(v.lower[verb]);
        return new Role(start, k, head + " of " + object, affiliation(start, k), -1, -1, false, head);
    }

    private static boolean isNumber(String t) {
        return !t.isEmpty() && t.length() <= 3 && t.chars().allMatch(Character::isDigit);
    }

    private Role role(int start, int end, int relativeRun, int relativePronoun) {
        return builder.role(start, end, relativeRun, relativePronoun);
    }

    private Affiliation affiliation(int start, int end) {
        return affiliations.affiliation(start, end);
    }
}
