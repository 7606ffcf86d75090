package dev.detente.actors;

import static dev.detente.actors.ActorWord.*;

import dev.detente.knowledge.Knowledge;
import dev.detente.nlp.Sentence;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds personal names and unknown organisations in the tokens the gazetteer left over. A name is a
 * run of capitalised name-shaped words (particles such as "bin", "van" and "al-" prefixes allowed
 * inside, a bracketed word joined: "President (Vladimir) Putin"); a run ending in an organisation or
 * place word ("Agency", "Street") is not a person. A run of two or more words is a person's name
 * unless a determiner precedes it; a single word is one only with evidence (a title or honorific
 * before it, a speech verb after it, a possessive, coordination with a known person), or as the
 * surname of a name found elsewhere. Headline-cased sentences and bylines introduce no new names.
 */
final class NameRecognizer {
    enum RunKind { PERSON, SINGLE, ORGANIZATION, PLACE }

    /** A run of name words: tokens [start, end), the words without brackets, the surname folded for matching. */
    record Run(int start, int end, RunKind kind, List<String> words, String surnameKey) {
        Run(int start, int end, RunKind kind, List<String> words) {
            this(start, end, kind, words, NameMatching.fold(words.get(words.size() - 1)));
        }

        String surname() {
            return words.get(words.size() - 1);
        }
    }

    /** One person of the document: the runs that name them, the fullest first seen. */
    static final class Cluster {
        final int index;
        final List<Run> runs = new ArrayList<>();
        List<String> fullest;
        String surnameKey;

        Cluster(int index, Run first) {
            this.index = index;
            this.fullest = first.words();
            this.surnameKey = first.surnameKey();
            runs.add(first);
        }

        void add(Run run) {
            runs.add(run);
            if (run.words().size() > fullest.size()) {
                fullest = run.words();
                surnameKey = run.surnameKey();
            }
        }
    }

    record Result(List<Run> runs, List<Cluster> persons, int[] clusterOfRun) {
    }


    private final ActorKnowledge knowledge;
    private final ActorWords words;
    private final NameMatching matching;

    NameRecognizer(ActorKnowledge knowledge, NameMatching matching) {
        this.knowledge = knowledge;
        this.words = knowledge.words();
        this.matching = matching;
    }

    Result recognize(TokenView v) {
        List<Run> runs = new ArrayList<>();
        for (Sentence s : v.sentences) {
            findRuns(v, s, runs);
        }
        samePlaceThroughout(runs);
        int[] cluster = new int[runs.size()];
        java.util.Arrays.fill(cluster, -1);
        List<Cluster> persons = new ArrayList<>();
        // full names first, so that a surname seen before its full name still joins it
        for (int r = 0; r < runs.size(); r++) {
            Run run = runs.get(r);
            if (run.kind() == RunKind.PERSON && !v.headline[v.sentenceOf[run.start()]]) {
                cluster[r] = attachOrCreate(persons, run, r, runs, cluster, true);
            }
        }
        for (int round = 0; round < 2; round++) {
            for (int r = 0; r < runs.size(); r++) {
                Run run = runs.get(r);
                if (run.kind() == RunKind.SINGLE && cluster[r] < 0 && !v.headline[v.sentenceOf[run.start()]]
                        && hasEvidence(v, run, runs, cluster, round)) {
                    cluster[r] = attachOrCreate(persons, run, r, runs, cluster, true);
                }
            }
            // the rest (singles without evidence, names in headlines) only join names found so far
            for (int r = 0; r < runs.size(); r++) {
                Run run = runs.get(r);
                if (cluster[r] < 0 && (run.kind() == RunKind.SINGLE || run.kind() == RunKind.PERSON
                        || run.words().size() == 1)) { // "Sun told reporters": a surname that is also a word
                    cluster[r] = attachOrCreate(persons, run, r, runs, cluster, false);
                }
            }
        }
        attachGivenNames(v, runs, cluster, persons);
        return new Result(List.copyOf(runs), persons, cluster);
    }

