package dev.detente.events;

import dev.detente.events.PlacePicker.PlacePhrase;
import dev.detente.nlp.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Participants component: the source and target parties of a trigger in its clause — the parties
 * right before it (and those coordinated with them), those inside its gap ("expelled three Russian
 * diplomats") and right after it, swapped for a passive with an agent ("seized by the U.S."); "the
 * two sides" stands for the pair of the previous event or the last two countries named; a nominal
 * event without adjacent parties takes the clause's or the previous same-type event's.
 */
final class SidePicker {
    private static final int TARGET_REACH = 8;
    /** How long a relative clause between a subject and its verb may be, in tokens. */
    private static final int RELATIVE_REACH = 15;
    /** How the sides of a verb that shares the previous verb's subject were read (ArgumentReader leaves them). */
    static final String SHARED_SUBJECT = "subject shared with the previous verb of the sentence";

    /** The clause's parties, and those found on each side of the trigger. */
    record Parties(List<Participant> inClause, List<Participant> sources, List<Participant> targets, String how) {
    }

    /** Every participant's name, sources first, and how the list was found. */
    record Sides(List<String> actors, String ruleSuffix, String how) {
    }

    private final Set<String> sourceBlockers;
    private final Set<String> targetBlockers;
    private final Set<String> locatingPrepositions;
    private final Set<String> pairWords;
    private final Set<String> personPairWords;
    private final Set<String> pairVerbGap;
    private final Set<String> relativeOpeners;
    private final Set<String> introPrepositions;
    private final Set<String> roleNouns;
    private final Set<String> passiveAuxiliaries;
    private final PlacePicker places;
    private final EventRules rules;

    SidePicker(EventRules rules, PlacePicker places) {
        this.rules = rules;
        this.sourceBlockers = rules.words("participants", "source_blockers");
        this.targetBlockers = rules.words("participants", "target_blockers");
        this.locatingPrepositions = rules.words("participants", "locating_prepositions");
        this.pairWords = rules.words("participants", "pair_words");
        this.personPairWords = rules.words("participants", "person_pair_words");
        this.pairVerbGap = rules.words("participants", "pair_verb_gap");
        this.relativeOpeners = rules.words("participants", "relative_openers");
        this.introPrepositions = rules.words("participants", "intro_prepositions");
        this.roleNouns = rules.words("participants", "role_nouns");
        this.passiveAuxiliaries = rules.words("participants", "passive_auxiliaries");
        this.places = places;
    }

    /**
     * The parties of trigger {@code h}; {@code previous} is the last trigger of the same sentence
     * that gave an event (with its parties), or null.
     */
    Parties parties(DocView v, TriggerHit h, PlacePhrase place, TriggerHit previous, Parties previousParties) {
        Parties own = parties(v, h, place);
        if (previous == null || previousParties.sources().isEmpty() || !sharesSubject(v.lower, h, previous, own)) {
            return own;
        }
        // "X visited Moscow and held talks with Y", "Rebels attacked the base, killing 12": the second
        // verb has the first one's subject, not the party standing between them
        return new Parties(own.inClause(), previousParties.sources(), own.targets(),
                SHARED_SUBJECT);
    }

    /** A verb right after "and" or a comma (a participle), whose nearest party before it stands after the previous trigger's verb. */
    private boolean sharesSubject(String[] lower, TriggerHit h, TriggerHit previous, Parties own) {
        int before = h.first() - 1;
        if (h.nominal() || before <= previous.end() || previous.sentence() != h.sentence()) {
            return false;
        }
        boolean joined = rules.is(lower[before], EventWord.AND) && !lower[before - 1].equals(",")
                || lower[before].equals(",") && rules.endsWith(lower[h.first()], EventWord.GERUND_SUFFIXES);
        if (!joined) {
            return false;
        }
        // a party inside the previous trigger's words ("summoned Ukraine's ambassador and accused") is its object
        return own.sources().isEmpty() || own.sources().get(0).tokenStart() > previous.first();
    }

    private Parties parties(DocView v, TriggerHit h, PlacePhrase place) {
        String[] lower = v.lower;
        int cs = h.clauseStart();
        int ce = h.clauseEnd();
        List<Participant> inClause = new ArrayList<>();
        for (Participant p : v.participants()) {
            if (p.tokenStart() >= cs && p.tokenEnd() <= ce && (place == null || !place.covers(p))
                    && !places.namesPlace(lower, p.tokenStart())) {
                inClause.add(p);
            }
        }
        List<Participant> sources = groupBefore(inClause, v.tokens, lower, h.first(), !h.nominal());
        List<Participant> targets = new ArrayList<>();
        for (Participant p : inGap(inClause, h)) {
            // "resumed military communications", "put its army on alert": the source's own forces qualify the object
            if (p.isCountry() || p.country() == null || sources.stream().noneMatch(q -> p.country().equals(q.country()))) {
                targets.add(p);
            }
        }
        targets.addAll(groupAfter(inClause, v.tokens, lower, h.end()));
        String how = "subject before, object after";
        if (passiveWithAgent(v.tokens, lower, h)) {
            List<Participant> swap = sources;
            sources = targets;
            targets = swap;
            how = "passive: agent after 'by' is the source";
        }
        return new Parties(inClause, sources, targets, how);
    }

    /** The pair roles PLOVER gives a joint act, applied once the parties are found. */
    Parties withRoles(DocView v, Parties ps, TriggerHit h) {
        List<Participant> sources = ps.sources();
        List<Participant> targets = ps.targets();
        String how = ps.how();
        sources = withoutModifiers(sources, v.tokens);
        targets = withoutSources(withoutModifiers(targets, v.tokens), sources);
        if (targets.isEmpty() && sources.size() >= 2) {
            // "Japan and South Korea agreed", "Indian and Pakistani troops clashed": a joint act of a
            // pair; PLOVER codes the first named as the source, the other as the target
            targets = List.copyOf(sources.subList(1, sources.size()));
            sources = List.of(sources.get(0));
            how = "coordinated subjects: the first is the source, the others the target";
        } else if (sources.isEmpty() && targets.size() >= 2 && h.nominal()) {
            // "a truce between Israel and Hamas", "talks between Moscow and Washington"
            sources = List.of(targets.get(0));
            targets = List.copyOf(targets.subList(1, targets.size()));
            how = "nominal between a pair: the first is the source";
        }
        return new Parties(ps.inClause(), sources, targets, how);
    }

    Sides sides(DocView v, TriggerHit h, Parties ps, List<Event> earlier, PairMemory pairs) {
        String[] lower = v.lower;
        int cs = h.clauseStart();
        int ce = h.clauseEnd();
        List<String> actors = new ArrayList<>(names(ps.sources()));
        for (String n : names(ps.targets())) {
            if (!actors.contains(n)) {
                actors.add(n);
            }
        }
        String suffix = "";
        String how = ps.how();
        pairs.readPersonsUpTo(v.participants(), h.first());
        int pairSide = pairPhraseNextTo(lower, cs, ce, h);
        // "the ministers agreed", "the two had agreed": only the two persons named before, never a guess of countries
        boolean barePersons = pairSide == 0 && barePersonPairBefore(lower, cs, h) && pairs.personPairFor(earlier) != null;
        // "and that both had agreed to meet": "both" alone as the subject is the pair named before
        boolean bareBoth = pairSide == 0 && !barePersons && bareBothBefore(lower, cs, h, ps);
        barePersons = barePersons || bareBoth && pairs.personPairFor(earlier) != null;
        if (barePersons || bareBoth) {
            pairSide = -1;
        }
        if (pairSide != 0) {
            List<String> pair = pairSide > 0 ? pairNamedAfter(ps, h) : null;
            // "the two ministers agreed": the two persons named before, where there are such
            pair = pair == null && (barePersons || personPairNextTo(lower, cs, ce, h)) ? pairs.personPairFor(earlier) : pair;
            pair = pair != null ? pair : pairs.pairFor(earlier);
            if (pair != null) {
                // "the two sides held talks" / "urged both sides to": the pair takes the place of the
                // party found on that side (often the reporting speaker, "according to X, the two sides...").
                actors.clear();
                actors.addAll(pairSide < 0 ? pair : names(ps.sources()));
                for (String n : pairSide < 0 ? names(ps.targets()) : pair) {
                    if (!actors.contains(n)) {
                        actors.add(n);
                    }
                }
                suffix += " +pair-anaphor";
                how = "'the two sides' as the " + (pairSide < 0 ? "subject" : "object") + ": the pair named before";
            }
        }
        if (actors.isEmpty() && mentionsPair(lower, cs, ce)) {
            List<String> pair = pairs.pairFor(earlier);
            actors.addAll(pair != null ? pair : List.of());
            suffix += " +pair-anaphor";
            how = "'the two sides' in the clause: the pair named before";
        }
        if (actors.isEmpty() && h.nominal()) {
            for (Participant p : ps.inClause()) {
                boolean blocked = p.tokenEnd() <= h.first() ? blocked(lower, p.tokenEnd(), h.first(), sourceBlockers)
                        : blocked(lower, h.end(), p.tokenStart(), targetBlockers);
                if (!blocked && !actors.contains(p.name())) {
                    actors.add(p.name());
                }
            }
            suffix += " +parties-of-clause";
            how = "nominal: the parties of its clause";
        }
        if (actors.isEmpty() && h.nominal()) {
            Event antecedent = nearestEarlier(earlier, v, h);
            if (antecedent != null) {
                actors.addAll(antecedent.actors());
                suffix += " +parties-of-previous-event";
                how = "nominal: the parties of the previous " + h.type() + " event";
            }
        }
        return new Sides(actors, suffix, how);
    }

    /** "X met his counterpart": a party does not act on itself ("his" is the source again). */
    private static List<Participant> withoutSources(List<Participant> targets, List<Participant> sources) {
        if (targets.isEmpty() || sources.isEmpty()) {
            return targets;
        }
        List<Participant> out = new ArrayList<>(targets.size());
        for (Participant t : targets) {
            if (t.actorId() == null || sources.stream().noneMatch(s -> t.actorId().equals(s.actorId()))) {
                out.add(t);
            }
        }
        return out;
    }

    /**
     * "U.S. Secretary of State Marco Rubio": a country right before a person of that country only
     * qualifies them; "UN Secretary-General Antonio Guterres": so does a body or country joined to
     * the name by title words; "Foreign Minister Sergei Lavrov": title and name are one party.
     */
    private static List<Participant> withoutModifiers(List<Participant> ps, List<Token> tokens) {
        if (ps.size() < 2) {
            return ps;
        }
        List<Participant> out = new ArrayList<>(ps.size());
        for (int i = 0; i < ps.size(); i++) {
            Participant p = ps.get(i);
            Participant next = i + 1 < ps.size() ? ps.get(i + 1) : null;
            boolean modifier = !p.isPerson() && next != null && next.isPerson() && next.tokenStart() - p.tokenEnd() <= 5
                    && (p.isCountry() && p.country() != null && p.country().equals(next.country())
                        || titleWordsBetween(tokens, p.tokenEnd(), next.tokenStart()));
            boolean again = out.stream().anyMatch(o -> o.name().equals(p.name())
                    || o.actorId() != null && o.actorId().equals(p.actorId()));
            if (!modifier && !again) {
                out.add(p); // a person's title and name are two mentions of one party
            }
        }
        return out;
    }

    /** Only capitalised words (a title: "Secretary-General", "Foreign Minister") between two parties. */
    private static boolean titleWordsBetween(List<Token> tokens, int from, int to) {
        if (to <= from) {
            return false;
        }
        for (int k = from; k < to; k++) {
            if (!tokens.get(k).isCapitalized() || !tokens.get(k).isWord()) {
                return false;
            }
        }
        return true;
    }

    /** "urged both sides in the conflict between Armenia and Azerbaijan": the pair named in the clause after the phrase. */
    private static List<String> pairNamedAfter(Parties ps, TriggerHit h) {
        List<String> sources = names(ps.sources());
        List<String> out = new ArrayList<>(2);
        for (Participant p : ps.inClause()) {
            if (p.tokenStart() >= h.end() && p.isCountry() && !sources.contains(p.name()) && !out.contains(p.name())) {
                out.add(p.name());
            }
        }
        return out.size() == 2 ? out : null;
    }

    /** -1 when "the two sides"/"both countries" is the trigger's subject (up to two words before it), +1 its object, else 0. */
    private int pairPhraseNextTo(String[] lower, int cs, int ce, TriggerHit m) {
        for (int k = Math.max(cs, m.first() - 5); k + 1 < m.first() && k + 1 >= m.first() - 4; k++) {
            if (isPairPhrase(lower, k) && !afterPreposition(lower, cs, k)) {
                return -1;
            }
        }
        int after = m.end();
        if (after < ce && rules.is(lower[after], EventWord.THE)) {
            after++;
        }
        return after + 1 < ce && isPairPhrase(lower, after) ? 1 : 0;
    }

    /** True when the pair phrase next to the trigger names persons ("the two ministers", "both foreign ministers"). */
    private boolean personPairNextTo(String[] lower, int cs, int ce, TriggerHit m) {
        for (int k = Math.max(cs, m.first() - 5); k + 1 < m.first() && k + 1 >= m.first() - 4; k++) {
            if (isPairPhrase(lower, k) && personNoun(lower, k)) {
                return true;
            }
        }
        int after = m.end();
        if (after < ce && rules.is(lower[after], EventWord.THE)) {
            after++;
        }
        return after + 1 < ce && isPairPhrase(lower, after) && personNoun(lower, after);
    }

    /**
     * "The ministers agreed", "the two had agreed": a plural person noun, or "the two" alone, as the
     * trigger's subject (only auxiliaries and adverbs between).
     */
    private boolean barePersonPairBefore(String[] lower, int cs, TriggerHit m) {
        int k = m.first() - 1;
        while (k > cs && pairVerbGap.contains(lower[k])) {
            k--;
        }
        if (k - 1 < cs || !rules.is(lower[k - 1], EventWord.THE)) {
            return false;
        }
        return personPairWords.contains(lower[k]) || rules.is(lower[k], EventWord.PAIR_COUNTS) && !rules.is(lower[k], EventWord.THE);
    }

    /** "both had agreed": "both" right before the trigger (auxiliaries between), not after named subjects ("X and Y both agreed"). */
    private boolean bareBothBefore(String[] lower, int cs, TriggerHit m, Parties ps) {
        if (m.nominal()) {
            return false; // "both attacks": a determiner of the nominal event
        }
        int k = m.first() - 1;
        while (k > cs && pairVerbGap.contains(lower[k]) && !rules.is(lower[k], EventWord.PAIR_PRONOUNS)) {
            k--;
        }
        if (k < cs || !rules.is(lower[k], EventWord.PAIR_PRONOUNS)) {
            return false;
        }
        for (Participant p : ps.sources()) {
            if (p.tokenEnd() == k) {
                return false;
            }
        }
        return k == cs || !rules.is(lower[k - 1], EventWord.THING_PRONOUNS) && !rules.is(lower[k - 1], EventWord.PERSON_PRONOUNS);
    }

    private boolean personNoun(String[] lower, int k) {
        return personPairWords.contains(lower[k + 1]) || k + 2 < lower.length && personPairWords.contains(lower[k + 2]);
    }

    /** "business groups in both countries": the pair phrase only locates someone else, it does not act. */
    private boolean afterPreposition(String[] lower, int cs, int k) {
        int before = k - 1;
        if (before >= cs && rules.is(lower[before], EventWord.THE)) {
            before--;
        }
        return before >= cs && locatingPrepositions.contains(lower[before]);
    }

    /** "the two sides", "both countries", also with one modifier: "the two Gulf neighbours". */
    private boolean isPairPhrase(String[] lower, int k) {
        return rules.is(lower[k], EventWord.PAIR_COUNTS) && (pairWords.contains(lower[k + 1])
                || personPairWords.contains(lower[k + 1])
                || k + 2 < lower.length && (pairWords.contains(lower[k + 2]) || personPairWords.contains(lower[k + 2])));
    }

    private boolean mentionsPair(String[] lower, int cs, int ce) {
        for (int k = cs; k + 1 < ce; k++) {
            if (rules.is(lower[k], EventWord.PAIR_COUNTS) && pairWords.contains(lower[k + 1])
                    && !afterPreposition(lower, cs, k)) {
                return true;
            }
        }
        return false;
    }

    /** The latest event of the same type in the two sentences before, for "A second round took place on April 10". */
    private static Event nearestEarlier(List<Event> earlier, DocView v, TriggerHit h) {
        int reach = v.sentences.get(Math.max(0, h.sentence().index() - 2)).start();
        for (int k = earlier.size() - 1; k >= 0 && earlier.get(k).evidence().start() >= reach; k--) {
            if (earlier.get(k).plover() == h.type()) {
                return earlier.get(k);
            }
        }
        return null;
    }

    /** The parties right before the trigger: the nearest one and those coordinated with it ("X and Y met"). */
    private List<Participant> groupBefore(List<Participant> ps, List<Token> tokens, String[] lower, int trigger,
                                         boolean verbal) {
        int first = beforeRelativeClause(lower, trigger);
        int blockersEnd = verbal ? beforeOpeningQuote(tokens, lower, first) : first;
        List<Participant> out = new ArrayList<>(2);
        for (int k = ps.size() - 1; k >= 0; k--) {
            Participant p = ps.get(k);
            if (p.tokenEnd() > first) {
                continue;
            }
            if (out.isEmpty() && blocked(lower, p.tokenEnd(), blockersEnd, sourceBlockers)) {
                break;
            }
            if (out.isEmpty() || coordinated(tokens, p.tokenEnd(), out.get(0).tokenStart())
                    && !(p.tokenStart() > 0 && introPrepositions.contains(lower[p.tokenStart() - 1]))) {
                out.add(0, p);
            } else {
                break;
            }
        }
        return out;
    }

    /**
     * "Egypt \u201creserves its right", "Turkey would \"not hesitate": a partial quotation opened right
     * before the trigger quotes the subject's own words, so its opening mark does not cut the subject off.
     */
    private int beforeOpeningQuote(List<Token> tokens, String[] lower, int trigger) {
        // a capitalised word after the mark opens a title or a quotation of its own ('NBC's "Meet the Press"')
        if (trigger < 2 || !rules.is(lower[trigger - 1], EventWord.OPENING_QUOTE_MARKS) || tokens.get(trigger).isCapitalized()) {
            return trigger;
        }
        int k = trigger - 1;
        // an opening mark is written against the word it opens, after a space ('Sanders" rally' closes a quotation)
        if (tokens.get(k).end() != tokens.get(trigger).start() || tokens.get(k - 1).end() == tokens.get(k).start()) {
            return trigger;
        }
        // after punctuation ("said: \"We reserve ...") the quotation is a statement of its own
        if (lower[k - 1].codePoints().noneMatch(Character::isLetterOrDigit)) {
            return trigger;
        }
        return k;
    }

    /**
     * "The Philippines, which chairs ASEAN this year, welcomed": a relative clause set off by commas
     * right before the trigger stands between it and its subject; the subject ends at the clause's comma.
     */
    private int beforeRelativeClause(String[] lower, int trigger) {
        if (trigger < 3 || !rules.is(lower[trigger - 1], EventWord.COMMA)) {
            return trigger;
        }
        for (int k = trigger - 2; k > 0 && k >= trigger - RELATIVE_REACH; k--) {
            if (rules.is(lower[k], EventWord.COMMA)) {
                return relativeOpeners.contains(lower[k + 1]) ? k : trigger;
            }
        }
        return trigger;
    }

    /** The parties right after the trigger ("talks between the US and Ukraine", "accused the White House"). */
    private List<Participant> groupAfter(List<Participant> ps, List<Token> tokens, String[] lower, int end) {
        List<Participant> out = new ArrayList<>(2);
        for (Participant p : ps) {
            if (p.tokenStart() < end) {
                continue;
            }
            int scanFrom = end < lower.length && rules.is(lower[end], EventWord.THAT) ? end + 1 : end; // "demanding that Iran stop"
            if (out.isEmpty() && (p.tokenStart() - end > TARGET_REACH || blocked(lower, scanFrom, p.tokenStart(), targetBlockers))) {
                break;
            }
            if (out.isEmpty() || coordinated(tokens, out.get(out.size() - 1).tokenEnd(), p.tokenStart())) {
                out.add(p);
            } else {
                break;
            }
        }
        return out;
    }

    private static boolean blocked(String[] lower, int from, int to, Set<String> blockers) {
        return LowerWords.anyIn(lower, from, to, blockers);
    }

    /** Only joining words, commas and capitalised title words between two parties ("X, EU Council President Y and Z"). */
    private boolean coordinated(List<Token> tokens, int from, int to) {
        if (to - from > 6) {
            return false;
        }
        for (int k = from; k < to; k++) {
            Token t = tokens.get(k);
            String w = t.lower();
            if (!(rules.is(w, EventWord.COORDINATION) || t.isCapitalized() || roleNouns.contains(w))) {
                return false;
            }
        }
        return true;
    }

    /** "expelled three Russian diplomats": a party inside the trigger's gap is its target. */
    private static List<Participant> inGap(List<Participant> ps, TriggerHit m) {
        if (m.match().gapTokens().isEmpty()) {
            return List.of();
        }
        List<Participant> out = new ArrayList<>(1);
        for (Participant p : ps) {
            if (p.tokenStart() > m.first() && p.tokenEnd() <= m.end() && m.match().gapTokens().contains(p.tokenStart())) {
                out.add(p);
            }
        }
        return out;
    }

    /** "seized by the U.S.": the agent after "by" is the source. */
    private boolean passiveWithAgent(List<Token> tokens, String[] lower, TriggerHit m) {
        int next = m.end();
        String head = lower[next - 1];
        // a one-word verb, or a phrase ending in its own passive ("officials were expelled by Algeria")
        boolean passiveForm = m.end() - m.first() == 1
                || m.end() - m.first() > 2 && passiveAuxiliaries.contains(lower[next - 2]);
        if (!passiveForm || !rules.endsWith(head, EventWord.PAST_SUFFIXES) || next + 1 >= lower.length) {
            return false;
        }
        if (rules.is(lower[next], EventWord.BY)) {
            return true;
        }
        // "were shelled overnight by Azerbaijani forces": one lower-case adverb before the agent, after a passive auxiliary
        return rules.is(lower[next + 1], EventWord.BY) && tokens.get(next).isWord() && !tokens.get(next).isCapitalized()
                && m.first() > 0 && passiveAuxiliaries.contains(lower[m.first() - 1]);
    }

    static List<String> names(List<Participant> ps) {
        List<String> out = new ArrayList<>(ps.size());
        for (Participant p : ps) {
            if (!out.contains(p.name())) {
                out.add(p.name());
            }
        }
        return out;
    }
}
