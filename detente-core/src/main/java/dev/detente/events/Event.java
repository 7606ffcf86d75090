package dev.detente.events;

import dev.detente.doc.Span;
import java.util.List;

/**
 * An event coded with a PLOVER top-level type: source and target actor ids, every participant's
 * name, date (from the time stage) and place, the evidence span, its {@code mode} (ASSERTED, or
 * DENIED / HYPOTHETICAL / FUTURE / NEGATED / DEMANDED, which do not count as having happened) and
 * the type's weight on the cooperation–conflict scale; {@code countries} the alpha-3 codes of the
 * parties; {@code explanation} which component decided type, mode, sides and date.
 */
public record Event(PloverType plover, Span evidence, String sourceId, String targetId, List<String> actors,
                    String date, Span dateEvidence, String place, Mode mode, double weight, String rule,
                    List<String> countries, EventExplanation explanation) {
    /** FUTURE covers intended and planned acts; DEMANDED acts someone must, or is urged to, perform. */
    public enum Mode { ASSERTED, DENIED, HYPOTHETICAL, FUTURE, NEGATED, DEMANDED }

    public Event {
        actors = actors == null ? List.of() : List.copyOf(actors);
        countries = countries == null ? List.of() : List.copyOf(countries);
        explanation = explanation == null ? EventExplanation.of(rule) : explanation;
    }

    /** An event whose type is given by name (for fixtures and readers of stored events). */
    public Event(String type, Span evidence, String sourceId, String targetId, List<String> actors, String date,
                 Span dateEvidence, String place, Mode mode, double weight, String rule, List<String> countries) {
        this(PloverType.of(type), evidence, sourceId, targetId, actors, date, dateEvidence, place, mode, weight, rule,
                countries, null);
    }

    /** The PLOVER type's name ("CONSULT"). */
    public String type() {
        return plover.name();
    }

    /** Only asserted events count as having happened. */
    public boolean happened() {
        return mode == Mode.ASSERTED;
    }

    Event withDate(String newDate, Span evidence, String why) {
        return new Event(plover, this.evidence, sourceId, targetId, actors, newDate, evidence, place, mode, weight,
                rule + " " + why, countries, explanation.withDate(why.startsWith("+") ? why.substring(1) : why));
    }
}
