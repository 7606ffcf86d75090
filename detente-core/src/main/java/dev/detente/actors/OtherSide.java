package dev.detente.actors;

import dev.detente.nlp.Sentence;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Two officials named as the two sides of one meeting ("talks between Foreign Minister A and Somalia's
 * Foreign Minister B", "A met Bolivia's minister B") speak for two governments: a country the text only
 * inferred for A (from the sentence before, a generic body, the dateline) is not the one B's own title
 * states. Then A's is the other country the sentence names ("announced in Nairobi after talks between
 * ..."), else the country the document names most after B's, else none.
 */
final class OtherSide {
    /** How many tokens may stand between one side's name and the other's title ("and", "met with"). */
    private static final int MAX_JOIN = 3;

    private final ActorWords words;
    private final TokenView v;
    private final boolean[] inRole;

    OtherSide(ActorKnowledge knowledge, TokenView v, boolean[] inRole) {
        this.words = knowledge.words();
        this.v = v;
        this.inRole = inRole;
    }

    void correct(List<PersonState> persons) {
        for (PersonState p : persons) {
            if (p.country == null || p.countryStated || p.role == null || p.cluster.runs.isEmpty()) {
                continue;
            }
            String other = otherSideCountry(p, persons);
            if (other != null && other.equals(p.country)) {
                p.country = alternative(v.sentence(p.role.start()), other);
            }
        }
    }

    /** The stated country of the person the role's name is paired with, or null. */
    private String otherSideCountry(PersonState p, List<PersonState> persons) {
        int sentence = v.sentenceOf[p.role.start()];
        int nameEnd = -1;
        for (NameRecognizer.Run run : p.cluster.runs) {
            if (v.sentenceOf[run.start()] == sentence && run.start() >= p.role.end()) {
                nameEnd = run.end();
                break;
            }
        }
        if (nameEnd < 0) {
            return null;
        }
        for (PersonState q : persons) {
            if (q == p || !q.countryStated || q.role == null || v.sentenceOf[q.role.start()] != sentence
                    || q.role.start() < nameEnd || q.role.start() - nameEnd > MAX_JOIN) {
                continue;
            }
            for (int k = nameEnd; k < q.role.start(); k++) {
                if (words.sideJoiners().contains(v.lower[k])) {
                    return q.country;
                }
            }
        }
        return null;
    }

    /** The first country the sentence names outside anyone's title other than {@code other}; else the document's next. */
    private String alternative(Sentence s, String other) {
        for (int k = s.firstToken(); k < s.endToken(); k++) {
            Gazetteer.Match m = v.hit[k];
            if (m == null || m.start() != k || inRole[k]) {
                continue;
            }
            String c = placeOrCountry(m);
            if (c != null && !c.equals(other)) {
                return c;
            }
            k = m.end() - 1;
        }
        Map<String, Integer> counts = new HashMap<>();
        for (int k = 0; k < v.size(); k++) {
            Gazetteer.Match m = v.hit[k];
            if (m != null && m.start() == k) {
                String c = placeOrCountry(m);
                if (c != null && !c.equals(other)) {
                    counts.merge(c, 1, Integer::sum);
                }
            }
        }
        String best = null;
        int most = 0;
        boolean tie = false;
        for (var e : counts.entrySet()) {
            if (e.getValue() > most) {
                best = e.getKey();
                most = e.getValue();
                tie = false;
            } else if (e.getValue() == most) {
                tie = true;
            }
        }
        return tie ? null : best;
    }

    private static String placeOrCountry(Gazetteer.Match m) {
        GazetteerEntry e = m.firstOf(GazetteerEntry.Type.COUNTRY);
        if (e == null) {
            e = m.firstOf(GazetteerEntry.Type.DEMONYM);
        }
        if (e == null) {
            e = m.firstOf(GazetteerEntry.Type.CAPITAL);
        }
        return e == null ? null : e.country();
    }
}
