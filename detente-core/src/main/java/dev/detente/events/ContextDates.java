package dev.detente.events;

import dev.detente.nlp.Sentence;
import dev.detente.statements.Statement;
import dev.detente.time.TimeExpression;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Date component, second pass: an event whose clause gives no date takes the one its context
 * gives — the date its words were said (acts performed by speaking), the previous sentence's, or
 * the news day of the lead.
 */
final class ContextDates {
    private final Set<PloverType> speechActs;

    ContextDates(EventRules rules) {
        Set<PloverType> acts = new java.util.HashSet<>();
        for (String t : rules.words("dates", "speech_acts")) {
            acts.add(PloverType.of(t.toUpperCase(java.util.Locale.ROOT)));
        }
        this.speechActs = Set.copyOf(acts);
    }

    /**
     * Acts performed by speaking (accusing, demanding, rejecting, praising, threatening, agreeing,
     * protesting, conceding) happened when the words were said: an undated one in the sentence of a
     * statement takes the statement's date.
     */
    Event withSaidDate(Event e, Sentence s, List<Statement> statements) {
        if (e.date() != null || !speechActs.contains(e.plover())) {
            return e;
        }
        for (Statement st : statements) {
            boolean here = st.span().overlaps(s.span()) || st.cueSpan() != null && st.cueSpan().overlaps(s.span());
            if (here && st.saidOn() != null && !st.saidOn().isBlank() && Character.isDigit(st.saidOn().charAt(0))) {
                return e.withDate(st.saidOn(), st.saidOnEvidence(), "+date-said");
            }
        }
        return e;
    }

    /**
     * The previous sentence's date when that sentence names one of the event's parties ("His
     * remarks came a day after Trump said ... Trump accused Putin ..."), else the date of an event
     * of the same source in the previous sentence.
     */
    Event withContextDate(Event e, Sentence s, DocView v, List<Event> earlier) {
        if (e.date() != null || s.index() == 0) {
            return e;
        }
        Sentence prev = v.sentences.get(s.index() - 1);
        boolean sharesParty = false;
        for (Participant p : v.participants()) {
            if (p.tokenStart() >= prev.firstToken() && p.tokenEnd() <= prev.endToken() && e.actors().contains(p.name())) {
                sharesParty = true;
                break;
            }
        }
        if (sharesParty) {
            for (TimeExpression t : v.timexes) {
                String date = EventDates.dateOf(t);
                if (date != null && date.length() == 10 && prev.span().contains(t.span())) {
                    return e.withDate(date, t.span(), "+date-of-previous-sentence");
                }
            }
        }
        for (int k = earlier.size() - 1; k >= 0; k--) {
            Event o = earlier.get(k);
            if (o.evidence().start() < prev.start()) {
                break;
            }
            if (o.date() != null && o.sourceId() != null && o.sourceId().equals(e.sourceId())) {
                return e.withDate(o.date(), o.dateEvidence(), "+date-of-previous-event");
            }
        }
        return e;
    }

    /**
     * News reports date their lead ("X on Tuesday accused Y") and leave the day of what follows
     * implicit: an undated event of the lead paragraph, or an undated act performed by speaking
     * anywhere in the report, takes the day of the lead's dated event.
     */
    List<Event> withNewsDay(List<Event> events, DocView v, Set<Integer> headlines) {
        int leadParagraph = -1;
        for (Sentence s : v.sentences) {
            if (!headlines.contains(s.index())) {
                leadParagraph = s.paragraph();
                break;
            }
        }
        Event lead = null;
        for (Event e : events) {
            if (v.sentenceAt(e.evidence().start()).paragraph() != leadParagraph) {
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
            boolean inLead = v.sentenceAt(e.evidence().start()).paragraph() == leadParagraph;
            boolean undatedAct = e.date() == null && (inLead || speechActs.contains(e.plover()) && e.happened());
            out.add(undatedAct ? e.withDate(lead.date(), lead.dateEvidence(), "+news-day") : e);
        }
        return out;
    }
}
