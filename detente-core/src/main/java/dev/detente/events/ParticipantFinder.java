package dev.detente.events;

import dev.detente.actors.Actor;
import dev.detente.actors.ActorIndex;
import dev.detente.actors.ActorKind;
import dev.detente.actors.ActorLayers;
import dev.detente.actors.Mention;
import dev.detente.actors.MentionForm;
import dev.detente.doc.Doc;
import dev.detente.doc.Span;
import dev.detente.events.lexicon.CountryGazetteer;
import dev.detente.events.lexicon.WordLayers;
import dev.detente.nlp.Sentence;
import dev.detente.nlp.Token;
import dev.detente.statements.Statement;
import dev.detente.statements.StatementLayers;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every party of a document that an event can have, in text order: the actors layer's mentions
 * (people, organisations, countries: the one source of who a name is), plus countries named by
 * name, demonym, capital or seat of government ({@link WordLayers#COUNTRIES}, given the actor the
 * actors layer resolved there), plus "I"/"we" inside a direct quotation (its speaker). A sentence-initial "He"/"She"/"It"/"They"
 * (also right after an opening adverbial: "In 2023 it delivered") that no mention resolves takes the previous sentence's
 * first person (or country or body).
 */
final class ParticipantFinder {
    /** How far into a sentence an opening adverbial may hold its subject pronoun ("In late March 2023 it ..."). */
    private static final int OPENING_ADVERBIAL_WORDS = 7;
    private final CountryGazetteer countries;
    private final EventRules rules;
    /** Words that open an adverbial before the subject ("In 2023 it delivered ..."). */
    private final Set<String> introPrepositions;

    ParticipantFinder(CountryGazetteer countries, EventRules rules) {
        this.countries = countries;
        this.rules = rules;
        this.introPrepositions = rules.words("participants", "intro_prepositions");
    }

    List<Participant> find(Doc doc, List<Token> tokens, List<Sentence> sentences) {
        TokenIndex tix = new TokenIndex(tokens);
        List<Participant> out = new ArrayList<>();
        boolean[] taken = new boolean[tokens.size()];
        Map<String, Actor> byId = new HashMap<>();
        for (Actor a : doc.list(ActorLayers.ACTORS)) {
            byId.put(a.id(), a);
        }
        for (Mention m : doc.list(ActorLayers.MENTIONS)) {
            Actor a = byId.get(m.actorId());
            if (a == null || a.kind() == ActorKind.PLACE || m.form() == MentionForm.PRONOUN && a.kind() != ActorKind.PERSON) {
                continue;
            }
            addActor(out, taken, tix, m.span(), a);
        }
        ActorIndex actors = ActorIndex.of(doc);
        for (CountryGazetteer.CountryMention c : doc.list(WordLayers.COUNTRIES)) {
            if (isTaken(taken, tix, c.span()) && overlapsAny(out, c.span())) {
                continue;
            }
            boolean body = c.form() == CountryGazetteer.Form.BODY;
            add(out, taken, tix, c.span(), body ? c.text() : countries.name(c.code()), c.code(),
                    actorIdOf(actors, c), !body, false);
        }
        addQuotedSpeakers(doc, tokens, tix, out, taken, actors);
        addReportedSubjects(doc, tokens, tix, out, taken, actors);
        addPronouns(tokens, sentences, out, taken);
        out.sort(Comparator.comparingInt(Participant::tokenStart));
        return out;
    }

    /**
     * The actors layer's id for a country the gazetteer found by name, demonym, capital or seat of
     * government: the body the actors layer resolved there ("the Kremlin" → RUS-GOV), else the
     * document's country actor with that code, else the place actor the capital was resolved to.
     */
    private static String actorIdOf(ActorIndex actors, CountryGazetteer.CountryMention c) {
        Actor at = actors.actorAt(c.span()).orElse(null);
        if (at != null && (at.kind() == ActorKind.ORGANIZATION || at.kind() == ActorKind.COUNTRY)
                && c.code().equals(at.countryCode())) {
            return at.id();
        }
        for (Actor a : actors.actors()) {
            if (a.kind() == ActorKind.COUNTRY && c.code().equals(a.code())) {
                return a.id();
            }
        }
        return at != null && at.kind() == ActorKind.PLACE && c.code().equals(at.code()) ? at.id() : null;
    }

    /**
     * "I", "we", "my", "our" inside a direct quotation stand for its speaker, when the speaker is an
     * actor (a side is always an actor id; "speaker:transcript" is a label, not an actor).
     */
    private void addQuotedSpeakers(Doc doc, List<Token> tokens, TokenIndex tix, List<Participant> out,
                                          boolean[] taken, ActorIndex actors) {
        for (Statement st : doc.list(StatementLayers.STATEMENTS)) {
            if (!st.direct() || st.speakerName() == null
                    || (st.speakerId() == null || actors.actor(st.speakerId()).isEmpty())) {
                continue;
            }
            for (int i = tix.firstAtOrAfter(st.span().start()); i < tokens.size() && tokens.get(i).end() <= st.span().end(); i++) {
                String w = tokens.get(i).lower();
                if (rules.is(w, EventWord.SPEAKER_PRONOUNS) && !taken[i]) {
                    add(out, taken, tix, tokens.get(i).span(), st.speakerName(), st.speakerCountry(), st.speakerId(), false, true);
                }
            }
        }
    }

    /**
     * The pronoun that opens reported speech stands for its speaker: "Washington said it would impose
     * sanctions", "the minister said he would resign" ("it"/"they" for a country or body, "he"/"she"
     * for a person), when the speaker is an actor.
     */
    private void addReportedSubjects(Doc doc, List<Token> tokens, TokenIndex tix, List<Participant> out,
                                     boolean[] taken, ActorIndex actors) {
        for (Statement st : doc.list(StatementLayers.STATEMENTS)) {
            if (st.direct() || st.speakerId() == null) {
                continue;
            }
            Actor speaker = actors.actor(st.speakerId()).orElse(null);
            int i = tix.firstAtOrAfter(st.span().start());
            if (speaker == null || i >= tokens.size() || taken[i] || tokens.get(i).start() < st.span().start()) {
                continue;
            }
            String w = tokens.get(i).lower();
            boolean person = speaker.kind() == ActorKind.PERSON;
            if (person ? rules.is(w, EventWord.PERSON_PRONOUNS) : rules.is(w, EventWord.THING_PRONOUNS)) {
                addActor(out, taken, tix, tokens.get(i).span(), speaker);
            }
        }
    }

    /**
     * "He"/"She" starting a sentence: the first person named in the sentence before; "It"/"They":
     * the first country or body named there.
     */
    private void addPronouns(List<Token> tokens, List<Sentence> sentences, List<Participant> out, boolean[] taken) {
        List<Participant> sorted = new ArrayList<>(out);
        sorted.sort(Comparator.comparingInt(Participant::tokenStart));
        for (int si = 1; si < sentences.size(); si++) {
            Sentence s = sentences.get(si);
            if (s.tokenCount() == 0) {
                continue;
            }
            int at = openingPronoun(tokens, s, taken);
            if (at < 0) {
                continue;
            }
            boolean person = rules.is(tokens.get(at).lower(), EventWord.PERSON_PRONOUNS);
            Sentence prev = sentences.get(si - 1);
            for (Participant p : sorted) {
                if (p.tokenStart() >= prev.firstToken() && p.tokenEnd() <= prev.endToken() && p.isPerson() == person) {
                    Token t = tokens.get(at);
                    out.add(new Participant(at, at + 1, t.span(), p.name(), p.country(), p.actorId(), p.isCountry(), person));
                    break;
                }
            }
        }
    }

    /**
     * The sentence's subject pronoun that continues the sentence before: its first word ("It sent ..."), or the
     * first pronoun after an opening adverbial with no party in it ("In 2023 it delivered ...", "On Monday, they
     * said ..."); -1 when there is none or a mention already resolves it.
     */
    private int openingPronoun(List<Token> tokens, Sentence s, boolean[] taken) {
        int first = s.firstToken();
        int limit = Math.min(s.endToken(), first + OPENING_ADVERBIAL_WORDS);
        boolean adverbial = introPrepositions.contains(tokens.get(first).lower());
        for (int k = first; k < limit; k++) {
            String w = tokens.get(k).lower();
            if (rules.is(w, EventWord.PERSON_PRONOUNS) || rules.is(w, EventWord.THING_PRONOUNS)) {
                return taken[k] ? -1 : k;
            }
            if (!adverbial || taken[k]) {
                return -1;
            }
        }
        return -1;
    }

    private static boolean overlapsAny(List<Participant> ps, Span span) {
        for (Participant p : ps) {
            if (p.span().overlaps(span)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a token of the span is already some party's (hyphen parts share their token, so check the span). */
    private static boolean isTaken(boolean[] taken, TokenIndex tix, Span span) {
        int first = tix.firstAtOrAfter(span.start());
        int end = Math.max(first + 1, tix.firstAtOrAfter(span.end()));
        for (int k = first; k < end && k < taken.length; k++) {
            if (taken[k]) {
                return true;
            }
        }
        return false;
    }

    /** A party that is an actor: a country by its gazetteer name, anything else by the actor's. */
    private void addActor(List<Participant> out, boolean[] taken, TokenIndex tix, Span span, Actor a) {
        boolean isCountry = a.kind() == ActorKind.COUNTRY;
        String country = isCountry ? a.code() : a.country();
        String name = isCountry && a.code() != null && countries.isCountryCode(a.code()) ? countries.name(a.code()) : a.name();
        add(out, taken, tix, span, name, country, a.id(), isCountry, a.kind() == ActorKind.PERSON);
    }

    private static void add(List<Participant> out, boolean[] taken, TokenIndex tix, Span span, String name, String country,
                            String actorId, boolean isCountry, boolean isPerson) {
        int first = tix.firstAtOrAfter(span.start());
        int end = Math.max(first + 1, tix.firstAtOrAfter(span.end()));
        out.add(new Participant(first, end, span, name, country, actorId, isCountry, isPerson));
        for (int k = first; k < end && k < taken.length; k++) {
            taken[k] = true;
        }
    }
}
