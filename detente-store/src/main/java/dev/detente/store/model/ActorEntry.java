package dev.detente.store.model;

import java.util.List;

/**
 * An actor seen in one article, under its ledger-wide key, with the surface forms it took and the
 * offsets of its first mention ({@code -1} when unknown), the evidence of the role it is given.
 */
public record ActorEntry(String key, String name, String kind, String country, String code, String role,
                         List<String> aliases, int mentionStart, int mentionEnd) implements java.io.Serializable {
    public ActorEntry {
        aliases = List.copyOf(aliases);
    }

    /** Without a mention's offsets. */
    public ActorEntry(String key, String name, String kind, String country, String code, String role, List<String> aliases) {
        this(key, name, kind, country, code, role, aliases, -1, -1);
    }
}
