package dev.detente.events;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Merge component: whether an event is a second mention of one already coded. For a nominal or
 * inferred event: the same type and date with the same parties, or shared parties (or two shared
 * countries) at the same named place or (one place unnamed) within two sentences, or an undated,
 * unplaced one with shared parties a few sentences on ("Trump's latest ultimatum"); a verbal event
 * with its own parties repeats another only in the same sentence, and never one whose sides it swaps (a reply in kind).
 */
final class EventMerger {
    private static final int SECOND_MENTION_REACH = 4;

    boolean duplicate(List<Event> events, Event e, DocView v) {
        boolean secondMention = e.rule().startsWith("noun:") || e.rule().contains("+");
        int here = v.sentenceIndexAt(e.evidence().start());
        for (Event o : events) {
            if (o.mode() != e.mode() || o.plover() != e.plover() || reply(o, e)) {
                continue;
            }
            boolean sameDate = Objects.equals(o.date(), e.date());
            boolean sameParties = Set.copyOf(o.actors()).equals(Set.copyOf(e.actors()));
            boolean sharedParties = o.actors().stream().anyMatch(e.actors()::contains)
                    || o.countries().stream().filter(e.countries()::contains).count() >= 2;
            boolean samePlace = o.place() != null && o.place().equals(e.place());
            boolean placeOpen = o.place() == null || e.place() == null || samePlace;
            int apart = Math.abs(v.sentenceIndexAt(o.evidence().start()) - here);
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

    /** "Moldova expelled three Russian diplomats, and Moscow responded by expelling two": the same act returned, not repeated. */
    private static boolean reply(Event o, Event e) {
        return !o.rule().startsWith("noun:") && !e.rule().startsWith("noun:") && o.sourceId() != null && e.sourceId() != null
                && o.targetId() != null && e.targetId() != null && o.actors().size() >= 2 && e.actors().size() >= 2
                && o.actors().get(0).equals(e.actors().get(1)) && o.actors().get(1).equals(e.actors().get(0));
    }
}
