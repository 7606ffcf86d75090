package dev.detente.events;

import dev.detente.events.EventLexicon.Kind;
import dev.detente.events.EventLexicon.Trigger;
import dev.detente.events.lexicon.PhraseIndex;
import dev.detente.nlp.Sentence;
import dev.detente.syntax.Upos;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Second component: the word sense of a trigger, from its part of speech and neighbours. Drops
 * figurative uses ("struck a conciliatory tone", "killed the bill", "attacked the plan") and predicative adjectives
 * ("observers are welcome"); a verb form the tagger reads as a noun ("a U.S. request") becomes a
 * nominal trigger; a labour or hunger "strike" is PROTEST, an "air raid" ASSAULT, "joint exercises" COOPERATE,
 * protesters' clashes PROTEST, welcoming a visitor CONSULT (hosting a visit), a protest sent in a diplomatic note
 * or through an envoy ACCUSE.
 */
final class SenseFilter {
    /** How many words after the verb its figurative object may stand ("struck a more conciliatory tone"). */
    private static final int OBJECT_REACH = 4;
    /** How many words before "protest" a note, envoy or ministry makes it a government's complaint. */
    private static final int DIPLOMATIC_REACH = 6;
    private final Map<String, Set<String>> figurativeObjects;
    private final Set<String> copulas;
    private final Set<String> verbContext;
    private final Set<String> labourModifiers;
    private final Set<String> labourContext;
    private final Set<String> militaryModifiers;
    private final Set<String> jointModifiers;
    private final Set<String> protesterWords;
    private final Set<String> clashForms;
    private final Set<String> diplomaticProtestWords;
    private final Set<String> protestForms;
    private final Set<String> welcomeForms;
    private final Set<String> visitorWords;
    private final Set<String> participleDeterminers;
    /** Texts whose participle is their issuer's act ("a communique calling on", "a resolution demanding"). */
    private final Set<String> documentNouns;
    /** The sense of a participle after a text noun: the text's issuer acts ("a resolution demanding that ..."). */
    static final String DOCUMENT_ACT = "document-act";

    private final EventRules rules;

    SenseFilter(EventRules rules) {
        this.rules = rules;
        Set<String> strike = rules.words("senses", "figurative_strike");
        Set<String> kill = rules.words("senses", "figurative_kill");
        Set<String> ask = rules.words("senses", "figurative_ask");
        Set<String> attack = rules.words("senses", "figurative_attack");
        Set<String> thank = rules.words("senses", "figurative_thank");
        Map<String, Set<String>> figurative = new HashMap<>();
        rules.words("senses", "strike_forms").forEach(f -> figurative.put(f, strike));
        rules.words("senses", "kill_forms").forEach(f -> figurative.put(f, kill));
        rules.words("senses", "ask_forms").forEach(f -> figurative.put(f, ask));
        rules.words("senses", "attack_forms").forEach(f -> figurative.put(f, attack));
        rules.words("senses", "thank_forms").forEach(f -> figurative.put(f, thank));
        this.figurativeObjects = Map.copyOf(figurative);
        this.copulas = rules.words("senses", "copulas");
        this.verbContext = rules.words("triggers", "verb_context");
        this.labourModifiers = rules.words("senses", "labour_strike_modifiers");
        this.labourContext = rules.words("senses", "labour_strike_context");
        this.militaryModifiers = rules.words("senses", "military_modifiers");
        this.jointModifiers = rules.words("senses", "joint_modifiers");
        this.protesterWords = rules.words("senses", "protester_words");
        this.clashForms = rules.words("senses", "clash_forms");
        this.diplomaticProtestWords = rules.words("senses", "diplomatic_protest_words");
        this.protestForms = rules.words("senses", "protest_forms");
        this.documentNouns = rules.words("senses", "document_nouns");
        this.welcomeForms = rules.words("senses", "welcome_forms");
        this.visitorWords = rules.words("senses", "visitor_words");
        this.participleDeterminers = rules.words("senses", "participle_determiners");
    }

