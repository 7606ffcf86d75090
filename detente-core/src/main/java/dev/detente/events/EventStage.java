package dev.detente.events;

import dev.detente.doc.Layer;
import dev.detente.statements.StatementLayers;
import dev.detente.time.TimeLayers;
import dev.detente.actors.ActorLayers;
import dev.detente.nlp.TextLayers;
import dev.detente.doc.Doc;
import dev.detente.doc.Span;
import dev.detente.events.PlacePicker.PlacePhrase;
import dev.detente.events.lexicon.CountryGazetteer;
import dev.detente.events.lexicon.WordLayers;
import dev.detente.nlp.Sentence;
import dev.detente.nlp.Token;
import dev.detente.pipeline.Stage;
import dev.detente.knowledge.Knowledge;
import dev.detente.syntax.SyntaxLayers;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds events with a chain of small components, each configured by data ({@code
 * event-lexicon.yaml}, {@code event-rules.yaml}): {@link TriggerFinder} (lexicon phrases) →
 * {@link SenseFilter} (word sense from POS and context) → {@link ModeReader} (asserted, denied,
 * hypothetical, future, demanded) → {@link SidePicker} (source and target parties) →
 * {@link DatePicker} and {@link ContextDates} → {@link PlacePicker} → {@link EventMerger}. Only
 * sentences holding a trigger word are examined (one hash lookup per token).
 */
public final class EventStage implements Stage {
    private final EventLexicon lexicon;
    private final CountryGazetteer countries;
    private final ParticipantFinder participantFinder;
    private final TriggerFinder triggers;
    private final ModeReader modes;
    private final SidePicker sides;
    private final ArgumentReader arguments;
    private final DatePicker dates;
    private final ContextDates contextDates;
    private final PlacePicker places;
    private final NominalStructure structure;
    private final EventRules rules;
    private final EventMerger merger = new EventMerger();

    /** The coder of that knowledge: its trigger lexicon and word lists, with the user's additions. */
    public EventStage(Knowledge knowledge) {
        this(EventLexicon.of(knowledge), CountryGazetteer.of(knowledge), EventRules.of(knowledge));
    }

    EventStage(EventLexicon lexicon, CountryGazetteer countries, EventRules rules) {
        this.lexicon = lexicon;
        this.countries = countries;
        this.rules = rules;
        this.participantFinder = new ParticipantFinder(countries, rules);
        Clauses clauses = new Clauses(rules);
        this.triggers = new TriggerFinder(lexicon, new SenseFilter(rules), clauses, rules);
        this.modes = new ModeReader(rules);
        this.places = new PlacePicker(rules);
        this.sides = new SidePicker(rules, places);
        this.arguments = new ArgumentReader(rules);
        this.dates = new DatePicker(rules);
        this.contextDates = new ContextDates(rules);
        this.structure = new NominalStructure(rules);
    }

    @Override
    public String name() {
        return "events";
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(TextLayers.TOKENS, TextLayers.SENTENCES, WordLayers.LOWERED, WordLayers.COUNTRIES,
                SyntaxLayers.SYNTAX, ActorLayers.ACTORS, ActorLayers.MENTIONS, TimeLayers.TIMEX, StatementLayers.STATEMENTS);
    }

    @Override
    public Set<Layer<?>> adds() {
        return Set.of(EventLayers.EVENTS);
    }

    @Override
    public Doc process(Doc doc) {
        Doc d = doc;
        DocView v = new DocView(doc, lowered(doc.get(WordLayers.LOWERED), doc.list(dev.detente.nlp.TextLayers.TOKENS)),
                doc.get(SyntaxLayers.SYNTAX), () -> participantFinder.find(d, d.list(dev.detente.nlp.TextLayers.TOKENS),
                d.list(dev.detente.nlp.TextLayers.SENTENCES)));
        List<Event> events = new ArrayList<>();
        PairMemory pairs = new PairMemory(countries);
        Set<Integer> headlines = headlineSentences(v);
        for (Sentence s : v.sentences) {
            if (headlines.contains(s.index()) || !triggers.mayHold(v.lower, s)) {
                continue;
            }
            List<TriggerHit> hits = triggers.find(v, s);
            if (hits.isEmpty()) {
                continue;
            }
            pairs.readUpTo(v.participants(), s.firstToken());
            SentenceMemory memory = new SentenceMemory();
            for (TriggerHit h : hits) {
                Event e = code(v, h, hits, events, pairs, memory);
                if (e == null) {
                    continue;
                }
                Event dated = contextDates.withContextDate(contextDates.withSaidDate(
                        contextDates.withOccasionDate(e, s, v, events), s, v.statements), s, v, events);
                if (!merger.duplicate(events, dated, v)) {
                    events.add(dated);
                } else if (dated != e && !merger.duplicate(events, e, v)) {
                    events.add(e);
                }
            }
        }
        return doc.with(EventLayers.EVENTS, List.copyOf(contextDates.withNewsDay(events, v, headlines)));
    }