    /** "Novi Grad, the town across the river ... the mayor of Novi Grad": a name read as a place once is one throughout. */
    private static void samePlaceThroughout(List<Run> runs) {
        java.util.Set<List<String>> places = new java.util.HashSet<>();
        for (Run run : runs) {
            if (run.kind() == RunKind.PLACE) {
                places.add(run.words());
            }
        }
        if (places.isEmpty()) {
            return;
        }
        for (int r = 0; r < runs.size(); r++) {
            Run run = runs.get(r);
            if ((run.kind() == RunKind.PERSON || run.kind() == RunKind.SINGLE) && places.contains(run.words())) {
                runs.set(r, new Run(run.start(), run.end(), RunKind.PLACE, run.words()));
            }
        }
    }

    /**
     * "Prince Faisal", "Sheikh Tamim": a lone given name joins the one person whose name starts with it,
     * after an honorary title or where the full name is of the Arabic pattern (with "bin", "al-"); a
     * lone middle name ("Lula" of "Luiz Inacio Lula da Silva") joins the one person it is part of; a
     * one-word person named several times ("Hua ... Hua said") joins as a whole.
     */
    private void attachGivenNames(TokenView v, List<Run> runs, int[] cluster, List<Cluster> persons) {
        for (int r = 0; r < runs.size(); r++) {
            Run run = runs.get(r);
            if (run.words().size() != 1) {
                continue;
            }
            Cluster own = cluster[r] >= 0 ? persons.get(cluster[r]) : null;
            if (own != null && own.fullest.size() > 1) {
                continue; // a surname of a fuller name already
            }
            Cluster only = null;
            int count = 0;
            boolean middle = false;
            int onlyAt = -1;
            for (Cluster c : persons) {
                int at = c.fullest.size() > 1 ? c.fullest.subList(0, c.fullest.size() - 1).indexOf(run.words().get(0)) : -1;
                if (at >= 0 && c != (cluster[r] >= 0 ? persons.get(cluster[r]) : null)) {
                    only = c;
                    onlyAt = at;
                    middle = at > 0 && !knowledge.isParticle(Gazetteer.normalize(run.words().get(0)));
                    count++;
                }
            }
            if (count != 1) {
                continue;
            }
            int p = run.start() - 1;
            boolean honorary = p >= 0 && v.isHit(p, GazetteerEntry.Type.TITLE)
                    && knowledge.isHonoraryTitle(v.hit[p].firstOf(GazetteerEntry.Type.TITLE).canonical());
            boolean arabic = only.fullest.stream().anyMatch(w -> knowledge.isParticle(Gazetteer.normalize(w))
                    || w.indexOf('-') > 0 && Character.isLowerCase(w.charAt(0)));
            // "Xi" of "Xi Jinping": a short first word of a two-word name is the family name in East Asian order
            boolean familyFirst = onlyAt == 0 && (only.fullest.size() == 2 && run.words().get(0).length() <= 4
                    && only.fullest.get(1).length() >= 2 && !knowledgeOfGivenName(run.words().get(0)) // "Wang" of "Wang Yi"
                    || only.fullest.size() <= 3 && knowledge.isFamilyFirstSurname(run.words().get(0)));
            // "Somchai told reporters" after "Defence Minister Somchai Rattanakul": many naming customs (Thai,
            // Indonesian, Icelandic, Ethiopian) call a person by the first name; one person has it, so it is them
            boolean firstNameOfOne = onlyAt == 0 && own != null;
            if (honorary || arabic || middle || familyFirst || firstNameOfOne) { // "Lula" of "Luiz Inacio Lula da Silva"
                if (own == null) {
                    only.add(run);
                    cluster[r] = only.index;
                } else { // a one-word person of its own ("Hua told ... Hua said"), now merged whole
                    for (Run merged : own.runs) {
                        only.add(merged);
                        cluster[runs.indexOf(merged)] = only.index;
                    }
                    own.runs.clear();
                }
            }
        }
    }

