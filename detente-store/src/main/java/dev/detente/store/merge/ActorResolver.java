package dev.detente.store.merge;

import dev.detente.actors.Actor;
import dev.detente.actors.ActorKind;
import dev.detente.actors.ActorKnowledge;
import dev.detente.actors.ActorRegistry;
import dev.detente.store.model.ActorEntry;
import dev.detente.store.model.ArticleEntry;
import dev.detente.store.model.EventEntry;
import dev.detente.store.model.StatementEntry;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Merges people across articles through the {@link ActorRegistry}: spelling variants of one person
 * ("Dmitri"/"Dmitry X") get one registry id, and the registry id keeps the ledger key it was first
 * stored under; the article's statements and events follow. Countries, organisations and places keep
 * their code or name keys ({@link ActorKeys}). The registry lives in memory; the writer persists its
 * people with their ledger keys in the batch's transaction ({@link #drainChanges}) and gives them
 * back when it opens the ledger ({@link #restore}), so a re-run after a crash makes the decisions an
 * uninterrupted run would have made, without replaying the stored articles.
 */
public final class ActorResolver {
    private final ActorRegistry registry = new ActorRegistry(ActorKnowledge.builtIn());
    private final Map<String, String> keyOfRegistryId = new HashMap<>();

    /** A registry person with the ledger key its id maps to. */
    public record Persisted(ActorRegistry.PersonState person, String ledgerKey) {
    }

    /** The people added or changed since the last call, with their ledger keys. */
    public List<Persisted> drainChanges() {
        return registry.drainChangedPeople().stream().map(p -> new Persisted(p, keyOfRegistryId.get(p.id()))).toList();
    }

    /** Gives back persisted people, in registration order. */
    public void restore(List<Persisted> people) {
        registry.restorePeople(people.stream().map(Persisted::person).toList());
        for (Persisted p : people) {
            if (p.ledgerKey() != null) {
                keyOfRegistryId.put(p.person().id(), p.ledgerKey());
            }
        }
    }

    /** The article with its people under their ledger-wide keys. */
    public ArticleEntry resolve(ArticleEntry a) {
        LocalDate date = a.published() == null ? null : LocalDate.parse(a.published());
        Map<String, String> rekey = new HashMap<>();
        Map<String, ActorEntry> actors = new LinkedHashMap<>();
        for (ActorEntry e : a.actors()) {
            String key = e.key();
            if ("person".equals(e.kind())) {
                String id = registry.register(new Actor(e.key(), ActorKind.PERSON, e.name(), e.role(), e.country(), e.code(),
                        List.of()), date);
                key = keyOfRegistryId.computeIfAbsent(id, k -> e.key());
            }
            rekey.put(e.key(), key);
            ActorEntry previous = actors.get(key);
            List<String> aliases = new ArrayList<>(e.aliases());
            if (!key.equals(e.key()) && !aliases.contains(e.name())) {
                aliases.add(e.name()); // the variant is an alias of the merged actor
            }
            if (previous != null) {
                previous.aliases().stream().filter(x -> !aliases.contains(x)).forEach(aliases::add);
            }
            actors.put(key, new ActorEntry(key, e.name(), e.kind(), e.country(), e.code(), e.role(), aliases, e.mentionStart(), e.mentionEnd()));
        }
        if (rekey.entrySet().stream().allMatch(x -> x.getKey().equals(x.getValue()))) {
            return a;
        }
        List<StatementEntry> statements = a.statements().stream()
                .map(s -> s.withSpeakerKey(rekey.getOrDefault(s.speakerKey(), s.speakerKey()))).toList();
        List<EventEntry> events = a.events().stream().map(e -> new EventEntry(e.type(), e.actors(),
                e.actorKeys().stream().map(k -> rekey.getOrDefault(k, k)).distinct().toList(),
                rekey.getOrDefault(e.source(), e.source()), rekey.getOrDefault(e.target(), e.target()),
                e.date(), e.place(), e.evidence(), e.start(), e.end(), e.weight(), e.mode(), e.countries(), e.topics())).toList();
        return new ArticleEntry(a.id(), a.contentHash(), a.url(), a.title(), a.published(), a.outlet(), a.author(),
                a.language(), a.origin(), a.text(), a.recordJson(), statements, events, List.copyOf(actors.values()),
                a.minHashes());
    }
}
