package dev.detente.actors;

import static dev.detente.actors.ActorWord.*;

import dev.detente.knowledge.Knowledge;
import dev.detente.doc.Span;
import dev.detente.nlp.Sentence;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One left-to-right pass that emits a mention for every name of a person and resolves pronouns and
 * role nouns to persons. Salience: a nominative pronoun ("he said") takes the subject of its
 * sentence, else the subject carried over from the last sentence that had one (the focus); a
 * possessive ("his deputies") takes the nearest person before it in its sentence. A sentence's
 * subject is its first person outside quotations not governed by a preposition. A role noun ("the
 * spokesman", "the Omani official") takes the most recent person whose role has the same head or a
 * synonym, or for a generic noun ("official") any recent person of a compatible country; it passes
 * its country to a person who had none ("the Kremlin spokesperson" → RUS). Gender comes from given
 * names and titles where the knowledge says, else fits both pronouns. Pronouns inside quotations are
 * left alone: there they speak of someone else.
 */
final class Coreference {

    private final ActorKnowledge knowledge;
    private final ActorWords words;
    private final TokenView v;
    private final List<PersonState> persons;
    private final int[] personOfRun;
    private final NameRecognizer.Result names;
    private final RoleReader roles;
    private final boolean[] inRole;
    private final int[] runAt;
    /** Token of a resolved pronoun → person index. */
    final Map<Integer, Integer> pronounReferent = new HashMap<>();
    final List<Mention> mentions = new ArrayList<>();

    Coreference(ActorKnowledge knowledge, TokenView v, List<PersonState> persons, int[] personOfRun,
                NameRecognizer.Result names, RoleReader roles, boolean[] inRole) {
        this.knowledge = knowledge;
        this.words = knowledge.words();
        this.v = v;
        this.persons = persons;
        this.personOfRun = personOfRun;
        this.names = names;
        this.roles = roles;
        this.inRole = inRole;
        this.runAt = new int[v.size()];
    }

    void run() {
        java.util.Arrays.fill(runAt, -1);
        for (int r = 0; r < names.runs().size(); r++) {
            if (personOfRun[r] >= 0) {
                runAt[names.runs().get(r).start()] = r;
            }
        }
        List<int[]> recent = new ArrayList<>(); // {token, person}
        int focus = -1;
        for (Sentence s : v.sentences) {
            int subject = -1;
            for (int k = s.firstToken(); k < s.endToken(); k++) {
                int person = -1;
                int r = runAt[k];
                if (r >= 0) {
                    NameRecognizer.Run run = names.runs().get(r);
                    person = personOfRun[r];
                    PersonState p = persons.get(person);
                    MentionForm form = run.words().size() >= p.cluster.fullest.size() ? MentionForm.NAME
                            : MentionForm.PARTIAL_NAME;
                    mentions.add(new Mention(span(run.start(), run.end()), p.id, form));
                    recent.add(new int[] {k, person});
                    if (subject < 0 && isSubjectPosition(k)) {
                        subject = person;
                    }
                    k = run.end() - 1;
                    continue;
                }
                if (v.inQuote[k]) {
                    continue;
                }
                String w = v.lower[k];
                int pronoun = pronounKind(k);
                if (pronoun != 0) {
                    boolean nominative = Math.abs(pronoun) == 1;
                    boolean oblique = !nominative || v.isPossessive(k + 1); // "He's remarks": a surname's possessive
                    int gender = pronoun > 0 ? 1 : -1;
                    person = nominative && !oblique ? nominative(subject, focus, recent, gender)
                            : possessive(s, k, subject, focus, recent, gender);
                    if (person >= 0) {
                        mentions.add(new Mention(span(k, k + 1), persons.get(person).id, MentionForm.PRONOUN));
                        pronounReferent.put(k, person);
                        recent.add(new int[] {k, person});
                        if (subject < 0 && nominative && isSubjectPosition(k)) {
                            subject = person;
                        }
                    }
                    continue;
                }
                // "the minister", and "Turkmenistan's minister" with no name after it: a country's possessive
                // determines the role noun as "the" does
                boolean countryPossessive = !inRole[k] && v.hit[k] != null && v.hit[k].start() == k
                        && v.hit[k].has(GazetteerEntry.Type.COUNTRY) && v.isPossessive(v.hit[k].end());
                if ((words.roleDeterminers().contains(w) || countryPossessive) && !inRole[k] && k + 1 < s.endToken()) {
                    int end = roleNounEnd(countryPossessive ? k : k + 1, s.endToken());
                    // inside a person's title only a possessor is a role noun: "the U.S. President's envoy X"
                    if (end > 0 && (!inRole[k + 1] || v.isPossessive(end))) {
                        person = resolveRoleNoun(countryPossessive ? k : k + 1, end, recent, subject >= 0 ? subject : focus);
                        if (person >= 0) {
                            mentions.add(new Mention(span(k, end), persons.get(person).id, MentionForm.ROLE_NOUN));
                            recent.add(new int[] {k, person});
                            if (subject < 0 && isSubjectPosition(k)) {
                                subject = person;
                            }
                        }
                        k = end - 1;
                    }
                }
            }
            if (subject >= 0) {
                focus = subject;
            }
        }
    }

    /** ±1 for he/she, ±2 for his/him/her...: the sign is the gender (+ female), 0 for other words. */
    private int pronounKind(int k) {
        return v.is(k, HE) ? -1 : v.is(k, SHE) ? 1 : v.is(k, MALE_OBLIQUE) ? -2 : v.is(k, FEMALE_OBLIQUE) ? 2 : 0;
    }

    private boolean isSubjectPosition(int k) {
        if (v.inQuote[k]) {
            return false;
        }
        Sentence s = v.sentence(k);
        int p = k - 1;
        while (p >= s.firstToken() && (v.hit[p] != null || knowledge.isTitleModifier(v.lower[p])
                || v.is(p, ARTICLE_THE) || v.is(p, POSSESSIVE_CLITIC))) {
            p = v.hit[p] != null ? v.hit[p].start() - 1 : p - 1; // skip a title before the name
        }
        return p < s.firstToken() || !words.prepositions().contains(v.lower[p]);
    }

    private int nominative(int subject, int focus, List<int[]> recent, int gender) {
        if (subject >= 0 && fits(subject, gender)) {
            return subject;
        }
        if (focus >= 0 && fits(focus, gender)) {
            return focus;
        }
        return mostRecent(recent, gender, -1);
    }

    private int possessive(Sentence s, int k, int subject, int focus, List<int[]> recent, int gender) {
        for (int i = recent.size() - 1; i >= 0; i--) {
            int[] m = recent.get(i);
            if (m[0] < s.firstToken()) {
                break;
            }
            if (fits(m[1], gender)) {
                return m[1];
            }
        }
        return nominative(subject, focus, recent, gender);
    }

    private int mostRecent(List<int[]> recent, int gender, int notBefore) {
        for (int i = recent.size() - 1; i >= 0; i--) {
            int[] m = recent.get(i);
            if (m[0] < notBefore) {
                break;
            }
            if (fits(m[1], gender)) {
                return m[1];
            }
        }
        return -1;
    }

    private boolean fits(int person, int gender) {
        int g = persons.get(person).gender;
        return g == 0 || g == gender;
    }

    /** End (exclusive) of a role noun phrase starting at {@code k} ("Kremlin spokesman"), or -1. */
    private int roleNounEnd(int k, int end) {
        int headEnd = -1;
        int i = k;
        while (i < end) {
            Gazetteer.Match m = v.hit[i];
            if (m != null && m.has(GazetteerEntry.Type.TITLE)) {
                headEnd = m.end();
                i = m.end();
            } else if (m != null && v.isAffiliation(i)) {
                i = m.end();
            } else if (knowledge.isTitleModifier(v.lower[i]) || v.is(i, POSSESSIVE_CLITIC) && headEnd < 0) {
                i++;
            } else {
                break; // "the U.S. President's envoy": the role noun is "the U.S. President"
            }
        }
        if (headEnd < 0 || headEnd != i && !v.isPossessive(headEnd)) {
            return -1;
        }
        if (headEnd < end && runAt[headEnd] >= 0) {
            return -1; // a title before a name, not a role noun
        }
        String canonical = v.hit[headEnd - 1].firstOf(GazetteerEntry.Type.TITLE).canonical();
        String surface = Gazetteer.normalize(v.text(headEnd - 1));
        if (!canonical.endsWith(surface)) {
            return -1; // a plural: "the presidents"
        }
        return headEnd;
    }

    private int resolveRoleNoun(int start, int end, List<int[]> recent, int focus) {
        String head = v.hit[end - 1].firstOf(GazetteerEntry.Type.TITLE).canonical();
        String country = roles.affiliation(start, end).country();
        Set<String> heads = knowledge.synonymsOf(head);
        int generic = -1;
        for (int i = recent.size() - 1; i >= 0; i--) {
            PersonState p = persons.get(recent.get(i)[1]);
            boolean countryOk = country == null || p.country == null || country.equals(p.country);
            if (!countryOk) {
                continue;
            }
            if (p.roleHasAny(heads)) {
                return transfer(recent.get(i)[1], country, start, end);
            }
            if (generic < 0 && knowledge.isGenericRoleNoun(head) && (country == null || country.equals(p.country))) {
                generic = recent.get(i)[1];
            }
        }
        if (generic < 0 && knowledge.isGenericRoleNoun(head) && country != null) {
            // "the Indian leader" for a person whose country is not known yet: the one in focus first
            generic = focus >= 0 && persons.get(focus).country == null ? focus : mostRecentWithoutCountry(recent);
        }
        return generic >= 0 ? transfer(generic, country, start, end) : -1;
    }

    private int mostRecentWithoutCountry(List<int[]> recent) {
        for (int i = recent.size() - 1; i >= 0; i--) {
            if (persons.get(recent.get(i)[1]).country == null) {
                return recent.get(i)[1];
            }
        }
        return -1;
    }

    private int transfer(int person, String country, int start, int end) {
        PersonState p = persons.get(person);
        if (p.country == null && country != null) {
            p.country = country;
            p.evidence.add(span(start, end));
        }
        return person;
    }

    private Span span(int startToken, int endToken) {
        return new Span(v.tokens.get(startToken).start(), v.tokens.get(endToken - 1).end());
    }
}
