package dev.detente.events;

/**
 * Which component of the event coder decided each part of an event, for {@code --explain}: the
 * trigger and sense that gave the type, the cue that gave the mode, how the sides were found and
 * where the date came from.
 */
public record EventExplanation(String type, String mode, String sides, String date) {
    static EventExplanation of(String rule) {
        return new EventExplanation(rule, "asserted", "given", "given");
    }

    EventExplanation withDate(String why) {
        return new EventExplanation(type, mode, sides, why);
    }
}
