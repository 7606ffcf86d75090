package dev.detente.store.merge;

import java.util.Locale;

/**
 * The ledger-wide key of an actor, so the same actor seen in many articles is one row: a country
 * or an organisation with a registry code ("RUS", "NATO", "RUS-GOV") is keyed by its code; a place
 * by "place:" and its folded name (its code is its country's); anyone else by the folded fullest name ("maria lopez"), since in-document coreference already
 * resolves short forms to the fullest name.
 */
public final class ActorKeys {
    private ActorKeys() {
    }

    public static String key(String kind, String name, String code) {
        if ("place".equalsIgnoreCase(kind)) {
            // a city carries its country's code: keyed by name, or Moscow would become Russia
            String folded = Texts.fold(name);
            return folded.isEmpty() ? null : "place:" + folded;
        }
        if (code != null && !code.isBlank()) {
            return code.strip().toUpperCase(Locale.ROOT);
        }
        String folded = Texts.fold(name);
        return folded.isEmpty() ? null : folded;
    }

    public static String key(String name) {
        return key(null, name, null);
    }
}
