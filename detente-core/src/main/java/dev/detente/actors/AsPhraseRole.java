package dev.detente.actors;

import static dev.detente.actors.ActorWord.*;

import dev.detente.actors.RoleReader.Role;
import dev.detente.nlp.Sentence;

/**
 * Reads a role given after the name by "as" ("X took office as prime minister") or a copula ("X became
 * / was named Chile's foreign minister"), with an "of"/"to" country after its head.
 */
final class AsPhraseRole {
    private final ActorKnowledge knowledge;
    private final ActorWords words;
    private final TokenView v;
    private final RoleBuilder builder;

    AsPhraseRole(RoleTokens tokens, RoleBuilder builder) {
        this.knowledge = tokens.knowledge;
        this.words = tokens.words;
        this.v = tokens.v;
        this.builder = builder;
    }

    /** A role after "as" or a copula ("X took office as prime minister", "X became Chile's minister"), or null. */
    Role asPhrase(NameRecognizer.Run run) {
        Sentence s = v.sentence(run.start());
        int k = run.end();
        int limit = Math.min(s.endToken(), k + 4);
        if (k < s.endToken() && words.roleCopulas().contains(v.lower[k])) {
            Role r = copulaRole(s, k); // "X became Chile's foreign minister in March"
            if (r != null) {
                return r;
            }
        }
        while (k < limit && !v.is(k, AS)) {
            String w = v.lower[k];
            if (!(v.is(k, POSSESSIVE_CLITIC) || Character.isLowerCase(v.text(k).charAt(0)) && !knowledge.isPersonCue(w))) {
                return null;
            }
            k++;
        }
        if (k >= limit || !v.is(k, AS)) {
            return null;
        }
        return roleAfter(s, k + 1);
    }

    /** "X became / was named / is Chile's foreign minister": the role after the verbs, as after "as". */
    private Role copulaRole(Sentence s, int k) {
        while (k < s.endToken() && (words.roleCopulas().contains(v.lower[k]) || words.copulas().contains(v.lower[k]))) {
            k++;
        }
        return roleAfter(s, k);
    }

    /** The role that starts at token k (after "as" or a copula): title words, affiliations, "of"/"to" a country. */
    private Role roleAfter(Sentence s, int k) {
        while (k < s.endToken() && words.articles().contains(v.lower[k])) {
            k++;
        }
        int start = k;
        int headEnd = -1;
        while (k < s.endToken()) {
            Gazetteer.Match m = v.hit[k];
            if (m != null && m.has(GazetteerEntry.Type.TITLE)) {
                headEnd = m.end();
                k = m.end();
            } else if (m != null && v.isAffiliation(k)) {
                k = m.end();
            } else if (knowledge.isTitleModifier(v.lower[k]) || v.is(k, POSSESSIVE_CLITIC)) {
                k++;
            } else {
                break;
            }
        }
        if (headEnd < 0) {
            return null;
        }
        int end = headEnd;
        if (end + 1 < s.endToken() && words.targetPrepositions().contains(v.lower[end]) || v.is(end, OF)) {
            int t = end + 1;
            if (v.is(t, ARTICLE_THE)) {
                t++;
            }
            if (t < s.endToken() && v.hit[t] != null && v.isAffiliation(t)) {
                end = v.hit[t].end();
            }
        }
        return role(start, end, -1, -1);
    }

    private Role role(int start, int end, int relativeRun, int relativePronoun) {
        return builder.role(start, end, relativeRun, relativePronoun);
    }
}
