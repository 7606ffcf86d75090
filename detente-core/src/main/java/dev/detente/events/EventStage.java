package dev.detente.events;

import dev.detente.doc.Doc;
import dev.detente.doc.Span;
import dev.detente.events.Event.Mode;
import dev.detente.events.EventLexicon.Kind;
import dev.detente.events.EventLexicon.Trigger;
import dev.detente.events.lexicon.CountryGazetteer;
import dev.detente.events.lexicon.PhraseIndex;
import dev.detente.events.lexicon.WordLayers;
import dev.detente.nlp.Sentence;
import dev.detente.nlp.TextLayers;
import dev.detente.nlp.Token;
import dev.detente.pipeline.Stage;
import dev.detente.statements.Statement;
import dev.detente.statements.StatementLayers;
import dev.detente.time.TimeExpression;
import dev.detente.time.TimeLayers;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Finds events: a trigger from the {@link EventLexicon} (verbal, or nominal with structure around
 * it), its source and target parties in the clause, the date expression of the clause, the place
 * ("in Riyadh", "in the Russian city of St. Petersburg") and the evidence span, with its
 * {@link Mode}. Only sentences that hold a trigger word are examined (one hash lookup per token).
 */
public final class EventStage implements Stage {
    private static final Set<String> CLAUSE_BREAKS = Set.of(";", "but", "while", "whereas", "although", "though");
    /** Words after which a form that is both verb and noun ("attacks", "visit") is the verb. */
    private static final Set<String> VERB_CONTEXT = Set.of("he", "she", "they", "we", "i", "it", "who", "which", "to",
            "will", "would", "could", "can", "may", "might", "should", "must", "shall", "did", "do", "does", "not",
            "never", "also", "then", "already", "later", "again", "jointly", "reportedly", "repeatedly", "and");
    private static final Set<String> PARTY_PREPOSITIONS = Set.of("between", "against");
    /** Between a party and the trigger after it, these words mean the party speaks about the event, not in it. */
    private static final Set<String> SOURCE_BLOCKERS = Set.of("which", "who", "whose", "that", "said", "says", "told",
            "stated", "added", "noted", "according", "reported", "\u201c", "\u201d", "\"");
    /** Between the trigger and a party after it, these words put the party in another clause or a time phrase. */
    private static final Set<String> TARGET_BLOCKERS = Set.of("since", "after", "before", "during", "until", "when",
            "because", "which", "who", "whose", "that", "while", "if", "as", "amid", "despite", "said", "says", "told",
            "stated", "added", "noted", "according", "reported", "\u201c", "\u201d", "\"");
    /** Prepositions after which an -ing form that is also a noun ("after meeting X") is the verb. */
    private static final Set<String> GERUND_CONTEXT = Set.of("after", "before", "while", "by", "when", "without");
    private static final int TARGET_REACH = 8;
    private static final Set<String> LOCATING_PREPOSITIONS = Set.of("in", "across", "among", "from", "at");
    private static final Set<String> OCCURRENCE = Set.of("took", "take", "taken", "takes", "held", "began", "begun",
            "begins", "concluded", "ended", "started", "opened", "continued", "happened", "occurred", "resumed",
            "was", "were", "came", "launched", "underway", "imposed", "declared", "agreed", "announced", "reached",
            "signed", "introduced", "established", "brokered");
    private static final Set<String> PAIR_WORDS = Set.of("sides", "countries", "nations", "parties", "governments",
            "neighbours", "neighbors", "states", "capitals", "leaders", "delegations");
    private static final Set<String> PLACE_NOUNS = Set.of("city", "capital", "town", "region", "province", "resort",
            "port", "village", "state", "district", "island");
    private static final int OBJECT_WINDOW = 8;
    /** A date this close to a nominal trigger belongs to it ("talks in Istanbul on Feb. 27"). */
    private static final int NEAR_DATE = 10;
    private static final int SECOND_MENTION_REACH = 4;
    private static final Set<String> SPEECH_ACTS = Set.of("ACCUSE", "REQUEST", "REJECT", "SUPPORT", "THREATEN", "AGREE",
            "PROTEST", "CONCEDE");
    /** "In an interview on Fox News, X praised Y": a party after these is in an adverbial, not a subject. */
    private static final Set<String> INTRO_PREPOSITIONS = Set.of("on", "in", "at", "from", "after", "during", "for",
            "to", "by", "via", "with");
    /** Role words that may stand between coordinated parties ("X met Argentine counterpart Y"). */
    private static final Set<String> ROLE_NOUNS = Set.of("counterpart", "counterparts", "officials", "leaders", "envoy",
            "envoys", "minister", "ministers", "president", "delegation", "representatives", "diplomats", "foreign",
            "special", "his", "her", "their", "its", "top", "senior", "key", "members", "spokesman", "spokesperson");
    /** Words that may stand between a trigger and its place besides the parties' names. */
    private static final Set<String> PARTY_PHRASE_WORDS = Set.of("between", "and", "with", "the", "of", ",", "'s",
            "\u2019s", "his", "her", "their", "its", "officials", "leaders", "counterpart", "counterparts", "delegation",
            "delegations", "envoy", "envoys", "representatives", "ministers", "minister", "president", "diplomats",
            "foreign", "special", "members", "key", "top", "senior", "here", "there", "also", "today", "yesterday",
            "talks", "meeting", "took", "take", "place", "held", "was", "were", "on", "facilitated", "hosted", "mediated",
            "by", "(", ")", "\u201c", "\u201d", "\"");

