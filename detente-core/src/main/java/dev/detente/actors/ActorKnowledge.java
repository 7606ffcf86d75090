package dev.detente.actors;

import com.fasterxml.jackson.databind.JsonNode;
import dev.detente.knowledge.CalendarWords;
import dev.detente.knowledge.Grammar;
import dev.detente.knowledge.Inflection;
import dev.detente.knowledge.Knowledge;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The actors' view of the {@link Knowledge} layer (countries, organisations, titles, names, words of
 * {@code dev/detente/knowledge/} and the user's files of the same shape, which add to it): a country entry with a known code adds names, demonyms and cities;
 * lists are appended. Top-level keys this class does not know (other stages' knowledge) are ignored.
 * Immutable and thread-safe after loading; lookups are hash lookups.
 */
public final class ActorKnowledge {
    private final Gazetteer gazetteer;
    private final Map<String, String> countryNames;
    private final Set<String> titleModifiers;
    private final Map<String, Set<String>> titleSynonyms;
    private final Map<String, String> titleAbbreviations;
    private final Map<String, String> bodyAbbreviations;
    private final Set<String> genericRoleNouns;
    private final Set<String> honoraryTitles;
    private final Set<String> femaleTitles;
    private final Set<String> maleTitles;
    private final Map<String, String> givenNameGroups;
    private final Set<String> particles;
    private final Set<String> regnalNumerals;
    private final Set<String> familyFirstSurnames;
    private final Set<String> honorifics;
    private final Set<String> femaleNames;
    private final Set<String> maleNames;
    private final Set<String> notNames;
    private final Set<String> calendarWords;
    private final Set<String> orgHeads;
    private final Set<String> placeHeads;
    private final Set<String> placeNameStarts;
    private final Set<String> personCues;
    private final ActorWords words;
    private final Grammar<ActorWord> grammar;

    private ActorKnowledge(Sources s, ActorWords words, Grammar<ActorWord> grammar) {
        this.words = words;
        this.grammar = grammar;
        s.addFormalCountryNames();
        this.gazetteer = s.gazetteer.build();
        this.countryNames = Map.copyOf(s.countryNames);
        this.titleModifiers = frozen(s.titleModifiers);
        Map<String, Set<String>> syn = new HashMap<>();
        s.titleSynonyms.forEach((k, v) -> syn.put(k, Set.copyOf(v)));
        this.titleSynonyms = Map.copyOf(syn);
        this.titleAbbreviations = Map.copyOf(s.titleAbbreviations);
        this.bodyAbbreviations = Map.copyOf(s.bodyAbbreviations);
        this.genericRoleNouns = frozen(s.genericRoleNouns);
        this.honoraryTitles = frozen(s.honoraryTitles);
        this.femaleTitles = frozen(s.femaleTitles);
        this.maleTitles = frozen(s.maleTitles);
        this.givenNameGroups = Map.copyOf(s.givenNameGroups);
        this.particles = frozen(s.particles);
        this.regnalNumerals = frozen(s.regnalNumerals);
        this.familyFirstSurnames = frozen(s.familyFirstSurnames);
        this.honorifics = frozen(s.honorifics);
        this.femaleNames = frozen(s.femaleNames);
        this.maleNames = frozen(s.maleNames);
        this.notNames = frozen(s.notNames);
        this.calendarWords = frozen(s.calendarWords);
        this.orgHeads = frozen(s.orgHeads);
        this.placeHeads = frozen(s.placeHeads);
        this.placeNameStarts = frozen(s.placeNameStarts);
        this.personCues = frozen(s.personCues);
    }

    /** An unmodifiable hash set: probed on every token, where it is faster than {@code Set.copyOf}. */
    private static Set<String> frozen(Set<String> set) {
        return java.util.Collections.unmodifiableSet(new HashSet<>(set));
    }

    /** The built-in knowledge's actor view. */
    public static ActorKnowledge builtIn() {
        return of(Knowledge.builtIn());
    }

    /** The built-in knowledge extended by the user's YAML files; a bad file fails naming the file and the reason. */
    public static ActorKnowledge load(List<Path> userFiles) {
        return of(Knowledge.load(userFiles));
    }

    /** The actor view of a knowledge layer, compiled once per {@link Knowledge}. */
    public static ActorKnowledge of(Knowledge knowledge) {
        return knowledge.view(ActorKnowledge.class, ActorKnowledge::compile);
    }

    private static ActorKnowledge compile(Knowledge knowledge) {
        Sources sources = new Sources(Inflection.of(knowledge));
        for (Knowledge.Source s : knowledge.sources()) {
            sources.add(s.root(), s.name());
        }
        sources.notNames.addAll(CalendarWords.of(knowledge).names()); // "May said" is not a person
        sources.calendarWords.addAll(CalendarWords.of(knowledge).names());
        return new ActorKnowledge(sources, ActorWords.of(knowledge.lexicon()),
                Grammar.of(knowledge, "actors.grammar", ActorWord.class));
    }

    /** The function words and endings of the actors rules by the part they play ({@code actors.grammar}). */
    Grammar<ActorWord> grammar() {
        return grammar;
    }

    /** The function words of the actors stage ({@code actors.*} in the lexicon). */
    ActorWords words() {
        return words;
    }

    public Gazetteer gazetteer() {
        return gazetteer;
    }

    /** The common English name of a country code ("RUS" → "Russia"), or the code itself. */
    public String countryName(String code) {
        return countryNames.getOrDefault(code, code);
    }

    public boolean isTitleModifier(String lower) {
        return titleModifiers.contains(lower);
    }

    /** Heads that name the same role as {@code head} (itself included). */
    public Set<String> synonymsOf(String head) {
        return titleSynonyms.getOrDefault(head, Set.of(head));
    }

    /** The written-out form of an abbreviated head ("fm" → "Foreign Minister"), or null. */
    public String expansionOf(String head) {
        return titleAbbreviations.get(head);
    }

    /** The written-out name of a body's abbreviation as written ("MFA" → "Foreign Ministry"), or null. */
    public String bodyExpansionOf(String abbreviation) {
        return bodyAbbreviations.get(abbreviation);
    }

    /** Titles that go with a name more than with a role ("Prince", "Sheikh"). */
    public boolean isHonoraryTitle(String lower) {
        return honoraryTitles.contains(lower);
    }

    public boolean isGenericRoleNoun(String lower) {
        return genericRoleNouns.contains(lower);
    }

    /** +1 for a title only women hold, -1 for one only men hold, 0 otherwise. */
    public int titleGender(String head) {
        return femaleTitles.contains(head) ? 1 : maleTitles.contains(head) ? -1 : 0;
    }

    /** +1 for a given name of women, -1 of men, 0 when the data does not say. */
    public int givenNameGender(String given) {
        String lower = Gazetteer.normalize(given);
        return femaleNames.contains(lower) ? 1 : maleNames.contains(lower) ? -1 : 0;
    }

    /** The group id of a given name's variants ("steve" and "stephen" share one), or the name itself. */
    public String givenNameGroup(String given) {
        String lower = Gazetteer.normalize(given);
        return givenNameGroups.getOrDefault(lower, lower);
    }

    /** A common East Asian family name, written first in the full name ("Wang" of "Wang Yi", "Kim" of "Kim Jong Un"). */
    public boolean isFamilyFirstSurname(String given) {
        return familyFirstSurnames.contains(Gazetteer.normalize(given));
    }

    /** "VI" of "Mohammed VI": a numeral that ends a monarch's or pope's name (lower-cased). */
    public boolean isRegnalNumeral(String lower) {
        return regnalNumerals.contains(lower);
    }

    public boolean isParticle(String lower) {
        return particles.contains(lower);
    }

    public boolean isHonorific(String text) {
        return honorifics.contains(Gazetteer.normalize(text));
    }

    public boolean isNotName(String lower) {
        return notNames.contains(lower);
    }

    /** A month or weekday name ("tuesday", "may"). */
    public boolean isCalendarWord(String lower) {
        return calendarWords.contains(lower);
    }

    public boolean isOrgHead(String lower) {
        return orgHeads.contains(lower);
    }

    public boolean isPlaceHead(String lower) {
        return placeHeads.contains(lower);
    }

    /** A word that opens place names ("Lake", "Mount", "Isla", "Puerto"), so a name it starts is a place. */
    public boolean isPlaceNameStart(String lower) {
        return placeNameStarts.contains(lower);
    }

    public boolean isPersonCue(String lower) {
        return personCues.contains(lower);
    }

    /** Accumulates the YAML trees before freezing. */
    private static final class Sources {
        final Inflection inflection;
        final Gazetteer.Builder gazetteer = new Gazetteer.Builder();
        final Map<String, String> countryNames = new LinkedHashMap<>();
        final Set<String> titleModifiers = new HashSet<>();
        final Map<String, Set<String>> titleSynonyms = new HashMap<>();
        final Map<String, String> titleAbbreviations = new HashMap<>();
        final Map<String, String> bodyAbbreviations = new HashMap<>();
        final Set<String> genericRoleNouns = new HashSet<>();
        final Set<String> honoraryTitles = new HashSet<>();
        final Set<String> femaleTitles = new HashSet<>();
        final Set<String> maleTitles = new HashSet<>();
        final Map<String, String> givenNameGroups = new HashMap<>();
        final Set<String> particles = new HashSet<>();
        final Set<String> regnalNumerals = new HashSet<>();
        final Set<String> familyFirstSurnames = new HashSet<>();
        final Set<String> honorifics = new HashSet<>();
        final Set<String> femaleNames = new HashSet<>();
        final Set<String> maleNames = new HashSet<>();
        final Set<String> notNames = new HashSet<>();
        final Set<String> calendarWords = new HashSet<>();
        final Set<String> orgHeads = new HashSet<>();
        final Set<String> placeHeads = new HashSet<>();
        final Set<String> placeNameStarts = new HashSet<>();
        final Set<String> personCues = new HashSet<>();
        final List<String> formalPrefixes = new ArrayList<>();

        void add(JsonNode root, String source) {
            if (!root.isObject()) {
                throw new IllegalArgumentException("knowledge file " + source + ": top level must be a mapping");
            }
            for (JsonNode c : root.path("countries")) {
                addCountry(c, source);
            }
            formalPrefixes.addAll(strings(root.path("country_formal_prefixes")));
            for (JsonNode o : root.path("organizations")) {
                addOrganization(o, source);
            }
            for (JsonNode g : root.path("generic_bodies")) {
                String name = required(g, "name", source);
                String dflt = text(g, "default");
                for (String n : strings(g.path("names"))) {
                    gazetteer.add(n, new GazetteerEntry(GazetteerEntry.Type.GENERIC_BODY, name, null, null,
                            "body", dflt, null));
                }
                for (String a : strings(g.path("abbreviations"))) {
                    gazetteer.add(a, new GazetteerEntry(GazetteerEntry.Type.GENERIC_BODY, name, null, null,
                            "body", dflt, null));
                    bodyAbbreviations.put(a, name);
                }
            }
            JsonNode titles = root.path("titles");
            for (String h : strings(titles.path("heads"))) {
                GazetteerEntry head = new GazetteerEntry(GazetteerEntry.Type.TITLE, lower(h), null, null, null, null, null);
                gazetteer.add(h, head);
                if (!h.contains(" of ")) {
                    gazetteer.add(pluralOfHead(h), head); // "deputies": the canonical stays singular
                }
            }
            titles.path("abbreviations").fields().forEachRemaining(e -> {
                String abbreviation = e.getKey().trim();
                String expansion = e.getValue().asText().trim();
                titleAbbreviations.put(lower(abbreviation), expansion);
                gazetteer.add(abbreviation, new GazetteerEntry(GazetteerEntry.Type.TITLE, lower(abbreviation), null, null,
                        null, null, null));
                // "the PM" is the same role as "the prime minister"
                List<String> members = List.of(lower(abbreviation), lower(expansion));
                for (String m : members) {
                    titleSynonyms.computeIfAbsent(m, k -> new HashSet<>(List.of(k))).addAll(members);
                }
            });
            lowerAll(titles.path("modifiers"), titleModifiers);
            for (JsonNode group : titles.path("synonyms")) {
                List<String> members = strings(group).stream().map(ActorKnowledge::lower).toList();
                for (String m : members) {
                    titleSynonyms.computeIfAbsent(m, k -> new HashSet<>(List.of(k))).addAll(members);
                }
            }
            lowerAll(titles.path("generic"), genericRoleNouns);
            lowerAll(titles.path("honorary"), honoraryTitles);
            lowerAll(titles.path("female"), femaleTitles);
            lowerAll(titles.path("male"), maleTitles);
            JsonNode names = root.path("names");
            for (JsonNode group : names.path("variants")) {
                List<String> members = strings(group).stream().map(Gazetteer::normalize).toList();
                if (members.isEmpty()) {
                    continue;
                }
                String id = givenNameGroups.getOrDefault(members.get(0), members.get(0));
                for (String m : members) {
                    givenNameGroups.putIfAbsent(m, id);
                }
            }
            lowerAll(names.path("particles"), particles);
            lowerAll(names.path("regnal_numerals"), regnalNumerals);
            lowerAll(names.path("family_first_surnames"), familyFirstSurnames);
            lowerAll(names.path("honorifics"), honorifics);
            lowerAll(names.path("female"), femaleNames);
            lowerAll(names.path("male"), maleNames);
            JsonNode words = root.path("words");
            lowerAll(words.path("not_names"), notNames);
            lowerAll(words.path("org_heads"), orgHeads);
            lowerAll(words.path("place_heads"), placeHeads);
            lowerAll(words.path("place_name_starts"), placeNameStarts);
            lowerAll(words.path("person_cues"), personCues);
        }

        /** "the Republic of Malawi", "the Kingdom of X": each country's first name after each formal prefix. */
        void addFormalCountryNames() {
            countryNames.forEach((code, name) -> {
                for (String prefix : formalPrefixes) {
                    gazetteer.add(prefix + " " + name, entry(GazetteerEntry.Type.COUNTRY, name, code));
                }
            });
        }

        private void addCountry(JsonNode c, String source) {
            String code = required(c, "code", source);
            List<String> names = strings(c.path("names"));
            if (!names.isEmpty()) {
                countryNames.putIfAbsent(code, names.get(0));
            }
            String canonical = countryNames.getOrDefault(code, code);
            for (String n : names) {
                gazetteer.add(n, entry(GazetteerEntry.Type.COUNTRY, canonical, code));
            }
            for (String d : strings(c.path("demonyms"))) {
                gazetteer.add(d, entry(GazetteerEntry.Type.DEMONYM, canonical, code));
                String plural = pluralOf(d);
                if (plural != null) {
                    gazetteer.add(plural, entry(GazetteerEntry.Type.DEMONYM, canonical, code));
                }
            }
            List<String> capitals = new ArrayList<>(strings(c.path("capitals")));
            String capital = text(c, "capital");
            if (capital != null) {
                capitals.add(0, capital);
            }
            for (String cap : capitals) {
                gazetteer.add(cap, new GazetteerEntry(GazetteerEntry.Type.CAPITAL, cap, code, code, null, null, null));
            }
            for (String city : strings(c.path("cities"))) {
                gazetteer.add(city, new GazetteerEntry(GazetteerEntry.Type.CITY, city, code, code, null, null, null));
            }
        }

        private void addOrganization(JsonNode o, String source) {
            String code = required(o, "code", source);
            String kind = o.path("kind").asText("body");
            String country = text(o, "country");
            List<String> names = strings(o.path("names"));
            String canonical = names.isEmpty() ? code : names.get(0);
            for (String n : names) {
                gazetteer.add(n, new GazetteerEntry(GazetteerEntry.Type.ORGANIZATION, canonical, code, country, kind,
                        null, null));
            }
            for (String b : strings(o.path("bodies"))) {
                gazetteer.add(b, new GazetteerEntry(GazetteerEntry.Type.ORGANIZATION, b, code, country, kind, null, null));
            }
        }

        private static GazetteerEntry entry(GazetteerEntry.Type type, String canonical, String code) {
            return new GazetteerEntry(type, canonical, code, code, null, null, null);
        }

        Sources(Inflection inflection) {
            this.inflection = inflection;
        }

        /** "deputy" → "deputies", "spokesman" → "spokesmen", "minister" → "ministers". */
        private String pluralOfHead(String head) {
            return inflection.inflect(Inflection.Rules.ROLE_HEAD_PLURAL, head);
        }

        /** "Russian" → "Russians"; none for demonyms that do not take -s ("Chinese", "British", "Swiss"). */
        private String pluralOf(String demonym) {
            if (demonym.equals(demonym.toUpperCase(java.util.Locale.ROOT))) {
                return null;
            }
            return inflection.inflect(Inflection.Rules.DEMONYM_PLURAL, demonym);
        }

        private static String required(JsonNode node, String field, String source) {
            String v = text(node, field);
            if (v == null) {
                throw new IllegalArgumentException("knowledge file " + source + ": entry without '" + field + "': " + node);
            }
            return v;
        }

        private static String text(JsonNode node, String field) {
            JsonNode v = node.get(field);
            return v == null || v.isNull() || v.asText().isBlank() ? null : v.asText().trim();
        }

        private static List<String> strings(JsonNode array) {
            List<String> out = new ArrayList<>();
            if (array.isArray()) {
                for (JsonNode n : array) {
                    if (!n.isNull() && !n.asText().isBlank()) {
                        out.add(n.asText().trim());
                    }
                }
            }
            return out;
        }

        private static void lowerAll(JsonNode array, Set<String> into) {
            for (String s : strings(array)) {
                into.add(Gazetteer.normalize(s));
            }
        }
    }

    private static String lower(String s) {
        return Gazetteer.normalize(s);
    }
}
