package dev.detente.actors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Actors across documents: each {@link Actor} of a document is registered and gets a registry id;
 * spelling variants of one person share it ("Dmitry"/"Dmitri X", "Steve"/"Stephen X",
 * "Sergei"/"Sergey X", one-letter transliteration differences in the surname), and a surname-only
 * actor joins the one person of that surname whose country and role fit. Countries and coded
 * organisations are keyed by their code ("RUS", "NATO"), other organisations and places by name.
 * Each actor keeps the roles it was seen in, with the country and the first and last date seen.
 *
 * <pre>
 *   ActorRegistry registry = new ActorRegistry(ActorKnowledge.builtIn());
 *   String id = registry.register(actor, doc.meta().published());   // "P1", "RUS", "NATO", "O3"...
 *   registry.entry(id).name();          // the fullest name seen
 *   registry.roles(id);                  // [RoleSpell(role, country, firstSeen, lastSeen), ...]
 *   registry.find("Stephen Smith");     // the id of a name, variants included
 * </pre>
 * Thread-safe (methods synchronise on the registry). Persistence is the store's business.
 */
public final class ActorRegistry {

    /** One role an actor was seen in; dates are null when the documents had none. */
    public record RoleSpell(String role, String country, LocalDate firstSeen, LocalDate lastSeen) {
    }

    /** What the registry knows of one actor: the fullest name, every spelling seen, country and code. */
    public record Entry(String id, ActorKind kind, String name, Set<String> aliases, String country, String code) {
        public Entry {
            aliases = Set.copyOf(aliases);
        }
    }

    private static final class Record {
        final String id;
        final ActorKind kind;
        List<String> words;
        String surnameKey;
        final LinkedHashSet<String> aliases = new LinkedHashSet<>();
        String country;
        String code;
        final Map<String, RoleSpell> roles = new LinkedHashMap<>();

        Record(String id, ActorKind kind) {
            this.id = id;
            this.kind = kind;
        }

        Entry entry() {
            return new Entry(id, kind, String.join(" ", words), aliases, country, code);
        }
    }

    private final NameMatching matching;
    private final Map<String, Record> byId = new LinkedHashMap<>();
    private final Map<String, Record> byKey = new HashMap<>();
    private final Map<Character, List<Record>> personsByInitial = new HashMap<>();
    private int nextPerson = 1;
    private int nextOther = 1;

    public ActorRegistry(ActorKnowledge knowledge) {
        this.matching = new NameMatching(knowledge);
    }

    /** Registers one document's actor seen on {@code docDate} (may be null); returns its registry id. */
    public synchronized String register(Actor actor, LocalDate docDate) {
        Record r = actor.kind() == ActorKind.PERSON ? person(actor) : other(actor);
        r.aliases.add(actor.name());
        if (r.country == null) {
            r.country = actor.country();
        }
        if (actor.role() != null) {
            String key = actor.role().toLowerCase(Locale.ROOT).replace('\u2019', '\'') + "|" + actor.country();
            RoleSpell old = r.roles.get(key);
            r.roles.put(key, old == null ? new RoleSpell(actor.role(), actor.country(), docDate, docDate)
                    : new RoleSpell(old.role(), old.country(), min(old.firstSeen(), docDate), max(old.lastSeen(), docDate)));
        }
        return r.id;
    }

    public synchronized List<RoleSpell> roles(String id) {
        Record r = byId.get(id);
        return r == null ? List.of() : List.copyOf(r.roles.values());
    }

    public synchronized Optional<Entry> entry(String id) {
        Record r = byId.get(id);
        return r == null ? Optional.empty() : Optional.of(r.entry());
    }

    public synchronized List<Entry> entries() {
        return byId.values().stream().map(Record::entry).toList();
    }

    /** The id of a person's name (spelling variants included) or of an organisation/place name. */
    public synchronized Optional<String> find(String name) {
        List<String> words = words(name);
        if (words.isEmpty()) {
            return Optional.empty();
        }
        Record p = bestPerson(words, NameMatching.fold(words.get(words.size() - 1)), null);
        if (p != null) {
            return Optional.of(p.id);
        }
        for (Record r : byId.values()) {
            if (r.kind != ActorKind.PERSON && r.aliases.stream().anyMatch(a -> a.equalsIgnoreCase(name.strip()))) {
                return Optional.of(r.id);
            }
        }
        return Optional.empty();
    }

    private Record person(Actor actor) {
        List<String> words = words(actor.name());
        String surname = NameMatching.fold(words.isEmpty() ? actor.name() : words.get(words.size() - 1));
        Record r = bestPerson(words, surname, actor.country());
        if (r == null) {
            r = new Record("P" + nextPerson++, ActorKind.PERSON);
            r.words = words;
            r.surnameKey = surname;
            byId.put(r.id, r);
            personsByInitial.computeIfAbsent(initial(surname), k -> new ArrayList<>()).add(r);
        } else if (words.size() > r.words.size()) {
            r.words = words; // the fullest name seen names the actor
        }
        return r;
    }

    /** The registered person a name can be: surname and given names compatible, country not contradicting. */
    private Record bestPerson(List<String> words, String surname, String country) {
        Record best = null;
        int candidates = 0;
        for (Record r : personsByInitial.getOrDefault(initial(surname), List.of())) {
            if (!matching.compatible(r.words, r.surnameKey, words, surname)
                    || country != null && r.country != null && !country.equals(r.country)) {
                continue;
            }
            candidates++;
            // a full-name match beats surname-only candidates; among equals the first registered wins
            if (best == null || words.size() > 1 && r.words.size() > 1 && best.words.size() == 1) {
                best = r;
            }
        }
        // a bare surname is ambiguous between several people: join none of them
        return words.size() == 1 && candidates > 1 ? null : best;
    }

    private Record other(Actor actor) {
        String key = actor.code() != null ? actor.kind() + ":" + actor.code()
                : actor.kind() + ":" + actor.name().toLowerCase(Locale.ROOT) + "|" + actor.country();
        return byKey.computeIfAbsent(key, k -> {
            String id = actor.code() != null && (actor.kind() == ActorKind.COUNTRY
                    || actor.kind() == ActorKind.ORGANIZATION) ? actor.code() : "O" + nextOther++;
            if (byId.containsKey(id)) {
                id = id + "-" + actor.kind().name().charAt(0);
            }
            Record r = new Record(id, actor.kind());
            r.words = List.of(actor.name());
            r.code = actor.code();
            byId.put(id, r);
            return r;
        });
    }

    private static List<String> words(String name) {
        List<String> out = new ArrayList<>();
        for (String w : name.strip().split("\\s+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    private static char initial(String folded) {
        return folded.isEmpty() ? ' ' : folded.charAt(0);
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a == null ? b : b == null ? a : a.isBefore(b) ? a : b;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a == null ? b : b == null ? a : a.isAfter(b) ? a : b;
    }
}