    /** The last trigger of the sentence that gave an event, and its parties. */
    private static final class SentenceMemory {
        TriggerHit hit;
        SidePicker.Parties parties;
    }

    /** One trigger through the chain: place, parties, habit, date, structure, sides, mode; null when no event. */
    private Event code(DocView v, TriggerHit h, List<TriggerHit> sentenceTriggers, List<Event> earlier, PairMemory pairs,
                       SentenceMemory memory) {
        String[] lower = v.lower;
        if (structure.isTimeAnchor(lower, h)) {
            return null;
        }
        PlacePhrase place = places.after(v, h.end(), h.clauseEnd());
        SidePicker.Parties parties = arguments.refine(v, h, sides.parties(v, h, place, memory.hit, memory.parties));
        if (!h.nominal() && dates.habitual(v, h)) {
            return null;
        }
        DatePicker.Reading date = dates.pick(v, h, sentenceTriggers);
        if (h.nominal() && !structure.hasStructure(lower, h, place, date.near(), parties.targets(), parties.sources())) {
            return null;
        }
        SidePicker.Parties beforeRoles = parties;
        parties = sides.withRoles(v, parties, h);
        SidePicker.Sides found = sides.sides(v, h, parties, earlier, pairs);
        if (found.actors().isEmpty()) {
            return null;
        }
        memory.hit = h;
        memory.parties = beforeRoles;
        ModeReader.Reading mode = modes.of(lower, h);
        List<Token> tokens = v.tokens;
        int start = tokens.get(h.first()).start();
        int end = tokens.get(h.end() - 1).end();
        for (Participant p : beforeRoles.sources()) {
            start = Math.min(start, p.span().start());
        }
        for (Participant p : beforeRoles.targets()) {
            end = Math.max(end, p.span().end());
        }
        if (place != null) {
            end = Math.max(end, place.span().end());
        }
        if (date.timex() != null && date.timex().span().start() >= tokens.get(h.first()).start()) {
            end = Math.max(end, date.timex().span().end());
        }
        String sourceId = parties.sources().isEmpty() ? null : parties.sources().get(0).actorId();
        String targetId = parties.targets().isEmpty() ? null : parties.targets().get(0).actorId();
        String rule = h.rule() + found.ruleSuffix();
        EventExplanation why = new EventExplanation("trigger " + h.rule(), "mode " + mode.explain(),
                "sides " + found.how(), "date " + date.explain());
        return new Event(h.type(), new Span(start, end), sourceId, targetId, found.actors(), date.date(),
                date.timex() == null ? null : date.timex().span(), place == null ? null : place.name(), mode.mode(),
                lexicon.weight(h.type().name()), rule, countriesOf(parties.sources(), parties.targets()), why);
    }

    /**
     * Headlines repeat what the body reports: a one-sentence paragraph among the first three that
     * does not end in sentence punctuation.
     */
    private static Set<Integer> headlineSentences(DocView v) {
        Set<Integer> out = new HashSet<>();
        List<Sentence> sentences = v.sentences;
        for (int i = 0; i < sentences.size() && sentences.get(i).paragraph() < 3; i++) {
            Sentence s = sentences.get(i);
            boolean alone = (i == 0 || sentences.get(i - 1).paragraph() != s.paragraph())
                    && (i + 1 == sentences.size() || sentences.get(i + 1).paragraph() != s.paragraph());
            if (alone && s.tokenCount() > 0) {
                String last = v.tokens.get(s.endToken() - 1).text();
                if (!(last.equals(".") || last.equals("!") || last.equals("?") || last.equals("\"")
                        || last.equals("\u201d"))) {
                    out.add(s.index());
                }
            }
        }
        return out;
    }

    /** Lower-cased tokens; a capitalised month name that is also a modal ("May") is the month, never the modal. */
    private String[] lowered(String[] shared, List<Token> tokens) {
        String[] lower = shared.clone();
        for (int i = 0; i < lower.length; i++) {
            String w = lower[i];
            if (rules.is(w, EventWord.MONTH_MODALS) && rules.isMonth(w) && titleCased(tokens.get(i).text(), w)) {
                lower[i] = w + ":month";
            }
        }
        return lower;
    }

    /** "May", not "may" or "MAY": the first letter upper case, the rest as in the lower-cased word. */
    private static boolean titleCased(String text, String lower) {
        return !text.isEmpty() && Character.isUpperCase(text.charAt(0)) && text.length() == lower.length()
                && text.regionMatches(1, lower, 1, lower.length() - 1);
    }

    /**
     * A side is an actor id: a party the actors layer has no actor for ("British-flagged") is named
     * among the event's actors but is no side; without an actors layer (a bare test document) its name.
     */
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
}
