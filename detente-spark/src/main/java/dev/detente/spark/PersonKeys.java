package dev.detente.spark;

import dev.detente.store.merge.ActorResolver;
import dev.detente.store.model.ActorEntry;
import dev.detente.store.model.ArticleEntry;
import dev.detente.store.model.EventEntry;
import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * People across articles: the store's own {@link ActorResolver} (the actor registry: spelling
 * variants, transliterations, a surname joining the one fitting person) decides in ingest order,
 * on the driver, over the articles' actors alone (a few short strings per article, microseconds
 * each): the registry's decisions depend on everything registered before, so they are one pass.
 * What comes out is small — per article, its actors under their ledger keys and the keys that
 * changed — and everything keyed by it (statements by speaker, events by parties, actors by key)
 * is merged back in Spark.
 */
final class PersonKeys {
    /** An actor of one article (the store's {@link ActorEntry}, serialisable). */
    record Actor(String key, String name, String kind, String country, String code, String role, List<String> aliases)
            implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;

        static Actor of(ActorEntry e) {
            return new Actor(e.key(), e.name(), e.kind(), e.country(), e.code(), e.role(), List.copyOf(e.aliases()));
        }

        ActorEntry entry() {
            return new ActorEntry(key, name, kind, country, code, role, aliases);
        }
    }

    /** One article's actors, as collected from the executors. */
    record ArticleActors(long seq, String id, String published, List<Actor> actors) implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;
    }

    /** One article's actors under their ledger keys, and its keys that changed (local key to ledger key). */
    record Resolved(long seq, String published, String articleId, List<Actor> actors, Map<String, String> rekey)
            implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;
    }

    private PersonKeys() {
    }

    /** Resolves the articles' actors in ingest order ({@code inOrder} sorted by seq). */
    static List<Resolved> resolve(List<ArticleActors> inOrder) {
        ActorResolver resolver = new ActorResolver();
        List<Resolved> out = new ArrayList<>(inOrder.size());
        for (ArticleActors a : inOrder) {
            // the resolver rekeys an article's events with its actors: one stand-in event per actor reads the mapping back
            List<EventEntry> probes = new ArrayList<>(a.actors().size());
            List<ActorEntry> actors = a.actors().stream().map(Actor::entry).toList();
            for (ActorEntry e : actors) {
                probes.add(new EventEntry("", List.of(), List.of(), e.key(), null, null, null, null, 0, 0, 0, null, List.of(),
                        List.of()));
            }
            ArticleEntry resolved = resolver.resolve(new ArticleEntry(a.id(), null, null, null, a.published(), null, null, null,
                    null, null, null, List.of(), probes, actors));
            Map<String, String> rekey = new HashMap<>();
            for (int i = 0; i < a.actors().size(); i++) {
                String local = a.actors().get(i).key();
                String ledger = resolved.events().get(i).source();
                if (!local.equals(ledger)) {
                    rekey.put(local, ledger);
                }
            }
            out.add(new Resolved(a.seq(), a.published(), a.id(), resolved.actors().stream().map(Actor::of).toList(), rekey));
        }
        return out;
    }
}