    private final EventLexicon lexicon;
    private final CountryGazetteer countries;
    private final ParticipantFinder participantFinder;

    public EventStage() {
        this(EventLexicon.defaults(), CountryGazetteer.defaults());
    }

    EventStage(EventLexicon lexicon, CountryGazetteer countries) {
        this.lexicon = lexicon;
        this.countries = countries;
        this.participantFinder = new ParticipantFinder(countries);
    }

    @Override
    public String name() {
        return "events";
    }

    @Override
    public Doc process(Doc doc) {
        doc = WordLayers.ensure(doc, countries);
        List<Token> tokens = doc.list(TextLayers.TOKENS);
        List<Sentence> sentences = doc.list(TextLayers.SENTENCES);
        String[] lower = lowered(doc.get(WordLayers.LOWERED), tokens);
        TokenIndex tix = new TokenIndex(tokens);
        PhraseIndex<Trigger> index = lexicon.index();
        List<Participant> participants = null;
        List<TimeExpression> timexes = doc.list(TimeLayers.TIMEX);
        List<Event> events = new ArrayList<>();
        List<String> lastPair = new ArrayList<>();
        int pairScanned = 0;
        Set<Integer> headlines = headlineSentences(doc, sentences, tokens);
        List<Statement> statements = doc.list(StatementLayers.STATEMENTS);
        for (Sentence s : sentences) {
            if (headlines.contains(s.index())) {
                continue;
            }
            List<PhraseIndex.Match<Trigger>> triggers = triggersIn(index, lower, s);
            if (triggers.isEmpty()) {
                continue;
            }
            if (participants == null) {
                participants = participantFinder.find(doc, tokens, sentences);
            }
            pairScanned = updateLastPair(participants, pairScanned, s.firstToken(), lastPair);
            for (PhraseIndex.Match<Trigger> m : triggers) {
                Event e = eventAt(doc, tokens, tix, lower, s, m, triggers, participants, timexes, lastPair, events);
                if (e == null) {
                    continue;
                }
                Event dated = withContextDate(withSaidDate(e, s, statements), s, sentences, participants, timexes, events);
                if (!duplicate(events, dated, sentences)) {
                    events.add(dated);
                } else if (dated != e && !duplicate(events, e, sentences)) {
                    events.add(e);
                }
            }
        }
        return doc.with(EventLayers.EVENTS, List.copyOf(withNewsDay(events, sentences, headlines)));
    }

    /**
     * News reports date their lead ("X on Tuesday accused Y") and leave the day of what follows
     * implicit: an undated event of the lead paragraph, or an undated act performed by speaking
     * anywhere in the report, takes the day of the lead's dated event.
     */
    private static List<Event> withNewsDay(List<Event> events, List<Sentence> sentences, Set<Integer> headlines) {
        int leadParagraph = -1;
        for (Sentence s : sentences) {
            if (!headlines.contains(s.index())) {
                leadParagraph = s.paragraph();
                break;
            }
        }
        Event lead = null;
        for (Event e : events) {
            Sentence s = sentences.get(sentenceIndex(sentences, e.evidence().start()));
            if (s.paragraph() != leadParagraph) {
                break;
            }
            if (e.date() != null && e.date().length() == 10) {
                lead = e;
                break;
            }
        }
        if (lead == null) {
            return events;
        }
        List<Event> out = new ArrayList<>(events.size());
        for (Event e : events) {
            boolean inLead = sentences.get(sentenceIndex(sentences, e.evidence().start())).paragraph() == leadParagraph;
            boolean undatedAct = e.date() == null && (inLead || SPEECH_ACTS.contains(e.type()) && e.happened());
            out.add(undatedAct ? redated(e, lead.date(), lead.dateEvidence(), "+news-day") : e);
        }
        return out;
    }

    /**
     * Headlines repeat what the body reports: a one-sentence paragraph among the first three that
     * does not end in sentence punctuation.
     */
    private static Set<Integer> headlineSentences(Doc doc, List<Sentence> sentences, List<Token> tokens) {
        Set<Integer> out = new java.util.HashSet<>();
        for (int i = 0; i < sentences.size() && sentences.get(i).paragraph() < 3; i++) {
            Sentence s = sentences.get(i);
            boolean alone = (i == 0 || sentences.get(i - 1).paragraph() != s.paragraph())
                    && (i + 1 == sentences.size() || sentences.get(i + 1).paragraph() != s.paragraph());
            if (alone && s.tokenCount() > 0) {
                String last = tokens.get(s.endToken() - 1).text();
                if (!(last.equals(".") || last.equals("!") || last.equals("?") || last.equals("\"")
                        || last.equals("\u201d"))) {
                    out.add(s.index());
                }
            }
        }
        return out;
    }

