package dev.detente.events;

import dev.detente.nlp.Sentence;
import dev.detente.statements.Statement;
import dev.detente.time.TimeAttachment;
import dev.detente.time.TimeExpression;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Date component, second pass: an event whose clause gives no date takes the one its context
 * gives — the date its words were said (acts performed by speaking), the previous sentence's, or
 * the news day of the lead (for what the first paragraphs report, unless told as background).
 */
final class ContextDates {
    /** How many paragraphs from the lead report the day's news (further down: background and reaction). */
    private static final int NEWS_PARAGRAPHS = 3;
    private final Set<PloverType> speechActs;
    private final Set<String> backgroundAuxiliaries;
    private final Set<String> sequenceAdverbs;

    ContextDates(EventRules rules) {
        this.sequenceAdverbs = Set.copyOf(rules.words("dates", "sequence_adverbs"));
        this.backgroundAuxiliaries = Set.copyOf(rules.words("dates", "background_auxiliaries"));
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
     * "had spoken by phone with Y on Monday and the two had agreed to ...": an undated event of the
     * same sentence between the same two parties as a dated one happened on the same occasion.
     */
    Event withOccasionDate(Event e, Sentence s, DocView v, List<Event> earlier) {
        if (e.date() != null || e.actors().size() < 2) {
            return e;
        }
        for (int k = earlier.size() - 1; k >= 0; k--) {
            Event o = earlier.get(k);
            if (o.evidence().start() < s.start()) {
                break;
            }
            // a month or year too when the sentence tells a response ("expelled ... in December, and Moscow responded by")
            if (o.date() != null && (o.date().length() == 10 || followsOn(s, v))
                    && o.actors().containsAll(e.actors().subList(0, 2))) {
                return e.withDate(o.date(), o.dateEvidence(), "+date-of-same-occasion");
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
                // a month or year only when the sentence says it followed ("Both countries then recalled ...")
                if (date != null && (date.length() == 10 || followsOn(s, v)) && prev.span().contains(t.span())) {
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

    /** Whether the sentence tells what came next ("then", "responded by"): it happened when the sentence before says. */
    private boolean followsOn(Sentence s, DocView v) {
        for (int k = s.firstToken(); k < s.endToken(); k++) {
            if (sequenceAdverbs.contains(v.lower[k])) {
                return true;
            }
        }
        return false;
    }

    /**
     * News reports date their lead ("X on Tuesday accused Y") and leave the day of what follows
     * implicit: an undated event of the lead paragraph, or an undated act performed by speaking
     * anywhere in the report, takes the day of the lead's dated event (or, after a lede with no
     * dated event, of the first dated event of the opening paragraphs).
     */
    List<Event> withNewsDay(List<Event> events, DocView v, Set<Integer> headlines) {
        List<Integer> opening = new ArrayList<>(NEWS_PARAGRAPHS); // the lead and the paragraphs right after it
        for (Sentence s : v.sentences) {
            if (!headlines.contains(s.index()) && !opening.contains(s.paragraph())) {
                opening.add(s.paragraph());
                if (opening.size() == NEWS_PARAGRAPHS) {
                    break;
                }
            }
        }
        int leadParagraph = opening.isEmpty() ? -1 : opening.get(0);
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
            // a scene-setting lede ("In this windswept village ...") leaves the news to the next paragraphs:
            // their first event dated to the day gives the news day
            for (Event e : events) {
                if (!opening.contains(v.sentenceAt(e.evidence().start()).paragraph())) {
                    break;
                }
                if (e.date() != null && e.date().length() == 10 && e.happened() && !background(v, e)) {
                    lead = e;
                    break;
                }
            }
        }
        List<Event> out = new ArrayList<>(events.size());
        for (Event e : events) {
            int paragraph = v.sentenceAt(e.evidence().start()).paragraph();
            boolean inLead = paragraph == leadParagraph;
            if (e.date() != null) {
                out.add(e);
            } else if (lead != null && (inLead || speechActs.contains(e.plover()) && e.happened())) {
                out.add(e.withDate(lead.date(), lead.dateEvidence(), "+news-day"));
            } else if (e.happened() && opening.contains(paragraph) && !background(v, e)) {
                // the news the report opens with happened on its day: the lead's, else the dateline's or publication's
                String day = lead != null ? lead.date() : TimeAttachment.referenceDate(v.doc, e.evidence().start());
                out.add(day == null ? e : e.withDate(day, lead != null ? lead.dateEvidence() : null, "+news-day"));
            } else {
                out.add(e);
            }
        }
        return out;
    }

    /** "Bolivia had broken off relations": a past perfect tells the story's background, not its news. */
    private boolean background(DocView v, Event e) {
        Sentence s = v.sentenceAt(e.evidence().start());
        for (int k = s.firstToken(); k < s.endToken(); k++) {
            if (backgroundAuxiliaries.contains(v.lower[k]) && v.tokens.get(k).start() < e.evidence().end()) {
                return true;
            }
        }
        return false;
    }
}
