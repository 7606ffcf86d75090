package dev.detente.store.merge;

import java.util.Locale;

/**
 * The ledger-wide key of an actor, so the same actor seen in many articles is one row: a country
 * or an organisation with a registry code ("RUS", "NATO", "RUS-GOV") is keyed by its code; anyone
 * else by the folded fullest name ("vladimir putin"), since in-document coreference already
 * resolves short forms to the fullest name.
 */
public final class ActorKeys {
    private ActorKeys() {
    }

    public static String key(String kind, String name, String code) {
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