    /** Lower-cased tokens; a capitalised "May" is the month, never the modal. */
    private static String[] lowered(String[] shared, List<Token> tokens) {
        String[] lower = shared.clone();
        for (int i = 0; i < lower.length; i++) {
            if (tokens.get(i).text().equals("May")) {
                lower[i] = "may:month";
            }
        }
        return lower;
    }

    /** The triggers of one sentence, minus nominal ones that are the object of another trigger ("rejected ... a truce"). */
    private List<PhraseIndex.Match<Trigger>> triggersIn(PhraseIndex<Trigger> index, String[] lower, Sentence s) {
        List<PhraseIndex.Match<Trigger>> found = new ArrayList<>(2);
        for (int i = s.firstToken(); i < s.endToken(); i++) {
            if (!index.startsPhrase(lower[i])) {
                continue;
            }
            PhraseIndex.Match<Trigger> best = best(index.matchesAt(lower, i, s.endToken()), lower, i, s.firstToken());
            if (best != null && !insideEarlier(found, best) && (best.value().kind() == Kind.NOUN
                    || TriggerSenses.isEventSense(lower, s.firstToken(), s.endToken(), best.first(), best.end()))) {
                found.add(best);
            }
        }
        List<PhraseIndex.Match<Trigger>> kept = new ArrayList<>(found.size());
        for (PhraseIndex.Match<Trigger> m : found) {
            if (m.value().kind() == Kind.NOUN && isObjectOfEarlier(found, m, lower)) {
                continue;
            }
            kept.add(m);
        }
        return kept;
    }

    /** Most words wins; a form that is both verb and noun ("visit", "attacks") is the noun unless a subject pronoun, modal or "to" precedes it. */
    private static PhraseIndex.Match<Trigger> best(List<PhraseIndex.Match<Trigger>> matches, String[] lower, int i,
                                                   int sentenceStart) {
        boolean nounContext = i == sentenceStart || !(VERB_CONTEXT.contains(lower[i - 1])
                || lower[i].endsWith("ing") && GERUND_CONTEXT.contains(lower[i - 1]));
        PhraseIndex.Match<Trigger> best = null;
        for (PhraseIndex.Match<Trigger> m : matches) {
            if (best == null) {
                best = m;
                continue;
            }
            int a = m.entry().wordCount();
            int b = best.entry().wordCount();
            if (a > b || a == b && m.value().kind() != best.value().kind()
                    && (m.value().kind() == Kind.NOUN) == nounContext) {
                best = m;
            }
        }
        return best;
    }

    private static boolean insideEarlier(List<PhraseIndex.Match<Trigger>> found, PhraseIndex.Match<Trigger> m) {
        for (PhraseIndex.Match<Trigger> f : found) {
            if (m.first() < f.end()) {
                return true;
            }
        }
        return false;
    }

    private static boolean isObjectOfEarlier(List<PhraseIndex.Match<Trigger>> found, PhraseIndex.Match<Trigger> m,
                                             String[] lower) {
        for (PhraseIndex.Match<Trigger> f : found) {
            if (f != m && f.end() <= m.first() && m.first() - f.end() <= OBJECT_WINDOW
                    && !clauseBreakBetween(lower, f.end(), m.first())) {
                return true;
            }
        }
        return false;
    }

    private static boolean clauseBreakBetween(String[] lower, int from, int to) {
        for (int k = from; k < to; k++) {
            if (CLAUSE_BREAKS.contains(lower[k]) || lower[k].equals(".")) {
                return true;
            }
        }
        return false;
    }

