package dev.detente.events;

import com.fasterxml.jackson.databind.JsonNode;
import dev.detente.events.lexicon.PhraseIndex;
import dev.detente.knowledge.Inflection;
import dev.detente.knowledge.Inflection.Rules;
import dev.detente.knowledge.Knowledge;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The event trigger lexicon ({@code event-lexicon.yaml} and the user's knowledge files): for each PLOVER type its weight on the
 * cooperation–conflict scale and its verbal, nominal and literal triggers, indexed by first word.
 * Verbs are inflected here (3rd person, past, participle, -ing: the rules of {@link Inflection}) so
 * the data lists lemmas only.
 */
public final class EventLexicon {
    /** PLOVER's sixteen top-level event types. */
    public static final Set<String> PLOVER_TYPES = java.util.Arrays.stream(PloverType.values()).map(Enum::name)
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** Verbal triggers need no structure around them; nominal ones do (see the data file). */
    public enum Kind { VERB, NOUN }

    /** One trigger: its type, kind and the lexicon entry it came from ("verb:meet/met"). */
    public record Trigger(String type, Kind kind, String rule) {
    }

    private final PhraseIndex<Trigger> index;
    private final Map<String, Double> weights = new LinkedHashMap<>();
    /** Words that end a verb phrase without being its object noun ("warn * against", "pull out of"). */
    private final Set<String> notObjectNouns;
    private final Inflection inflection;

    private EventLexicon(Knowledge knowledge) {
        EventRules rules = EventRules.of(knowledge);
        this.index = new PhraseIndex<>(knowledge.lexicon().words("phrases.not_modifiers"),
                rules.words("triggers", "quantity_nouns"), rules.words("triggers", "partitives"),
                rules.words("triggers", "modifier_coordinators"));
        this.notObjectNouns = rules.words("triggers", "not_object_nouns");
        this.inflection = Inflection.of(knowledge);
    }

    /**
     * The lexicon of that knowledge: the {@code event_types} of every knowledge file in order (the
     * built-in {@code event-lexicon.yaml}, then the user's), each adding triggers to a type; a later
     * weight replaces an earlier one. Built once per Knowledge.
     */
    public static EventLexicon of(Knowledge knowledge) {
        return knowledge.view(EventLexicon.class, EventLexicon::compile);
    }

    private static EventLexicon compile(Knowledge knowledge) {
        EventLexicon lex = new EventLexicon(knowledge);
        for (Knowledge.Source s : knowledge.sources()) {
            JsonNode types = s.root().path("event_types");
            if (!types.isMissingNode() && !types.isNull()) {
                if (!types.isObject()) {
                    throw new IllegalArgumentException("knowledge file " + s.name() + ": 'event_types' must be a mapping");
                }
                lex.add(types, s.name());
            }
        }
        return lex;
    }

    public PhraseIndex<Trigger> index() {
        return index;
    }

    public double weight(String type) {
        Double w = weights.get(type);
        if (w == null) {
            throw new IllegalArgumentException("unknown event type " + type);
        }
        return w;
    }

    public Map<String, Double> weights() {
        return Map.copyOf(weights);
    }

    private void add(JsonNode types, String source) {
        types.fields().forEachRemaining(f -> {
            String type = f.getKey();
            if (!PLOVER_TYPES.contains(type)) {
                throw new IllegalArgumentException(source + ": '" + type + "' is not a PLOVER top-level type");
            }
            JsonNode t = f.getValue();
            if (t.has("weight") || !weights.containsKey(type)) {
                weights.put(type, t.path("weight").asDouble(0));
            }
            for (JsonNode v : t.path("verbs")) {
                addVerb(type, v.asText());
            }
            // "verbs × objects": each verb with each object noun after a "~" gap ("sent ~ flour", "delivered ~ tents")
            for (JsonNode group : t.path("verb_objects")) {
                for (JsonNode v : group.path("verbs")) {
                    for (JsonNode o : group.path("objects")) {
                        addVerb(type, v.asText() + " ~ " + o.asText());
                    }
                }
            }
            for (JsonNode n : t.path("nouns")) {
                for (String form : nounForms(n.asText())) {
                    index.add(form, new Trigger(type, Kind.NOUN, "noun:" + n.asText()));
                }
            }
            for (JsonNode p : t.path("phrases")) {
                index.add(p.asText(), new Trigger(type, Kind.VERB, "phrase:" + p.asText()));
            }
        });
    }

    private void addVerb(String type, String entry) {
        for (String form : verbForms(entry)) {
            index.add(form, new Trigger(type, Kind.VERB, "verb:" + entry));
        }
    }

    /** "meet/met rest" → meet, meets, met, meeting (each followed by "rest"). */
    List<String> verbForms(String entry) {
        String trimmed = entry.trim().toLowerCase(Locale.ROOT);
        int space = trimmed.indexOf(' ');
        String head = space < 0 ? trimmed : trimmed.substring(0, space);
        String rest = space < 0 ? "" : trimmed.substring(space);
        String[] parts = head.split("/");
        String lemma = parts[0];
        String past = parts.length > 1 ? parts[1] : inflection.inflect(Rules.VERB_PAST, lemma);
        String participle = parts.length > 2 ? parts[2] : past;
        List<String> rests = new ArrayList<>(2);
        rests.add(rest);
        String plural = pluralObject(rest);
        if (plural != null) {
            rests.add(plural);
        }
        List<String> out = new ArrayList<>(10);
        for (String f : List.of(lemma, inflection.inflect(Rules.VERB_THIRD_PERSON, lemma), past, participle, ing(lemma, past))) {
            for (String r : rests) {
                if (!out.contains(f + r)) {
                    out.add(f + r);
                }
            }
        }
        return out;
    }

    /** "close ~ border" also closes "its borders": the object noun after a gap, in the plural. */
    private String pluralObject(String rest) {
        String[] words = rest.trim().split(" ");
        if (words.length < 2 || !PhraseIndex.isGap(words[words.length - 2])) {
            return null;
        }
        String noun = words[words.length - 1];
        if (noun.length() < 3 || notObjectNouns.contains(noun) || !noun.chars().allMatch(Character::isLetter)) {
            return null;
        }
        String plural = inflection.inflect(Rules.OBJECT_PLURAL, noun);
        return plural == null ? null : rest.substring(0, rest.length() - noun.length()) + plural;
    }

    List<String> nounForms(String entry) {
        String n = entry.trim().toLowerCase(Locale.ROOT);
        String plural = inflection.inflect(Rules.TRIGGER_NOUN_PLURAL, n);
        return plural == null ? List.of(n) : List.of(n, plural);
    }

    /** -ing form; a past with a doubled final consonant ("banned") tells us to double it ("banning"). */
    private String ing(String v, String past) {
        String doubled = v + v.charAt(v.length() - 1);
        if (past.equals(inflection.inflect(Rules.VERB_PAST, doubled))) {
            return inflection.inflect(Rules.VERB_GERUND, doubled);
        }
        return inflection.inflect(Rules.VERB_GERUND, v);
    }
}