    private int attachOrCreate(List<Cluster> persons, Run run, int r, List<Run> runs, int[] cluster, boolean create) {
        Cluster best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Cluster c : persons) {
            if (!matching.compatible(c.fullest, c.surnameKey, run.words(), run.surnameKey())) {
                continue;
            }
            int distance = Integer.MAX_VALUE;
            for (Run other : c.runs) {
                // prefer the person named most recently before this run, then the nearest after it
                int d = other.start() <= run.start() ? run.start() - other.start() : 1_000_000 + other.start();
                distance = Math.min(distance, d);
            }
            if (distance < bestDistance) {
                bestDistance = distance;
                best = c;
            }
        }
        if (best != null) {
            best.add(run);
            return best.index;
        }
        if (!create) {
            return -1;
        }
        Cluster c = new Cluster(persons.size(), run);
        persons.add(c);
        return c.index;
    }

    private boolean hasEvidence(TokenView v, Run run, List<Run> runs, int[] cluster, int round) {
        int s = run.start();
        int e = run.end();
        Sentence sent = v.sentence(s);
        int p = s - 1;
        if (p >= sent.firstToken() && e - s == 1 && words.locatives().contains(v.lower[p])) {
            return false; // "officials in Augusta said": a place, whatever verb follows
        }
        if (p >= sent.firstToken()) {
            if (knowledge.isHonorific(v.text(p)) || v.is(p, ".") && p > sent.firstToken()
                    && knowledge.isHonorific(v.text(p - 1))) {
                return true;
            }
            if (v.hit[p] != null && v.hit[p].end() == s && v.hit[p].has(GazetteerEntry.Type.TITLE)) {
                return true;
            }
            if (knowledge.isPersonCue(v.lower[p]) && (e >= sent.endToken() || v.is(e, ",") || v.is(e, "."))) {
                return true; // "..., said Smith."
            }
        }
        int k = e;
        for (int skipped = 0; k < sent.endToken() && skipped <= 2; k++, skipped++) {
            if (knowledge.isPersonCue(v.lower[k])) {
                return true;
            }
            boolean commaBeforeAdverb = v.is(k, ",") && k + 1 < sent.endToken() && !v.is(k + 1, ",")
                    && words.skippableBeforeCue().contains(v.lower[k + 1]);
            if (!words.skippableBeforeCue().contains(v.lower[k]) || v.is(k, ",") && !commaBeforeAdverb && skipped == 0) {
                break; // "Smith, however, said" but not "known as Itamaraty, said"
            }
        }
        if (v.is(e, ",") && titledApposition(v, e + 1, sent.endToken())) {
            return true; // "Zelenskiy, the Ukrainian president, said"
        }
        if (v.isPossessive(e) && e + 1 < sent.endToken()) {
            String next = v.text(e + 1);
            if (Character.isLowerCase(next.charAt(0)) || v.isHit(e + 1, GazetteerEntry.Type.TITLE)) {
                return true;
            }
        }
        if (round > 0) {
            // coordination with a person: "between Smith and Jones"
            return coordinatedWithPerson(v, runs, cluster, s - 1, -1) || coordinatedWithPerson(v, runs, cluster, e, +1);
        }
        return false;
    }

    /** "the Ukrainian president", "Iran's foreign minister": a title within a few title-like words. */
    private boolean titledApposition(TokenView v, int k, int end) {
        if (v.is(k, ARTICLE_THE) || v.is(k, INDEFINITE_ARTICLE)) {
            k++;
        }
        for (int n = 0; k < end && n < 5; n++) {
            Gazetteer.Match m = v.hit[k];
            if (m != null && m.has(GazetteerEntry.Type.TITLE) && !knowledge.isGenericRoleNoun(v.lower[k])) {
                return true;
            }
            if (m != null && v.isAffiliation(k)) {
                k = m.end();
            } else if (knowledge.isTitleModifier(v.lower[k]) || v.is(k, POSSESSIVE_CLITIC)) {
                k++;
            } else {
                return false;
            }
        }
        return false;
    }

    private static boolean coordinatedWithPerson(TokenView v, List<Run> runs, int[] cluster, int conj, int dir) {
        if (!(v.is(conj, AND) || v.is(conj, OR))) {
            return false;
        }
        int other = conj + dir;
        for (int r = 0; r < runs.size(); r++) {
            Run run = runs.get(r);
            if (cluster[r] >= 0 && (dir < 0 ? run.end() - 1 == other : run.start() == other)) {
                return true;
            }
        }
        return false;
    }

    private void findRuns(TokenView v, Sentence s, List<Run> out) {
        int first = s.firstToken();
        int end = s.endToken();
        int i = first;
        while (i < end) {
            int start = i;
            List<String> words = new ArrayList<>(4);
            boolean afterTitle = i > first && v.hit[i - 1] != null && v.hit[i - 1].end() == i
                    && v.hit[i - 1].has(GazetteerEntry.Type.TITLE);
            if (afterTitle && this.words.pronounLookalikes().contains(v.lower[i]) && Character.isUpperCase(v.text(i).charAt(0))
                    && i + 1 < end && nameShaped(v, i + 1) && v.hit[i + 1] == null) {
                // "Vice-Premier He Lifeng": after a title a pronoun-like word is a surname
                words.add(v.text(i));
                i++;
            } else if (i == first && this.words.pronounLookalikes().contains(v.lower[i]) && i + 1 < end && nameShaped(v, i + 1)
                    && v.hit[i + 1] == null && i + 2 < end
                    && (v.is(i + 2, ",") || knowledge.isPersonCue(v.lower[i + 2]) || v.is(i + 2, "("))) {
                // a one-syllable surname that looks like a pronoun: "He Lin, a spokesman, said"
                words.add(v.text(i));
                i++;
            } else if (v.text(i).length() == 1 && Character.isUpperCase(v.text(i).charAt(0)) && v.is(i + 1, ".")
                    && i + 2 < end && nameShaped(v, i + 2) && v.hit[i + 2] == null && (i == first || !v.is(i - 1, "."))) {
                words.add(v.text(i) + "."); // a leading initial: "S. Jaishankar"
                i += 2;
            } else if (cityAsGivenName(v, i, first, end)) {
                words.add(v.text(i)); // "Milan Radoicic": a city's name used as a given name
                i++;
            } else if (!nameShaped(v, i) && !bracketed(v, i, end)) {
                i++;
                continue;
            }
            while (i < end) {
                if (nameShaped(v, i)) {
                    words.add(v.text(i));
                    i++;
                } else if (bracketed(v, i, end) && (!words.isEmpty() || nameShaped(v, i + 3))) {
                    words.add(v.text(i + 1));
                    i += 3;
                } else if (!words.isEmpty() && particlesThenName(v, i, end) > i) {
                    int next = particlesThenName(v, i, end);
                    for (int p = i; p < next; p++) {
                        words.add(v.text(p)); // "van der", "bin"
                    }
                    i = next;
                } else if (!words.isEmpty() && v.text(i).length() == 1 && Character.isUpperCase(v.text(i).charAt(0))
                        && v.is(i + 1, ".") && i + 2 < end && nameShaped(v, i + 2)) {
                    words.add(v.text(i) + ".");
                    i += 2; // an initial: "John F. Kennedy"
                } else if (!words.isEmpty() && isRegnalNumeral(v, i)) {
                    words.add(v.text(i)); // "Mohammed VI": the numeral ends the name
                    i++;
                    break;
                } else if (words.size() == 1 && knowledgeOfGivenName(words.get(0)) && innerHonorary(v, i, end)) {
                    words.add(v.text(i)); // "Hassan Sheikh Mohamud": an honorary word inside a name
                    i++;
                } else {
                    break;
                }
            }
            if (words.isEmpty()) {
                i = Math.max(i, start + 1);
                continue;
            }
            if (words.size() == 1 && i < end && knowledgeOfGivenName(words.get(0)) && surnameLikeWord(v, i)) {
                words.add(v.text(i)); // a known given name before a surname spelt like a common word: "Theresa May"
                i++;
            }
            if (isByline(v, start, first)) {
                continue;
            }
            out.add(new Run(start, i, kindOf(v, start, first, words), List.copyOf(words)));
        }
    }

    /** An upper-case regnal numeral at i ("VI", "XIV"), written as such. */
    private boolean isRegnalNumeral(TokenView v, int i) {
        String t = v.text(i);
        return t.equals(t.toUpperCase(java.util.Locale.ROOT)) && knowledge.isRegnalNumeral(v.lower[i]);
    }

    /**
     * A capitalised honorary title word after a known given name and before another name word ("Hassan
     * Sheikh Mohamud"; not "His Highness Sheikh X", where it opens the name): one word,
     * not followed by a comma, the word after it name-shaped and not itself a title.
     */
    private boolean innerHonorary(TokenView v, int i, int end) {
        Gazetteer.Match m = v.hit[i];
        return m != null && m.start() == i && m.end() == i + 1 && m.has(GazetteerEntry.Type.TITLE)
                && knowledge.isHonoraryTitle(m.firstOf(GazetteerEntry.Type.TITLE).canonical())
                && Character.isUpperCase(v.text(i).charAt(0)) && i + 1 < end && nameShaped(v, i + 1)
                && v.hit[i + 1] == null;
    }

    /** After lower-case particles starting at i ("van der"), the index of the name word they lead to, or i. */
    private int particlesThenName(TokenView v, int i, int end) {
        int k = i;
        while (k < end && k - i < 3 && knowledge.isParticle(v.lower[k]) && Character.isLowerCase(v.text(k).charAt(0))) {
            k++;
        }
        return k > i && nameShaped(v, k) ? k : i;
    }

    private boolean knowledgeOfGivenName(String word) {
        return knowledge.givenNameGender(word) != 0;
    }

    /** A capitalised word outside the gazetteer that only the common-word list kept from being a name. */
    private boolean surnameLikeWord(TokenView v, int i) {
        String t = v.text(i);
        return v.hit[i] == null && t.length() > 2 && Character.isUpperCase(t.charAt(0))
                && t.chars().allMatch(Character::isLetter) && knowledge.isNotName(v.lower[i])
                && !knowledge.isPersonCue(v.lower[i]);
    }

    /** "( Word )" at i, the word name-shaped: a bracketed part of a name. */
    private boolean bracketed(TokenView v, int i, int end) {
        return i + 2 < end && v.is(i, "(") && v.is(i + 2, ")") && nameShaped(v, i + 1);
    }

    /** "Gazprom Neft, the Serbian oil company,": an apposition whose head is an organisation word. */
    private boolean describedAsOrganisation(TokenView v, int after) {
        if (!v.is(after, ",") || !(v.is(after + 1, ARTICLE_THE) || v.is(after + 1, INDEFINITE_ARTICLE))) {
            return false;
        }
        for (int k = after + 2; k < Math.min(v.size(), after + 7); k++) {
            // the head comes before a preposition: "X, a professor at Bilgi University," is a person
            if (v.is(k, ",") || v.is(k, ".") || k > after + 2
                    && (words.prepositions().contains(v.lower[k]) || words.locatives().contains(v.lower[k]))) {
                return knowledge.isOrgHead(v.lower[k - 1]);
            }
        }
        return false;
    }

    /** A one-word city or capital right before a name word, not after a preposition of place. */
    private boolean cityAsGivenName(TokenView v, int i, int first, int end) {
        Gazetteer.Match m = v.hit[i];
        if (m == null || m.end() != i + 1 || i + 1 >= end || !nameShaped(v, i + 1)) {
            return false;
        }
        boolean afterTitle = i > first && v.hit[i - 1] != null && v.hit[i - 1].end() == i
                && v.hit[i - 1].has(GazetteerEntry.Type.TITLE);
        if (m.has(GazetteerEntry.Type.COUNTRY)) {
            // "Defense Minister Israel Katz": after a title, a country's name before a surname is a given name
            return afterTitle && !v.isPossessive(i + 1);
        }
        if (!(m.has(GazetteerEntry.Type.CITY) || m.has(GazetteerEntry.Type.CAPITAL))) {
            return false;
        }
        return i == first || !words.placePrepositions().contains(v.lower[i - 1]) && !v.is(i - 1, ARTICLE_THE);
    }

    private RunKind kindOf(TokenView v, int start, int first, List<String> words) {
        String last = Gazetteer.normalize(words.get(words.size() - 1));
        if (knowledge.isOrgHead(last) || describedAsOrganisation(v, start + words.size())) {
            return RunKind.ORGANIZATION;
        }
        if (knowledge.isPlaceHead(last) || knowledge.isPlaceNameStart(Gazetteer.normalize(words.get(0)))
                || start > first && PlaceNames.afterPlaceNoun(knowledge, v, start)
                || PlaceNames.placeApposition(knowledge, v, start + words.size())) {
            return RunKind.PLACE;
        }
        if (words.size() == 1) {
            return RunKind.SINGLE;
        }
        if (start > first && v.is(start - 1, ARTICLE_THE) || words.size() > 5) {
            return RunKind.ORGANIZATION; // "the Pathankot Attack Probe": a thing, not a person
        }
        if (start > first && this.words.locatives().contains(v.lower[start - 1])
                && !v.isPossessive(start + words.size())) {
            return RunKind.PLACE; // "a patrol near Zubin Potok": a place the gazetteer does not know
        }
        return RunKind.PERSON;
    }

    private boolean isByline(TokenView v, int start, int first) {
        if (start == 0 || !v.is(start - 1, BY)) {
            return false;
        }
        return start - 1 == first || start - 2 >= 0 && words.bylineLeads().contains(v.lower[start - 2])
                || start - 2 >= 0 && !Character.isLetterOrDigit(v.text(start - 2).charAt(0)) && start - 2 == first;
    }

    /** A capitalised word that can be part of a personal name (memoised per token: asked several times). */
    boolean nameShaped(TokenView v, int i) {
        if (i < 0 || i >= v.size() || v.hit[i] != null) {
            return false;
        }
        if (v.nameShape[i] == 0) {
            v.nameShape[i] = (byte) (computeNameShaped(v, i) ? 1 : 2);
        }
        return v.nameShape[i] == 1;
    }

    private boolean computeNameShaped(TokenView v, int i) {
        String t = v.text(i);
        if (t.length() < 2) {
            return false;
        }
        char c0 = t.charAt(0);
        if (!Character.isUpperCase(c0)) {
            return prefixedName(t);
        }
        boolean hasLower = false;
        for (int k = 0; k < t.length(); k++) {
            char c = t.charAt(k);
            if (Character.isLetter(c)) {
                hasLower |= Character.isLowerCase(c);
            } else if (c != '-' && c != '\'' && c != '\u2019' && Character.getType(c) != Character.NON_SPACING_MARK) {
                return false;
            }
        }
        String lower = v.lower[i];
        if (!hasLower || knowledge.isNotName(lower) || knowledge.isTitleModifier(lower)) {
            return false;
        }
        if (t.indexOf('-') > 0) {
            boolean allCalendar = true;
            for (String part : lower.split("-")) {
                allCalendar &= knowledge.isCalendarWord(part);
            }
            if (allCalendar) {
                return false; // "May-June"
            }
            for (String part : lower.split("-")) {
                if (knowledge.isNotName(part) && !knowledge.isCalendarWord(part) || isCountryWord(part)) {
                    return false; // "Russia-Ukraine", "Sino-American", "Pro-Kremlin"; "Min-jun" holds no month
                }
            }
        }
        return true;
    }

    private boolean isCountryWord(String lower) {
        for (GazetteerEntry e : knowledge.gazetteer().lookupWord(lower)) {
            if (e.type() == GazetteerEntry.Type.COUNTRY || e.type() == GazetteerEntry.Type.DEMONYM
                    || e.type() == GazetteerEntry.Type.CAPITAL || e.type() == GazetteerEntry.Type.ORGANIZATION) {
                return true;
            }
        }
        return false;
    }

    /** "al-Harthi", "el-Masri", "bin-Rashid": a lower-case Arabic particle joined to a capitalised name. */
    private boolean prefixedName(String t) {
        int dash = t.indexOf('-');
        if (dash < 1 || dash > 3 || dash + 1 >= t.length() || !Character.isUpperCase(t.charAt(dash + 1))) {
            return false;
        }
        return words.namePrefixes().contains(t.substring(0, dash));
    }
}
