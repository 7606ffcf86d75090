package dev.detente.events;

import dev.detente.events.EventLexicon.Kind;
import dev.detente.events.EventLexicon.Trigger;
import dev.detente.events.lexicon.PhraseIndex;
import dev.detente.nlp.Sentence;
import dev.detente.syntax.Upos;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * First component of the event coder: the triggers of one sentence. At each word that starts a
 * lexicon phrase the longest match wins (verbal, nominal and multi-word entries, inflected by the
 * {@link EventLexicon}); the {@link SenseFilter} then keeps, retypes or drops it; a nominal trigger
 * that is the object of an earlier trigger ("rejected a U.S. request", "called for a ceasefire")
 * is part of that event, not one of its own.
 */
final class TriggerFinder {
    private final PhraseIndex<Trigger> index;
    private final SenseFilter senses;
    private final Clauses clauses;
    private final Set<String> verbContext;
    private final Set<String> gerundContext;
    private final int objectWindow;
    /** Prepositions before a nominal that make it the occasion of an earlier trigger, not its object. */
    private final Set<String> circumstancePrepositions;
    private final Set<PloverType> circumstanceTypes;
    private final EventRules rules;

    TriggerFinder(EventLexicon lexicon, SenseFilter senses, Clauses clauses, EventRules rules) {
        this.index = lexicon.index();
        this.senses = senses;
        this.clauses = clauses;
        this.verbContext = rules.words("triggers", "verb_context");
        this.gerundContext = rules.words("triggers", "gerund_context");
        this.objectWindow = rules.number("triggers", "object_window");
        this.circumstancePrepositions = rules.words("triggers", "circumstance_prepositions");
        Set<PloverType> types = new java.util.HashSet<>();
        for (String t : rules.words("triggers", "circumstance_types")) {
            types.add(PloverType.of(t.toUpperCase(java.util.Locale.ROOT)));
        }
        this.circumstanceTypes = Set.copyOf(types);
        this.rules = rules;
    }

    /** Whether any word of the sentence starts a trigger (one hash lookup a token). */
    boolean mayHold(String[] lower, Sentence s) {
        for (int i = s.firstToken(); i < s.endToken(); i++) {
            if (index.startsPhrase(lower[i])) {
                return true;
            }
        }
        return false;
    }

    List<TriggerHit> find(DocView v, Sentence s) {
        String[] lower = v.lower;
        List<TriggerHit> found = new ArrayList<>(2);
        for (int i = s.firstToken(); i < s.endToken(); i++) {
            if (!index.startsPhrase(lower[i])) {
                continue;
            }
            PhraseIndex.Match<Trigger> best = best(index.matchesAt(lower, i, s.endToken()), lower, i, s.firstToken());
            if (best == null || insideEarlier(found, best)) {
                continue;
            }
            TriggerHit hit = senses.judge(v, s, best, clauses.start(lower, s, best.first()),
                    clauses.end(lower, s, best.end()));
            if (hit != null) {
                found.add(hit);
            }
        }
        List<TriggerHit> kept = new ArrayList<>(found.size());
        for (TriggerHit h : found) {
            boolean documentOfEarlierAct = SenseFilter.DOCUMENT_ACT.equals(h.sense()) && isObjectOfEarlierVerb(found, h, v);
            if (!(h.nominal() && isObjectOfEarlier(found, h, v)) && !documentOfEarlierAct) {
                kept.add(h);
            }
        }
        return kept;
    }

    /** Most words wins; a form that is both verb and noun ("visit", "attacks") is the noun unless a subject pronoun, modal or "to" precedes it. */
    private PhraseIndex.Match<Trigger> best(List<PhraseIndex.Match<Trigger>> matches, String[] lower, int i,
                                            int sentenceStart) {
        boolean nounContext = i == sentenceStart || !(verbContext.contains(lower[i - 1])
                || rules.endsWith(lower[i], EventWord.GERUND_SUFFIXES) && gerundContext.contains(lower[i - 1]));
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

    private static boolean insideEarlier(List<TriggerHit> found, PhraseIndex.Match<Trigger> m) {
        for (TriggerHit f : found) {
            if (m.first() < f.end()) {
                return true;
            }
        }
        return false;
    }

    private boolean isObjectOfEarlier(List<TriggerHit> found, TriggerHit m, DocView v) {
        String[] lower = v.lower;
        for (TriggerHit f : found) {
            if (f != m && f.end() <= m.first() && m.first() - f.end() <= objectWindow
                    && !clauses.breakBetween(lower, f.end(), m.first()) && !coordinatedVerbBetween(v, f.end(), m.first())
                    && !circumstance(lower, f.end(), m)) {
                return true;
            }
        }
        return false;
    }

    /** "Russia blocked a resolution condemning the coup": the text is the object of a verbal trigger before it. */
    private boolean isObjectOfEarlierVerb(List<TriggerHit> found, TriggerHit m, DocView v) {
        for (TriggerHit f : found) {
            if (f != m && !f.nominal() && f.end() <= m.first() && m.first() - f.end() <= objectWindow
                    && !clauses.breakBetween(v.lower, f.end(), m.first())) {
                return true;
            }
        }
        return false;
    }

    /**
     * "congratulated her in a phone call on Friday", "raised the issue during talks in Hanoi": a meeting after
     * "in"/"during" ({@code triggers.circumstance_prepositions}) is the occasion of the earlier act, an event of its own, not its object.
     */
    private boolean circumstance(String[] lower, int from, TriggerHit m) {
        if (!circumstanceTypes.contains(m.type())) {
            return false;
        }
        for (int k = from; k < m.first(); k++) {
            if (circumstancePrepositions.contains(lower[k])) {
                return true;
            }
        }
        return false;
    }

    /** "restored their envoys and resumed talks": the noun is the object of a second, coordinated verb. */
    private boolean coordinatedVerbBetween(DocView v, int from, int to) {
        for (int k = from + 1; k < to; k++) {
            if (v.syntax.pos(k) == Upos.VERB && rules.is(v.lower[k - 1], EventWord.AND)) {
                return true;
            }
        }
        return false;
    }
}
