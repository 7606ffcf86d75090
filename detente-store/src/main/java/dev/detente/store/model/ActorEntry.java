package dev.detente.store.model;

import java.util.List;

/** An actor seen in one article, under its ledger-wide key, with the surface forms it took. */
public record ActorEntry(String key, String name, String kind, String country, String code, String role,
                         List<String> aliases) implements java.io.Serializable {
    public ActorEntry {
        aliases = List.copyOf(aliases);
    }
}