    /** The trigger as an event word, or null when this use is no event. */
    TriggerHit judge(DocView v, Sentence s, PhraseIndex.Match<Trigger> m, int clauseStart, int clauseEnd) {
        Trigger t = m.value();
        String[] lower = v.lower;
        PloverType type = PloverType.of(t.type());
        Kind kind = t.kind();
        String sense = "";
        if (kind == Kind.VERB && !isEventSense(lower, s.firstToken(), s.endToken(), m.first(), m.end())) {
            return null;
        }
        int first = m.first();
        if (kind == Kind.VERB && first > s.firstToken() + 1 && rules.is(lower[first - 1], EventWord.OPENING_QUOTE_MARKS)
                && v.tokens.get(first).isCapitalized()) {
            return null; // 'NBC's "Meet the Press"': a capitalised verb opening a quotation mid-sentence is a title
        }
        boolean documentAct = false;
        if (kind == Kind.VERB && rules.endsWith(lower[first], EventWord.GERUND_SUFFIXES) && first > s.firstToken()
                && v.syntax.pos(first - 1) == Upos.NOUN && v.syntax.pos(first) == Upos.VERB
                && !(protestForms.contains(lower[first]) && diplomaticProtestWords.contains(lower[first - 1]))) {
            if (!documentNouns.contains(lower[first - 1])) {
                // "a report citing", "forces loyal ... seeking": the participle describes a thing, no party acts;
                // but in "sent a note protesting against" the note's sender protests
                return null;
            }
            // "adopted a resolution demanding that Zagreb abandon the site": the text's issuer acts (unless the text is
            // the object of an act of its own, "blocked a resolution condemning the coup": TriggerFinder drops it then)
            documentAct = true;
        }
        if (kind == Kind.VERB && rules.endsWith(lower[first], EventWord.PAST_SUFFIXES)
                && first > s.firstToken() && participleDeterminers.contains(lower[first - 1])) {
            // "the detained journalist", "its seized ships" (also where "seized ~ ships" is the entry): a participle
            // describing a thing, no act here
            return null;
        }
        // past forms ("accused", "shelled") are never the noun: they need no tagging
        if (kind == Kind.VERB && !rules.endsWith(lower[first], EventWord.PAST_SUFFIXES) && v.syntax.pos(first) == Upos.NOUN
                && !(first > s.firstToken() && verbContext.contains(lower[first - 1]))
                && (!rules.endsWith(lower[first], EventWord.GERUND_SUFFIXES) || determined(v, s, first))) {
            // "a U.S. request", "rejected calls for", "a nuclear strike": the verb's form used as a noun
            kind = Kind.NOUN;
            sense = "pos-noun";
        } else if (kind == Kind.VERB && !rules.endsWith(lower[first], EventWord.PAST_SUFFIXES) && first > s.firstToken()
                && rules.is(lower[first - 1], EventWord.POSSESSIVES)) {
            // "Egypt's demand to halt", "their request": a possessed verb form is the noun, whatever the tagger says
            kind = Kind.NOUN;
            sense = "possessed-noun";
        }
        String head = lower[first];
        if (type == PloverType.ASSAULT && rules.is(head, EventWord.LABOUR_STRIKE_HEADS)
                && labourStrike(lower, s, first)) {
            type = PloverType.PROTEST;
            sense = join(sense, "labour-strike");
        } else if (type == PloverType.COERCE && rules.startsWith(head, EventWord.RAID_STEMS) && first > s.firstToken()
                && militaryModifiers.contains(lower[first - 1])) {
            type = PloverType.ASSAULT;
            sense = join(sense, "military-raid");
        } else if (type == PloverType.MOBILIZE && LowerWords.anyIn(lower, Math.max(s.firstToken(), first - 1), m.end(), jointModifiers)) {
            type = PloverType.COOPERATE;
            sense = join(sense, "joint-exercise");
        } else if (type == PloverType.ASSAULT && clashForms.contains(head)
                && LowerWords.anyIn(lower, Math.max(s.firstToken(), first - 3), first, protesterWords)) {
            type = PloverType.PROTEST;
            sense = join(sense, "violent-protest");
        } else if (type == PloverType.PROTEST && protestForms.contains(head)
                && LowerWords.anyIn(lower, Math.max(s.firstToken(), first - DIPLOMATIC_REACH), first, diplomaticProtestWords)
                && !LowerWords.anyIn(lower, s.firstToken(), first, protesterWords)) {
            type = PloverType.ACCUSE;
            sense = join(sense, "diplomatic-protest");
        } else if (type == PloverType.SUPPORT && m.end() == first + 1 && welcomeForms.contains(head)
                && visitorFollows(lower, m.end(), s.endToken())) {
            type = PloverType.CONSULT;
            sense = join(sense, "hosted-visit");
        }
        return new TriggerHit(m, s, clauseStart, clauseEnd, type, kind, documentAct ? DOCUMENT_ACT : sense);
    }

    /** "the meeting", "Russia's shelling", "new bombing": an -ing form is a noun only after a determiner. */
    private boolean determined(DocView v, Sentence s, int first) {
        if (first == s.firstToken()) {
            return false;
        }
        Upos prev = v.syntax.pos(first - 1);
        String w = v.lower[first - 1];
        return prev == Upos.DET || prev == Upos.ADJ || rules.is(w, EventWord.POSSESSIVES);
    }

    /** "a general strike", "teachers' strike", "strike over pay": a work stoppage, not an attack. */
    private boolean labourStrike(String[] lower, Sentence s, int first) {
        for (int k = Math.max(s.firstToken(), first - 2); k < first; k++) {
            if (labourModifiers.contains(lower[k])) {
                return true;
            }
        }
        for (int k = first + 1; k < Math.min(s.endToken(), first + 3); k++) {
            if (labourContext.contains(lower[k])) {
                return true;
            }
        }
        return false;
    }

    /** "welcomed the Ukrainian president": a visitor word within three words, not a possessor ("the president's plan"). */
    private boolean visitorFollows(String[] lower, int from, int sentenceEnd) {
        for (int k = from; k < Math.min(sentenceEnd, from + 3); k++) {
            if (visitorWords.contains(lower[k])) {
                return !(k + 1 < sentenceEnd && rules.is(lower[k + 1], EventWord.POSSESSIVES));
            }
        }
        return false;
    }

    private static String join(String a, String b) {
        return a.isEmpty() ? b : a + " +" + b;
    }

    /** False when the verb trigger at [first, end) is used figuratively or as an adjective. */
    private boolean isEventSense(String[] lower, int sentenceStart, int sentenceEnd, int first, int end) {
        Set<String> figurative = figurativeObjects.get(lower[first]);
        // the object follows a one-word trigger, or one that ends in its preposition ("asked for")
        if (figurative != null && (end == first + 1 || rules.is(lower[end - 1], EventWord.FOR))) {
            for (int k = end; k < Math.min(sentenceEnd, end + OBJECT_REACH); k++) {
                if (figurative.contains(lower[k])) {
                    return false;
                }
            }
        }
        return !(rules.is(lower[first], EventWord.WELCOME) && first > sentenceStart && copulas.contains(lower[first - 1]));
    }
}
