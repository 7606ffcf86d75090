package dev.detente.statements;

import static dev.detente.statements.StatementWord.*;

import dev.detente.nlp.Sentence;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The statements stage's own reading of the people a document names, used when the actors layer is
 * absent or has no mention at a speaker phrase: name chains by last name ("Martin" → "Claire
 * Martin"), the role words given before a name, and the people who are sentence subjects (the
 * candidates for "he" and "the minister").
 */
final class PersonRegistry {
    record Person(String key, String name, String role) {
    }

    /** A person standing at a token position: a mention, a sentence subject or a speaker. */
    record Seen(int token, Person person) {
    }

    private final SpeechLexicon lexicon;
    private final Map<String, Person> byKey = new HashMap<>();
    final List<Seen> mentions = new ArrayList<>();
    final List<Seen> subjects = new ArrayList<>();

    PersonRegistry(Cues cues) {
        this.lexicon = cues.lexicon;
        DocView v = cues.v;
        SpeakerPhrases phrases = cues.phrases;
        int i = 0;
        while (i < v.size()) {
            if (!phrases.isNameWord(v, i) || v.headline[v.paragraphOf(i)]) {
                i++;
                continue;
            }
            int end = i;
            while (end < v.size() && (phrases.isNameWord(v, end) || isInnerLink(v, end, phrases))
                    && v.sentenceOf[end] == v.sentenceOf[i]) {
                end++;
            }
            int start = phrases.npStartBackward(v, end - 1, v.sentence(i).firstToken());
            Phrase p = phrases.describe(v, Math.min(start, i), end);
            if (p != null && p.kind() == Phrase.Kind.PERSON && (p.role() != null || p.name().indexOf(' ') > 0
                    || byKey.containsKey(key(p.name())))) {
                Person person = add(p.name(), p.role());
                mentions.add(new Seen(p.start(), person));
            }
            i = end;
        }
        for (Sentence s : v.sentences) {
            if (v.headline[s.paragraph()]) {
                continue;
            }
            Phrase p = cues.sentenceSubject(s);
            if (p != null && p.kind() == Phrase.Kind.PERSON) {
                Person person = byKey.get(key(p.name()));
                if (person != null) {
                    subjects.add(new Seen(p.start(), person));
                    learnGender(v, person, p.end(), s.endToken());
                }
            }
        }
    }

    /** 'f' or 'm' for people whose gender the text shows, by key. */
    private final Map<String, Character> gender = new HashMap<>();

    /**
     * What the text shows of a person's gender: a gendered role word ("spokeswoman", "Mrs"), or the
     * only kind of third-person pronoun in the rest of the sentence they are the subject of
     * ("Ana Silva met her counterpart").
     */
    private void learnGender(DocView v, Person person, int from, int to) {
        boolean female = false;
        boolean male = false;
        for (int i = from; i < to; i++) {
            if (v.inQuote(i)) {
                continue;
            }
            female |= v.is(i, FEMALE_PRONOUN) || v.is(i, FEMALE_REFLEXIVE);
            male |= v.is(i, HE) || v.is(i, MALE_PRONOUN);
        }
        if (female != male) {
            gender.putIfAbsent(person.key(), female ? 'f' : 'm');
        }
    }

    /** 'f', 'm', or null when the text does not show it. */
    Character genderOf(Person p) {
        Character known = gender.get(p.key());
        if (known != null) {
            return known;
        }
        String role = p.role() == null ? "" : " " + p.role().toLowerCase(Locale.ROOT) + " ";
        if (lexicon.contains(role, FEMALE_ROLE_STEM) || lexicon.containsWord(role, FEMALE_ROLE_WORD)) {
            return 'f';
        }
        if (lexicon.contains(role, MALE_ROLE_STEM) || lexicon.containsWord(role, MALE_ROLE_WORD)) {
            return 'm';
        }
        return null;
    }

    /** Records the gender a pronoun that resolved to this person shows. */
    void noteGender(Person p, char g) {
        gender.putIfAbsent(p.key(), g);
    }

    private static boolean isInnerLink(DocView v, int i, SpeakerPhrases phrases) {
        return (v.is(i, OF) || v.is(i, FOR)) && i + 1 < v.size() && phrases.isNameWord(v, i + 1);
    }

    /** Registers (or extends) a person; the longest name and role seen win. */
    Person add(String name, String role) {
        Person surnameFirst = name.indexOf(' ') < 0 && !byKey.containsKey(key(name)) ? find(name) : null;
        if (surnameFirst != null) {
            return surnameFirst;
        }
        String k = key(name);
        Person old = byKey.get(k);
        String best = old == null || name.length() > old.name().length() ? name : old.name();
        String bestRole = old == null || old.role() == null ? role
                : role != null && role.length() > old.role().length() ? role : old.role();
        Person p = new Person(k, best, bestRole);
        byKey.put(k, p);
        return p;
    }

    /**
     * The person a name refers to: by last name ("Martin" → "Claire Martin"), or for a single word
     * that is no one's last name, by the first word of exactly one longer name (surname-first names:
     * "Park" → "Park Min-jun").
     */
    Person find(String name) {
        Person p = byKey.get(key(name));
        if (p != null || name.indexOf(' ') >= 0) {
            return p;
        }
        Person only = null;
        for (Person candidate : byKey.values()) {
            int space = candidate.name().indexOf(' ');
            if (space > 0 && candidate.name().substring(0, space).equalsIgnoreCase(name)) {
                if (only != null) {
                    return null;
                }
                only = candidate;
            }
        }
        return only;
    }

    Person refresh(Person p) {
        return byKey.getOrDefault(p.key(), p);
    }

    static String key(String name) {
        String n = name.strip();
        int space = n.lastIndexOf(' ');
        String last = space < 0 ? n : n.substring(space + 1);
        return last.replace("’", "'").toLowerCase(Locale.ROOT);
    }
}