    private Event eventAt(Doc doc, List<Token> tokens, TokenIndex tix, String[] lower, Sentence s, PhraseIndex.Match<Trigger> m,
                          List<PhraseIndex.Match<Trigger>> sentenceTriggers,
                          List<Participant> participants, List<TimeExpression> timexes, List<String> lastPair,
                          List<Event> earlier) {
        Trigger trigger = m.value();
        boolean nominal = trigger.kind() == Kind.NOUN;
        int cs = clauseStart(lower, s, m.first());
        int ce = clauseEnd(lower, s, m.end());
        if (nominal && followsSince(lower, cs, m.first())) {
            return null;
        }
        PlacePhrase place = placeAfter(tokens, lower, m.end(), ce);
        List<Participant> inClause = new ArrayList<>();
        for (Participant p : participants) {
            if (p.tokenStart() >= cs && p.tokenEnd() <= ce && (place == null || !place.covers(p))
                    && !(p.tokenStart() > 0 && (lower[p.tokenStart() - 1].equals("in") || lower[p.tokenStart() - 1].equals("of")
                    && p.tokenStart() > 1 && PLACE_NOUNS.contains(lower[p.tokenStart() - 2])))) {
                inClause.add(p);
            }
        }
        List<Participant> sources = groupBefore(inClause, tokens, lower, m.first());
        List<Participant> targets = new ArrayList<>(inGap(inClause, m));
        targets.addAll(groupAfter(inClause, tokens, lower, m.end()));
        if (passiveWithAgent(lower, m)) {
            List<Participant> swap = sources;
            sources = targets;
            targets = swap;
        }
        if (!nominal && habitual(timexes, tokens.get(m.first()).start(), tokens.get(ce - 1).end())) {
            return null;
        }
        TimeExpression timex = timexIn(timexes, tokens, tix, lower, cs, ce, m, sentenceTriggers);
        String date = EventDates.dateOf(timex);
        boolean dateNear = timex != null && tokenDistance(tix, timex.span(), m) <= NEAR_DATE;
        if (nominal && !hasStructure(lower, m, ce, place, dateNear, targets, sources)) {
            return null;
        }
        List<String> actors = new ArrayList<>(names(sources));
        for (String n : names(targets)) {
            if (!actors.contains(n)) {
                actors.add(n);
            }
        }
        String rule = trigger.rule();
        int pairSide = pairPhraseNextTo(lower, cs, ce, m);
        if (pairSide != 0) {
            List<String> pair = pairOfPreviousEvent(earlier);
            pair = pair != null ? pair : lastPair.size() == 2 ? List.copyOf(lastPair) : null;
            if (pair != null) {
                // "the two sides held talks" / "urged both sides to": the pair takes the place of the
                // party found on that side (often the reporting speaker, "according to X, the two sides...").
                actors.clear();
                actors.addAll(pairSide < 0 ? pair : names(sources));
                for (String n : pairSide < 0 ? names(targets) : pair) {
                    if (!actors.contains(n)) {
                        actors.add(n);
                    }
                }
                rule += " +pair-anaphor";
            }
        }
        if (actors.isEmpty() && mentionsPair(lower, cs, ce)) {
            List<String> pair = pairOfPreviousEvent(earlier);
            actors.addAll(pair != null ? pair : lastPair.size() == 2 ? lastPair : List.of());
            rule += " +pair-anaphor";
        }
        if (actors.isEmpty() && nominal) {
            for (Participant p : inClause) {
                boolean blocked = p.tokenEnd() <= m.first() ? blocked(lower, p.tokenEnd(), m.first(), SOURCE_BLOCKERS)
                        : blocked(lower, m.end(), p.tokenStart(), TARGET_BLOCKERS);
                if (!blocked && !actors.contains(p.name())) {
                    actors.add(p.name());
                }
            }
            rule += " +parties-of-clause";
        }
        if (actors.isEmpty() && nominal) {
            Event antecedent = nearestEarlier(earlier, doc, s, trigger.type());
            if (antecedent != null) {
                actors.addAll(antecedent.actors());
                rule += " +parties-of-previous-event";
            }
        }
        if (actors.isEmpty()) {
            return null;
        }
        Mode mode = EventModes.of(lower, s.firstToken(), cs, ce, m.first(), m.end(), nominal);
        int start = tokens.get(m.first()).start();
        int end = tokens.get(m.end() - 1).end();
        for (Participant p : sources) {
            start = Math.min(start, p.span().start());
        }
        for (Participant p : targets) {
            end = Math.max(end, p.span().end());
        }
        if (place != null) {
            end = Math.max(end, place.span.end());
        }
        if (timex != null && timex.span().start() >= tokens.get(m.first()).start()) {
            end = Math.max(end, timex.span().end());
        }
        String sourceId = sources.isEmpty() ? null : idOf(sources.get(0));
        String targetId = targets.isEmpty() ? null : idOf(targets.get(0));
        return new Event(trigger.type(), new Span(start, end), sourceId, targetId, actors, date,
                timex == null ? null : timex.span(), place == null ? null : place.name, mode,
                lexicon.weight(trigger.type()), rule, countriesOf(sources, targets));
    }

    /** "has negotiated for more than a decade", "meet every month": a habit or a stretch of time, not one event. */
    private static boolean habitual(List<TimeExpression> timexes, int from, int to) {
        for (TimeExpression t : timexes) {
            if (t.span().start() >= from && t.span().end() <= to && (t.kind() == TimeExpression.TimexKind.SET
                    || t.kind() == TimeExpression.TimexKind.DURATION && t.text().regionMatches(true, 0, "for ", 0, 4)
                    && longStretch(t.value()))) {
                return true;
            }
        }
        return false;
    }

    /** Months or years ("P10Y", "P6M"): "met for three hours" is still one meeting. */
    private static boolean longStretch(String value) {
        return value != null && value.startsWith("P") && !value.startsWith("PT")
                && (value.endsWith("Y") || value.endsWith("M"));
    }

