package dev.detente.events;

import dev.detente.doc.Span;
import java.util.List;

/**
 * An event coded with a PLOVER top-level type: source and target actor ids, every participant's
 * name, date (from the time stage) and place, the evidence span, its {@code mode} (ASSERTED, or
 * DENIED / HYPOTHETICAL / FUTURE / NEGATED, which do not count as having happened) and the type's
 * weight on the cooperation–conflict scale; {@code countries} the alpha-3 codes of the parties.
 */
public record Event(String type, Span evidence, String sourceId, String targetId, List<String> actors,
                    String date, Span dateEvidence, String place, Mode mode, double weight, String rule,
                    List<String> countries) {
    public enum Mode { ASSERTED, DENIED, HYPOTHETICAL, FUTURE, NEGATED }

    public Event {
        actors = actors == null ? List.of() : List.copyOf(actors);
        countries = countries == null ? List.of() : List.copyOf(countries);
    }

    /** Only asserted events count as having happened. */
    public boolean happened() {
        return mode == Mode.ASSERTED;
    }
}
