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
 * Every party of a document that an event can have (reads {@link WordLayers#COUNTRIES}), in text order: the actors layer's mentions
 * (people, organisations, countries) when it is there, plus countries named by name, demonym,
 * capital or seat of government, plus "I"/"we" inside a direct quotation (its speaker). Without the
 * actors layer, capitalised name runs stand in for people and bodies ("UN Special Envoy Anna
 * Berg" → "Anna Berg"; "the Foreign Ministry" → "Foreign Ministry"), each widened to the
 * fullest form the document uses. A sentence-initial "He"/"She"/"It"/"They" that no mention
 * resolves takes the previous sentence's first person (or country or body).
 */
final class ParticipantFinder {
    private final Set<String> titleWords;
    private final Set<String> bodyWords;
    private final Set<String> notNames;
    private final Set<String> nameConnectors;
    private final CountryGazetteer countries;
    private final EventRules rules;

    ParticipantFinder(CountryGazetteer countries, EventRules rules) {
        this.countries = countries;
        this.rules = rules;
        this.titleWords = rules.words("participants", "title_words");
        this.bodyWords = rules.words("participants", "body_words");
        this.notNames = rules.words("participants", "not_names");
        this.nameConnectors = rules.words("participants", "name_connectors");
    }

    List<Participant> find(Doc doc, List<Token> tokens, List<Sentence> sentences) {
        TokenIndex tix = new TokenIndex(tokens);
        List<Participant> out = new ArrayList<>();
        boolean[] taken = new boolean[tokens.size()];
        boolean haveActors = doc.has(ActorLayers.MENTIONS) && doc.has(ActorLayers.ACTORS);
        if (haveActors) {
            Map<String, Actor> byId = new HashMap<>();
            for (Actor a : doc.list(ActorLayers.ACTORS)) {
                byId.put(a.id(), a);
            }
            for (Mention m : doc.list(ActorLayers.MENTIONS)) {
                Actor a = byId.get(m.actorId());
                if (a == null || a.kind() == ActorKind.PLACE || m.form() == MentionForm.PRONOUN && a.kind() != ActorKind.PERSON) {
                    continue;
                }
                boolean isCountry = a.kind() == ActorKind.COUNTRY;
                String country = isCountry ? a.code() : a.country();
                String name = isCountry && a.code() != null && countries.isCountryCode(a.code())
                        ? countries.name(a.code()) : a.name();
                add(out, taken, tix, m.span(), name, country, a.id(), isCountry, a.kind() == ActorKind.PERSON);
            }
        }
        ActorIndex actors = haveActors ? ActorIndex.of(doc) : null;
        for (CountryGazetteer.CountryMention c : doc.list(WordLayers.COUNTRIES)) {
            if (isTaken(taken, tix, c.span()) && overlapsAny(out, c.span())) {
                continue;
            }
            boolean body = c.form() == CountryGazetteer.Form.BODY;
            add(out, taken, tix, c.span(), body ? c.text() : countries.name(c.code()), c.code(),
                    actors == null ? null : actorIdOf(actors, c), !body, false);
        }
        addQuotedSpeakers(doc, tokens, tix, out, taken, actors);
        if (!haveActors) {
            addNameRuns(tokens, sentences, out, taken);
        }
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
                && c.code().equals(at.kind() == ActorKind.COUNTRY ? at.code() : at.country())) {
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
                    || actors != null && (st.speakerId() == null || actors.actor(st.speakerId()).isEmpty())) {
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

    /** Capitalised runs as names, split at titles and at countries already found. */
    private void addNameRuns(List<Token> tokens, List<Sentence> sentences, List<Participant> out, boolean[] taken) {
        List<Participant> found = new ArrayList<>();
        Map<String, String> fullestByLast = new HashMap<>();
        for (Sentence s : sentences) {
            int i = s.firstToken();
            while (i < s.endToken()) {
                if (!tokens.get(i).isCapitalized() || taken[i]) {
                    i++;
                    continue;
                }
                int j = i;
                while (j < s.endToken() && !taken[j] && (tokens.get(j).isCapitalized()
                        || nameConnectors.contains(tokens.get(j).lower()) && j + 1 < s.endToken()
                        && tokens.get(j + 1).isCapitalized())) {
                    j++;
                }
                Participant p = nameOf(tokens, i, j);
                if (p != null) {
                    found.add(p);
                    if (!p.isCountry() && p.isPerson()) {
                        String last = lastWord(p.name());
                        String known = fullestByLast.get(last);
                        if (known == null || known.length() < p.name().length()) {
                            fullestByLast.put(last, p.name());
                        }
                    }
                }
                i = j;
            }
        }
        for (Participant p : found) {
            String full = p.isPerson() ? fullestByLast.getOrDefault(lastWord(p.name()), p.name()) : p.name();
            out.add(new Participant(p.tokenStart(), p.tokenEnd(), p.span(), full, null, null, false, p.isPerson()));
        }
    }

    private Participant nameOf(List<Token> tokens, int from, int to) {
        boolean body = false;
        for (int k = from; k < to; k++) {
            body |= bodyWords.contains(tokens.get(k).lower());
        }
        int start = from;
        if (body) {
            while (start < to && notNames.contains(tokens.get(start).lower())) {
                start++;
            }
        } else {
            for (int k = from; k < to; k++) {
                String w = tokens.get(k).lower();
                if (titleWords.contains(w) || notNames.contains(w)) {
                    start = k + 1;
                }
            }
        }
        if (start >= to || !tokens.get(start).isWord() || tokens.get(start).text().length() < 2
                || to - start == 1 && isAcronym(tokens.get(start).text())) {
            return null;
        }
        StringBuilder name = new StringBuilder();
        for (int k = start; k < to; k++) {
            if (k > start) {
                name.append(' ');
            }
            name.append(tokens.get(k).text());
        }
        Span span = new Span(tokens.get(start).start(), tokens.get(to - 1).end());
        return new Participant(start, to, span, name.toString(), null, null, false, !body);
    }

    /** "GDP", "FM", "JIT": unknown acronyms are more often things than parties. */
    private static boolean isAcronym(String w) {
        return w.length() <= 5 && w.equals(w.toUpperCase(java.util.Locale.ROOT));
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
            String w = tokens.get(s.firstToken()).lower();
            boolean person = rules.is(w, EventWord.PERSON_PRONOUNS);
            if (!person && !rules.is(w, EventWord.THING_PRONOUNS) || taken[s.firstToken()]) {
                continue;
            }
            Sentence prev = sentences.get(si - 1);
            for (Participant p : sorted) {
                if (p.tokenStart() >= prev.firstToken() && p.tokenEnd() <= prev.endToken() && p.isPerson() == person) {
                    Token t = tokens.get(s.firstToken());
                    out.add(new Participant(s.firstToken(), s.firstToken() + 1, t.span(), p.name(), p.country(),
                            p.actorId(), p.isCountry(), person));
                    break;
                }
            }
        }
    }

    private static String lastWord(String name) {
        int sp = name.lastIndexOf(' ');
        return sp < 0 ? name : name.substring(sp + 1);
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