    private static String idOf(Participant p) {
        return p.actorId() != null ? p.actorId() : p.name();
    }

    private static List<String> countriesOf(List<Participant> sources, List<Participant> targets) {
        Set<String> out = new LinkedHashSet<>();
        for (Participant p : sources) {
            if (p.country() != null) {
                out.add(p.country());
            }
        }
        for (Participant p : targets) {
            if (p.country() != null) {
                out.add(p.country());
            }
        }
        return List.copyOf(out);
    }

    private static List<String> names(List<Participant> ps) {
        List<String> out = new ArrayList<>(ps.size());
        for (Participant p : ps) {
            if (!out.contains(p.name())) {
                out.add(p.name());
            }
        }
        return out;
    }

    private static int clauseStart(String[] lower, Sentence s, int from) {
        for (int k = from - 1; k >= s.firstToken(); k--) {
            if (CLAUSE_BREAKS.contains(lower[k])) {
                return k + 1;
            }
        }
        return s.firstToken();
    }

    private static int clauseEnd(String[] lower, Sentence s, int from) {
        for (int k = from; k < s.endToken(); k++) {
            if (CLAUSE_BREAKS.contains(lower[k])) {
                return k;
            }
        }
        return s.endToken();
    }

    /** "since the invasion": a nominal event used as a time anchor is background, not news. */
    private static boolean followsSince(String[] lower, int cs, int first) {
        for (int k = Math.max(cs, first - 4); k < first; k++) {
            if (lower[k].equals("since")) {
                return true;
            }
        }
        return false;
    }

    /** The parties right before the trigger: the nearest one and those coordinated with it ("X and Y met"). */
    private static List<Participant> groupBefore(List<Participant> ps, List<Token> tokens, String[] lower, int first) {
        List<Participant> out = new ArrayList<>(2);
        for (int k = ps.size() - 1; k >= 0; k--) {
            Participant p = ps.get(k);
            if (p.tokenEnd() > first) {
                continue;
            }
            if (out.isEmpty() && blocked(lower, p.tokenEnd(), first, SOURCE_BLOCKERS)) {
                break;
            }
            if (out.isEmpty() || coordinated(tokens, p.tokenEnd(), out.get(0).tokenStart())
                    && !(p.tokenStart() > 0 && INTRO_PREPOSITIONS.contains(lower[p.tokenStart() - 1]))) {
                out.add(0, p);
            } else {
                break;
            }
        }
        return out;
    }

