package dev.detente.store.merge;

import java.util.ArrayList;
import java.util.List;

/**
 * The key under which reports of one event merge, for the ledger's writer and the Spark job alike:
 * type, the parties and the day. Parties are the countries when known (outlets name the same
 * meeting by its people or by their countries, and both give the same country set), else the
 * actors' ledger keys, sorted; an event without parties is only itself.
 */
public final class EventMergeKey {
    private EventMergeKey() {
    }

    public static String of(String type, List<String> countries, List<String> actorKeys, String day, String articleId, int start) {
        List<String> keys = new ArrayList<>(countries.isEmpty() ? actorKeys : countries);
        keys.sort(null);
        return keys.isEmpty()
                ? type + "|#" + articleId + "@" + start // no actors: nothing to say another report is the same event
                : type + "|" + String.join(",", keys) + "|" + (day == null ? "" : day);
    }
}
