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
 * Thread-safe (methods synchronise on the registry). Persistence is the store's business: it takes
 * the people added or changed ({@link #drainChangedPeople}) and gives them back in a later run
 * ({@link #restorePeople}), so a ledger is not replayed article by article when it opens.
 * <p>
 * Cost per mention is independent of how many people are known: people are indexed by their
 * folded surname and its one-letter deletions (two letters for surnames of 10 or more, which may
 * differ by two edits), so the candidates of a surname are exactly those within its edit distance,
 * found by a few hash lookups; a bare surname that is ambiguous between several people maps to one
 * shared "ambiguous" record per surname instead of a new record per mention.
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

    /** A person's state as the registry matches it; {@code ambiguous}: a bare surname shared by several people. */
    public record PersonState(String id, List<String> words, String country, boolean ambiguous) {
        public PersonState {
            words = List.copyOf(words);
        }
    }

    private static final class Record {
        final String id;
        final ActorKind kind;
        int seq;
        boolean ambiguous;
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
    private final Map<String, List<Record>> personsBySurnameVariant = new HashMap<>();
    private final Map<String, Record> ambiguousBySurname = new HashMap<>();
    private final LinkedHashSet<Record> changedPeople = new LinkedHashSet<>();
    private int nextPerson = 1;
    private int nextOther = 1;

    public ActorRegistry(ActorKnowledge knowledge) {
        this.matching = new NameMatching(knowledge);
    }

    /** Registers one document's actor seen on {@code docDate} (may be null); returns its registry id. */
    public synchronized String register(Actor actor, LocalDate docDate) {
        Record r = actor.kind() == ActorKind.PERSON ? person(actor) : other(actor);
        r.aliases.add(actor.name());
        if (r.country == null && actor.country() != null) {
            r.country = actor.country();
            if (r.kind == ActorKind.PERSON) {
                changedPeople.add(r);
            }
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

    /** The people added or changed since the last call, in registration order (for the store to persist). */
    public synchronized List<PersonState> drainChangedPeople() {
        List<PersonState> out = changedPeople.stream().sorted(java.util.Comparator.comparingInt((Record r) -> r.seq))
                .map(r -> new PersonState(r.id, r.words, r.country, r.ambiguous)).toList();
        changedPeople.clear();
        return out;
    }

    /** Gives back people persisted from an earlier run, in registration order; they are not reported as changed. */
    public synchronized void restorePeople(List<PersonState> people) {
        for (PersonState p : people) {
            Record r = byId.get(p.id());
            List<String> words = p.words().isEmpty() ? List.of(p.id()) : p.words();
            String surname = NameMatching.fold(words.get(words.size() - 1));
            if (r == null) {
                r = new Record(p.id(), ActorKind.PERSON);
                r.seq = number(p.id());
                r.ambiguous = p.ambiguous();
                r.surnameKey = surname;
                byId.put(r.id, r);
                if (p.ambiguous()) {
                    ambiguousBySurname.put(surname, r);
                } else {
                    index(r);
                }
            }
            r.words = words;
            r.country = p.country();
            nextPerson = Math.max(nextPerson, r.seq + 1);
        }
    }

    private static int number(String id) {
        try {
            return Integer.parseInt(id.substring(1));
        } catch (RuntimeException e) {
            return 0;
        }
    }

    private Record person(Actor actor) {
        List<String> words = words(actor.name());
        String surname = NameMatching.fold(words.isEmpty() ? actor.name() : words.get(words.size() - 1));
        Record r = bestPerson(words, surname, actor.country());
        if (r == null && words.size() == 1 && candidates(surname).stream().filter(x -> fits(x, words, surname, actor.country()))
                .limit(2).count() > 1) {
            // ambiguous between several people: one shared record for the surname, not one per mention
            r = ambiguousBySurname.get(surname);
            if (r == null) {
                r = newPerson(words, surname);
                r.ambiguous = true;
                ambiguousBySurname.put(surname, r);
            }
        } else if (r == null) {
            r = newPerson(words, surname);
            index(r);
        } else if (words.size() > r.words.size()) {
            r.words = words; // the fullest name seen names the actor
            changedPeople.add(r);
        }
        return r;
    }

    private Record newPerson(List<String> words, String surname) {
        Record r = new Record("P" + nextPerson, ActorKind.PERSON);
        r.seq = nextPerson++;
        r.words = words;
        r.surnameKey = surname;
        byId.put(r.id, r);
        changedPeople.add(r);
        return r;
    }

    private void index(Record r) {
        for (String variant : variants(r.surnameKey)) {
            personsBySurnameVariant.computeIfAbsent(variant, k -> new ArrayList<>()).add(r);
        }
    }

    /**
     * A folded surname and its deletion neighbourhood: one letter deleted for surnames of 5 or more
     * letters, also two for 10 or more (the edits {@link NameMatching} tolerates), so two surnames
     * within those edits share a variant.
     */
    private static Set<String> variants(String surname) {
        Set<String> out = new LinkedHashSet<>();
        out.add(surname);
        if (surname.length() >= 5) {
            for (int i = 0; i < surname.length(); i++) {
                String one = surname.substring(0, i) + surname.substring(i + 1);
                out.add(one);
                if (surname.length() >= 10) {
                    for (int j = i; j < one.length(); j++) {
                        out.add(one.substring(0, j) + one.substring(j + 1));
                    }
                }
            }
        }
        return out;
    }

    /** The indexed people whose surname may match, in registration order. */
    private List<Record> candidates(String surname) {
        Set<Record> found = new LinkedHashSet<>();
        for (String variant : variants(surname)) {
            found.addAll(personsBySurnameVariant.getOrDefault(variant, List.of()));
        }
        List<Record> out = new ArrayList<>(found);
        out.sort(java.util.Comparator.comparingInt((Record r) -> r.seq));
        return out;
    }

    private boolean fits(Record r, List<String> words, String surname, String country) {
        return matching.compatible(r.words, r.surnameKey, words, surname)
                && !(country != null && r.country != null && !country.equals(r.country));
    }

    /** The registered person a name can be: surname and given names compatible, country not contradicting. */
    private Record bestPerson(List<String> words, String surname, String country) {
        Record best = null;
        int candidates = 0;
        for (Record r : candidates(surname)) {
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

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a == null ? b : b == null ? a : a.isBefore(b) ? a : b;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a == null ? b : b == null ? a : a.isAfter(b) ? a : b;
    }
}