    /** The parties right after the trigger ("talks between the US and Ukraine", "accused the White House"). */
    private static List<Participant> groupAfter(List<Participant> ps, List<Token> tokens, String[] lower, int end) {
        List<Participant> out = new ArrayList<>(2);
        for (Participant p : ps) {
            if (p.tokenStart() < end) {
                continue;
            }
            int scanFrom = end < lower.length && lower[end].equals("that") ? end + 1 : end; // "demanding that Iran stop"
            if (out.isEmpty() && (p.tokenStart() - end > TARGET_REACH || blocked(lower, scanFrom, p.tokenStart(), TARGET_BLOCKERS))) {
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
        for (int k = from; k < to; k++) {
            if (blockers.contains(lower[k])) {
                return true;
            }
        }
        return false;
    }

    /** Only joining words, commas and capitalised title words between two parties ("X, EU Council President Y and Z"). */
    private static boolean coordinated(List<Token> tokens, int from, int to) {
        if (to - from > 6) {
            return false;
        }
        for (int k = from; k < to; k++) {
            Token t = tokens.get(k);
            String w = t.lower();
            if (!(w.equals(",") || w.equals("and") || w.equals("&") || w.equals("the") || w.equals("of") || w.equals("'s")
                    || w.equals("\u2019s") || w.equals("(") || w.equals(")") || t.isCapitalized() || ROLE_NOUNS.contains(w))) {
                return false;
            }
        }
        return true;
    }

    /** "expelled three Russian diplomats": a party inside the trigger's gap is its target. */
    private static List<Participant> inGap(List<Participant> ps, PhraseIndex.Match<Trigger> m) {
        if (m.gapTokens().isEmpty()) {
            return List.of();
        }
        List<Participant> out = new ArrayList<>(1);
        for (Participant p : ps) {
            if (p.tokenStart() > m.first() && p.tokenEnd() <= m.end() && m.gapTokens().contains(p.tokenStart())) {
                out.add(p);
            }
        }
        return out;
    }

    /** "seized by the U.S.": the agent after "by" is the source. */
    private static boolean passiveWithAgent(String[] lower, PhraseIndex.Match<Trigger> m) {
        int next = m.end();
        String head = lower[m.first()];
        return next < lower.length && lower[next].equals("by") && head.endsWith("ed") && m.end() - m.first() == 1;
    }

    /**
     * The date expression of the trigger's clause nearest to it, unless a reporting verb or
     * relative word stands between them ("said Tuesday that talks...") or it dates a "since" phrase.
     */
    private static TimeExpression timexIn(List<TimeExpression> timexes, List<Token> tokens, TokenIndex tix,
                                          String[] lower, int cs, int ce, PhraseIndex.Match<Trigger> m,
                                          List<PhraseIndex.Match<Trigger>> sentenceTriggers) {
        if (timexes.isEmpty() || cs >= ce) {
            return null;
        }
        int from = tokens.get(cs).start();
        int to = tokens.get(ce - 1).end();
        int trig = tokens.get(m.first()).start();
        TimeExpression best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (TimeExpression t : timexes) {
            if (t.span().start() < from || t.span().end() > to || EventDates.dateOf(t) == null) {
                continue;
            }
            int tFirst = tix.firstAtOrAfter(t.span().start());
            boolean before = tFirst < m.first();
            if (before ? blocked(lower, tFirst, m.first(), SOURCE_BLOCKERS) || blocked(lower, tFirst, m.first(), Set.of("since"))
                    : blocked(lower, m.end(), tFirst, TARGET_BLOCKERS)) {
                continue;
            }
            if (datesSincePhrase(lower, cs, tFirst) || otherTriggerBetween(sentenceTriggers, m, tFirst)) {
                continue;
            }
            int d = Math.abs(t.span().start() - trig);
            if (d < bestDistance) {
                best = t;
                bestDistance = d;
            }
        }
        return best;
    }

    private static boolean hasStructure(String[] lower, PhraseIndex.Match<Trigger> m, int ce, PlacePhrase place,
                                        boolean dateNear, List<Participant> targets, List<Participant> sources) {
        int after = m.end();
        if (place != null || dateNear) {
            return true;
        }
        if (after < ce && PARTY_PREPOSITIONS.contains(lower[after]) && !targets.isEmpty()
                && targets.get(0).tokenStart() - after <= 4) {
            return true;
        }
        if (!m.value().type().equals("CONSULT") && !sources.isEmpty()
                && m.first() - sources.get(sources.size() - 1).tokenEnd() <= 2) {
            return true; // "Israeli military strikes", "Russia's invasion"; a bare "US talks" is no meeting
        }
        for (int k = after; k < Math.min(ce, after + 8); k++) {
            if (OCCURRENCE.contains(lower[k]) && !(lower[k].equals("was") || lower[k].equals("were"))
                    || (lower[k].equals("was") || lower[k].equals("were")) && k + 1 < ce && lower[k + 1].equals("held")) {
                return true;
            }
        }
        return false;
    }

    /** "seeking the return of properties seized ... between 2016 and 2018": the date goes with the nearer trigger. */
    private static boolean otherTriggerBetween(List<PhraseIndex.Match<Trigger>> triggers, PhraseIndex.Match<Trigger> m,
                                               int timexFirst) {
        for (PhraseIndex.Match<Trigger> o : triggers) {
            if (o != m && (timexFirst >= m.end() ? o.first() >= m.end() && o.end() <= timexFirst
                    : o.first() >= timexFirst && o.end() <= m.first())) {
                return true;
            }
        }
        return false;
    }

    /** "since the end of the war in 2020": the date of a "since" phrase is a time anchor, not the event's date. */
    private static boolean datesSincePhrase(String[] lower, int cs, int timexFirst) {
        for (int k = timexFirst - 1; k >= Math.max(cs, timexFirst - 8); k--) {
            if (lower[k].equals(",")) {
                return false;
            }
            if (lower[k].equals("since")) {
                return true;
            }
        }
        return false;
    }

    /** Tokens between a span and the trigger (0 when they touch). */
    private static int tokenDistance(TokenIndex tix, Span span, PhraseIndex.Match<Trigger> m) {
        int first = tix.firstAtOrAfter(span.start());
        int end = tix.firstAtOrAfter(span.end());
        return first >= m.end() ? first - m.end() : end <= m.first() ? m.first() - end : 0;
    }

    /** -1 when "the two sides"/"both countries" is the trigger's subject (up to two words before it), +1 its object, else 0. */
    private static int pairPhraseNextTo(String[] lower, int cs, int ce, PhraseIndex.Match<Trigger> m) {
        for (int k = Math.max(cs, m.first() - 5); k + 1 < m.first() && k + 1 >= m.first() - 4; k++) {
            if (isPairPhrase(lower, k) && !afterPreposition(lower, cs, k)) {
                return -1;
            }
        }
        int after = m.end();
        if (after < ce && lower[after].equals("the")) {
            after++;
        }
        return after + 1 < ce && isPairPhrase(lower, after) ? 1 : 0;
    }

    /** "business groups in both countries": the pair phrase only locates someone else, it does not act. */
    private static boolean afterPreposition(String[] lower, int cs, int k) {
        int before = k - 1;
        if (before >= cs && lower[before].equals("the")) {
            before--;
        }
        return before >= cs && LOCATING_PREPOSITIONS.contains(lower[before]);
    }

    /** "the two sides", "both countries", also with one modifier: "the two Gulf neighbours". */
    private static boolean isPairPhrase(String[] lower, int k) {
        return (lower[k].equals("two") || lower[k].equals("both")) && (PAIR_WORDS.contains(lower[k + 1])
                || k + 2 < lower.length && PAIR_WORDS.contains(lower[k + 2]));
    }

    private static boolean mentionsPair(String[] lower, int cs, int ce) {
        for (int k = cs; k + 1 < ce; k++) {
            if ((lower[k].equals("two") || lower[k].equals("both")) && PAIR_WORDS.contains(lower[k + 1])
                    && !afterPreposition(lower, cs, k)) {
                return true;
            }
        }
        return false;
    }

    /** The countries of the latest event between two or more countries, for "the two sides then met". */
    private List<String> pairOfPreviousEvent(List<Event> earlier) {
        for (int k = earlier.size() - 1; k >= 0; k--) {
            List<String> codes = earlier.get(k).countries();
            if (codes.size() >= 2) {
                return List.of(countries.name(codes.get(0)), countries.name(codes.get(1)));
            }
        }
        return null;
    }

    /** Keeps the last two distinct countries named before token {@code upTo}, for "the two sides". */
    private static int updateLastPair(List<Participant> ps, int scanned, int upTo, List<String> pair) {
        int k = scanned;
        while (k < ps.size() && ps.get(k).tokenStart() < upTo) {
            Participant p = ps.get(k);
            if (p.isCountry() && !pair.contains(p.name())) {
                pair.add(p.name());
                if (pair.size() > 2) {
                    pair.remove(0);
                }
            } else if (p.isCountry()) {
                pair.remove(p.name());
                pair.add(p.name());
            }
            k++;
        }
        return k;
    }

    /** The latest event of the same type in the two sentences before, for "A second round took place on April 10". */
    private static Event nearestEarlier(List<Event> earlier, Doc doc, Sentence s, String type) {
        List<Sentence> sentences = doc.list(TextLayers.SENTENCES);
        int reach = sentences.get(Math.max(0, s.index() - 2)).start();
        for (int k = earlier.size() - 1; k >= 0 && earlier.get(k).evidence().start() >= reach; k--) {
            if (earlier.get(k).type().equals(type)) {
                return earlier.get(k);
            }
        }
        return null;
    }

    /**
     * A second mention of one event: for a nominal or inferred event, the same type and date with
     * the same parties, or shared parties (or two shared countries) at the same named place or (one
     * place unnamed) within two sentences, or an undated, unplaced one with shared parties a few sentences on
     * ("Trump's latest ultimatum"); a verbal event with its own parties repeats another only in the
     * same sentence.
     */
    private static boolean duplicate(List<Event> events, Event e, List<Sentence> sentences) {
        boolean secondMention = e.rule().startsWith("noun:") || e.rule().contains("+");
        for (Event o : events) {
            if (o.mode() != e.mode() || !o.type().equals(e.type())) {
                continue;
            }
            boolean sameDate = Objects.equals(o.date(), e.date());
            boolean sameParties = Set.copyOf(o.actors()).equals(Set.copyOf(e.actors()));
            boolean sharedParties = o.actors().stream().anyMatch(e.actors()::contains)
                    || o.countries().stream().filter(e.countries()::contains).count() >= 2;
            boolean samePlace = o.place() != null && o.place().equals(e.place());
            boolean placeOpen = o.place() == null || e.place() == null || samePlace;
            int apart = Math.abs(sentenceIndex(sentences, o.evidence().start()) - sentenceIndex(sentences, e.evidence().start()));
            if (!secondMention) {
                if (sameDate && sameParties && apart == 0) {
                    return true;
                }
                continue;
            }
            if (sameDate && (sameParties && placeOpen || sharedParties && (samePlace || placeOpen && apart <= 2))
                    || e.date() == null && e.place() == null && o.actors().stream().anyMatch(e.actors()::contains)
                    && apart <= SECOND_MENTION_REACH) {
                return true;
            }
        }
        return false;
    }

    private static int sentenceIndex(List<Sentence> sentences, int offset) {
        int lo = 0;
        int hi = sentences.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (sentences.get(mid).start() <= offset) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    /**
     * An event whose clause has no date takes the one its context gives: the previous sentence's
     * date when that sentence names one of the event's parties ("His remarks came a day after
     * Trump said ... Trump accused Putin ..."), else the date of an event of the same source in
     * the previous sentence.
     */
    private static Event withContextDate(Event e, Sentence s, List<Sentence> sentences, List<Participant> participants,
                                         List<TimeExpression> timexes, List<Event> earlier) {
        if (e.date() != null || s.index() == 0) {
            return e;
        }
        Sentence prev = sentences.get(s.index() - 1);
        boolean sharesParty = false;
        for (Participant p : participants) {
            if (p.tokenStart() >= prev.firstToken() && p.tokenEnd() <= prev.endToken() && e.actors().contains(p.name())) {
                sharesParty = true;
                break;
            }
        }
        if (sharesParty) {
            for (TimeExpression t : timexes) {
                String date = EventDates.dateOf(t);
                if (date != null && date.length() == 10 && prev.span().contains(t.span())) {
                    return redated(e, date, t.span(), "+date-of-previous-sentence");
                }
            }
        }
        for (int k = earlier.size() - 1; k >= 0; k--) {
            Event o = earlier.get(k);
            if (o.evidence().start() < prev.start()) {
                break;
            }
            if (o.date() != null && o.sourceId() != null && o.sourceId().equals(e.sourceId())) {
                return redated(e, o.date(), o.dateEvidence(), "+date-of-previous-event");
            }
        }
        return e;
    }

    /**
     * Acts performed by speaking (accusing, demanding, rejecting, praising, threatening, agreeing,
     * protesting, conceding) happened when the words were said: an undated one in the sentence of a
     * statement takes the statement's date.
     */
    private static Event withSaidDate(Event e, Sentence s, List<Statement> statements) {
        if (e.date() != null || !SPEECH_ACTS.contains(e.type())) {
            return e;
        }
        for (Statement st : statements) {
            boolean here = st.span().overlaps(s.span()) || st.cueSpan() != null && st.cueSpan().overlaps(s.span());
            if (here && st.saidOn() != null && !st.saidOn().isBlank() && Character.isDigit(st.saidOn().charAt(0))) {
                return redated(e, st.saidOn(), st.saidOnEvidence(), "+date-said");
            }
        }
        return e;
    }

    private static Event redated(Event e, String date, Span evidence, String why) {
        return new Event(e.type(), e.evidence(), e.sourceId(), e.targetId(), e.actors(), date, evidence, e.place(), e.mode(),
                e.weight(), e.rule() + " " + why, e.countries());
    }

    /** A place phrase after the trigger: its tokens, span and name. */
    private record PlacePhrase(int first, int end, Span span, String name) {
        boolean covers(Participant p) {
            return p.tokenStart() >= first && p.tokenEnd() <= end;
        }
    }

    /** "in Riyadh", "in the Russian city of St. Petersburg", "in Oman's capital, Muscat" (→ Oman). */
    private static PlacePhrase placeAfter(List<Token> tokens, String[] lower, int from, int ce) {
        for (int k = from; k < ce - 1; k++) {
            if (!lower[k].equals("in")) {
                continue;
            }
            if (!onlyPartyWords(tokens, lower, from, k)) {
                return null;
            }
            int j = k + 1;
            if (lower[j].equals("the")) {
                j++;
            }
            // "the Russian city of X": skip the descriptor
            int d = j;
            while (d < ce && d < j + 3 && !lower[d].equals("of")) {
                d++;
            }
            if (d < ce && lower[d].equals("of") && d > j && PLACE_NOUNS.contains(lower[d - 1]) && d + 1 < ce) {
                j = d + 1;
            }
            int e = capitalizedRunEnd(tokens, j, ce);
            if (e == j || isTimeWord(lower[j])) {
                continue;
            }
            int listEnd = e;
            while (listEnd + 1 < ce && (lower[listEnd].equals(",") || lower[listEnd].equals("and"))) {
                int next = capitalizedRunEnd(tokens, listEnd + 1, ce);
                if (next == listEnd + 1) {
                    break;
                }
                listEnd = next;
            }
            StringBuilder name = new StringBuilder();
            for (int q = j; q < e; q++) {
                if (q > j) {
                    name.append(' ');
                }
                name.append(tokens.get(q).text());
            }
            return new PlacePhrase(k, listEnd, new Span(tokens.get(k).start(), tokens.get(e - 1).end()), name.toString());
        }
        return null;
    }

    /** The place must follow the trigger or its parties directly, not some later phrase of the clause. */
    private static boolean onlyPartyWords(List<Token> tokens, String[] lower, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!(tokens.get(k).isCapitalized() || PARTY_PHRASE_WORDS.contains(lower[k]))) {
                return false;
            }
        }
        return true;
    }

    private static int capitalizedRunEnd(List<Token> tokens, int from, int limit) {
        int e = from;
        while (e < limit && tokens.get(e).isCapitalized() && tokens.get(e).isWord()) {
            e++;
        }
        return e;
    }

    private static boolean isTimeWord(String w) {
        return w.startsWith("jan") || w.startsWith("feb") || w.equals("march") || w.startsWith("apr") || w.startsWith("may")
                || w.startsWith("jun") || w.startsWith("jul") || w.startsWith("aug") || w.startsWith("sep")
                || w.startsWith("oct") || w.startsWith("nov") || w.startsWith("dec") || w.endsWith("day")
                || Character.isDigit(w.charAt(0));
    }
}
