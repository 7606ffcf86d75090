package dev.detente.actors;

import static dev.detente.actors.ActorWord.*;

import dev.detente.doc.Layer;
import dev.detente.doc.ArticleMeta;
import dev.detente.doc.Doc;
import dev.detente.doc.Span;
import dev.detente.knowledge.Knowledge;
import dev.detente.nlp.Paragraph;
import dev.detente.nlp.Sentence;
import dev.detente.nlp.TextLayers;
import dev.detente.nlp.Token;
import dev.detente.pipeline.EnglishOnly;
import dev.detente.pipeline.Stage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Adds {@link ActorLayers#ACTORS} and {@link ActorLayers#MENTIONS}: every person, organisation,
 * country and place of a document with its role and country, and every mention of them (names,
 * partial names, titles, role nouns, pronouns, demonyms). Rule-based over the token layer: gazetteer
 * hits by hashed n-grams ({@link Gazetteer}), name runs ({@link NameRecognizer}), roles
 * ({@link RoleReader}), then one coreference pass ({@link Coreference}). A person's country is their
 * role's, else one a role noun gave them, else that of the person their role is relative to, else
 * the country the document ties an unnamed body to (the same body named with its country elsewhere,
 * or a dateline such as "BEIJING, April 30"); null when the document does not tell.
 */
public final class ActorStage implements Stage {

    private final ActorKnowledge knowledge;
    private final ActorWords words;
    private final NameMatching matching;
    private final NameRecognizer recognizer;

    public ActorStage(ActorKnowledge knowledge) {
        this.knowledge = knowledge;
        this.words = knowledge.words();
        this.matching = new NameMatching(knowledge);
        this.recognizer = new NameRecognizer(knowledge, matching);
    }

    public ActorStage(Knowledge knowledge) {
        this(ActorKnowledge.of(knowledge));
    }

    @Override
    public String name() {
        return "actors";
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(TextLayers.TOKENS, TextLayers.SENTENCES, TextLayers.PARAGRAPHS);
    }

    @Override
    public Set<Layer<?>> adds() {
        return Set.of(ActorLayers.ACTORS, ActorLayers.MENTIONS);
    }

    @Override
    public Doc process(Doc doc) {
        List<Token> tokens = doc.list(TextLayers.TOKENS);
        List<Sentence> sentences = doc.list(TextLayers.SENTENCES);
        String language = doc.meta().language();
        if (tokens.isEmpty() || !EnglishOnly.isEnglish(language)) {
            return doc.with(ActorLayers.ACTORS, List.of()).with(ActorLayers.MENTIONS, List.of());
        }
        String text = doc.text();
        TokenView v = new TokenView(tokens, sentences, knowledge);
        if (language == null && !looksEnglish(v)) { // the language stage, when it ran, has decided already
            return doc.with(ActorLayers.ACTORS, List.of()).with(ActorLayers.MENTIONS, List.of());
        }
        NameRecognizer.Result names = recognizer.recognize(v);
        RoleReader roleReader = new RoleReader(knowledge, text, v, names);
        boolean[] inRole = new boolean[v.size()];
        CountryEvidence context = new CountryEvidence(knowledge, v, doc.list(TextLayers.PARAGRAPHS), inRole);

        List<PersonState> persons = new ArrayList<>();
        for (NameRecognizer.Cluster c : names.persons()) {
            PersonState p = new PersonState("p" + (persons.size() + 1), c);
            p.gender = knowledge.givenNameGender(c.fullest.get(0));
            persons.add(p);
        }
        int[] personOfRun = names.clusterOfRun();
        List<Mention> mentions = new ArrayList<>();
        readRoles(v, names, roleReader, persons, personOfRun, inRole, mentions);

        placeCountries(new LocalPlaces(knowledge, v), persons);
        Coreference coref = new Coreference(knowledge, v, persons, personOfRun, names, roleReader, inRole);
        coref.run();
        settleCountries(v, persons, coref, context);
        guessCountries(v, persons, context);
        settleCountries(v, persons, coref, context); // relatives of a person whose country was just guessed
        new OtherSide(knowledge, v, inRole).correct(persons);

        List<Actor> actors = new ArrayList<>();
        mentions.addAll(coref.mentions);
        PlaceNames places = new PlaceNames(knowledge, v);
        Set<String> notPersons = new java.util.HashSet<>();
        for (PersonState p : persons) {
            if (p.cluster.runs.isEmpty()) {
                continue; // a one-word name merged into a fuller one ("Prince Faisal")
            }
            if (places.onlyAPlace(p)) {
                notPersons.add(p.id); // "the Nicaraguan town of San Carlos", "on Lake Nyasa"
                continue;
            }
            String role = p.role == null ? null : roleText(text, v, p, persons);
            actors.add(new Actor(p.id, ActorKind.PERSON, p.name(), role, p.country, null, p.evidence));
        }
        addAuthors(doc.meta(), persons.size() + 1, actors);
        new OtherActors(knowledge, v, names, context).collect(actors, mentions);
        mentions.removeIf(m -> notPersons.contains(m.actorId()));
        mentions.sort(Comparator.comparing(Mention::span));
        return doc.with(ActorLayers.ACTORS, List.copyOf(actors)).with(ActorLayers.MENTIONS, List.copyOf(mentions));
    }

    /**
     * The bylined author or named editor is one of the article's people (with the role the byline
     * gives, no country: a byline does not say whom its writer speaks for), unless the text names them too.
     */
    private static void addAuthors(ArticleMeta meta, int firstId, List<Actor> actors) {
        String author = meta.author();
        String role = meta.extra().get(ArticleMeta.AUTHOR_ROLE);
        List<String> writers = new ArrayList<>();
        if (author != null && !author.isBlank()) {
            writers.add(author.strip());
        }
        String others = meta.extra().get(ArticleMeta.CO_AUTHORS);
        if (others != null && !writers.isEmpty()) {
            writers.addAll(List.of(others.split(java.util.regex.Pattern.quote(ArticleMeta.CO_AUTHOR_SEPARATOR))));
        }
        int id = firstId;
        for (String writer : writers) {
            id = addWriter(writer, role, id, actors);
        }
        String credits = meta.extra().get(ArticleMeta.CREDITS);
        if (credits != null) { // "(Reporting by A; Editing by B)"
            for (String credit : credits.split(java.util.regex.Pattern.quote(ArticleMeta.CO_AUTHOR_SEPARATOR))) {
                int eq = credit.lastIndexOf('=');
                if (eq > 0) {
                    id = addWriter(credit.substring(0, eq), credit.substring(eq + 1), id, actors);
                }
            }
        }
    }

    /** Adds a writer with a role unless the text or the byline names them already; the next free id. */
    private static int addWriter(String writer, String role, int id, List<Actor> actors) {
        boolean named = writer.isBlank() || actors.stream()
                .anyMatch(a -> a.kind() == ActorKind.PERSON && a.name().equalsIgnoreCase(writer.strip()));
        if (!named) {
            actors.add(new Actor("p" + id++, ActorKind.PERSON, writer.strip(), role, null, null, List.of()));
        }
        return id;
    }

    private void readRoles(TokenView v, NameRecognizer.Result names, RoleReader reader, List<PersonState> persons,
                           int[] personOfRun, boolean[] inRole, List<Mention> titles) {
        RoleReader.Role previous = null;
        int previousEnd = -1;
        for (int r = 0; r < names.runs().size(); r++) {
            int person = personOfRun[r];
            if (person < 0) {
                continue;
            }
            NameRecognizer.Run run = names.runs().get(r);
            PersonState p = persons.get(person);
            RoleReader.Role role = reader.read(run);
            if (role == null && previous != null && previous.plural() && coordinatedAfter(v, previousEnd, run.start())) {
                role = previous; // "his deputies X and Y", "water ministers X of Ethiopia and Y of Egypt"
            }
            if (role != null) {
                for (int k = role.start(); k < role.end(); k++) {
                    inRole[k] = true;
                }
                Span span = new Span(v.tokens.get(role.start()).start(), v.tokens.get(role.end() - 1).end());
                p.evidence.add(span);
                titles.add(new Mention(span, p.id, MentionForm.TITLE));
                if (p.role != null && fuller(role, p.role)) {
                    p.role = role; // "President X" then "X, the U.S. president,": the fullest form of the same role
                } else if (p.role == null) {
                    p.role = role;
                    if (role.relativeRun() >= 0 && personOfRun[role.relativeRun()] != person) {
                        p.relative = personOfRun[role.relativeRun()];
                    }
                }
                if (p.country == null && role.affiliation().country() != null) {
                    p.country = role.affiliation().country();
                    p.countryStated = true;
                }
                if (role.relativePronoun() >= 0 && words.bodyPossessivePronouns().contains(v.lower[role.relativePronoun()])) {
                    p.bodyOwner = bodyBefore(v, role.relativePronoun());
                    if (p.bodyOwner >= 0 && p.country == null) {
                        GazetteerEntry owner = v.hit[p.bodyOwner].firstOf(GazetteerEntry.Type.COUNTRY);
                        GazetteerEntry org = v.hit[p.bodyOwner].firstOf(GazetteerEntry.Type.ORGANIZATION);
                        p.country = owner != null ? owner.code() : org != null && !"igo".equals(org.orgKind()) ? org.country() : null;
                    }
                }
                if (p.contextBody == null && role.affiliation().genericBody() != null) {
                    p.contextBody = role.affiliation().genericBody();
                }
                int titleGender = knowledge.titleGender(lastWord(role.text()));
                if (titleGender != 0) {
                    p.gender = titleGender; // "spokeswoman" says more than a given name's usual gender
                }
            }
            if (p.country == null && v.is(run.end(), OF) && v.isHit(run.end() + 1, GazetteerEntry.Type.COUNTRY)
                    && !v.isPossessive(v.hit[run.end() + 1].end())) {
                p.country = v.hit[run.end() + 1].firstOf(GazetteerEntry.Type.COUNTRY).code(); // "X of Egypt"
                p.countryStated = true;
            }
            if (p.sentencePossessor < 0) {
                p.sentencePossessor = possessorBefore(v, reader, personOfRun, run, person);
            }
            previous = role;
            previousEnd = run.end() - 1;
        }
    }

    /** "Slubice mayor X", "the mayor of Slubice, X": a role titled by a small place the text gives a country. */
    private static void placeCountries(LocalPlaces places, List<PersonState> persons) {
        for (PersonState p : persons) {
            if (p.countryStated || p.role == null) {
                continue;
            }
            for (int k = p.role.start() - 1; k < p.role.end(); k++) {
                String c = places.countryOf(k);
                if (c != null) {
                    p.country = c;
                    p.countryStated = true;
                    break;
                }
            }
        }
    }

    /**
     * The organisation or country an "its" stands for: the nearest one named before it, in its sentence or
     * the one before ("The African Union condemned the raid. Its chairperson, X, said"); -1 when none.
     */
    private static int bodyBefore(TokenView v, int pronoun) {
        int sentence = v.sentenceOf[pronoun];
        int from = v.sentences.get(Math.max(0, sentence - 1)).firstToken();
        for (int k = pronoun - 1; k >= from; k--) {
            Gazetteer.Match m = v.hit[k];
            if (m != null && (m.has(GazetteerEntry.Type.ORGANIZATION) || m.has(GazetteerEntry.Type.COUNTRY))
                    && !m.has(GazetteerEntry.Type.TITLE)) {
                return m.start();
            }
        }
        return -1;
    }

    /**
     * The role as written, but for a counterpart: "his South Korean counterpart" of a Japanese foreign
     * minister is the South Korean foreign minister, the office of the person the role is relative to
     * with its own country words in front.
     */
    private String roleText(String docText, TokenView v, PersonState p, List<PersonState> persons) {
        String text = p.role.text();
        if (p.bodyOwner >= 0) { // "Its secretary general" of the OAS: "Organization of American States secretary general"
            Gazetteer.Match owner = v.hit[p.bodyOwner];
            return docText.substring(v.tokens.get(owner.start()).start(), v.tokens.get(owner.end() - 1).end()) + " " + text;
        }
        if (p.role.end() - p.role.start() == 1 && words.bodyVoiceHeads().contains(v.lower[p.role.start()])) {
            String body = bodyOfSentence(docText, v, v.sentenceOf[p.role.start()], p.role.start());
            if (body != null) {
                return body + " " + text;
            }
        }
        int headAt = text.toLowerCase(Locale.ROOT).lastIndexOf(p.role.head());
        if (!words.relationalRoleHeads().contains(p.role.head()) || p.relative < 0 || headAt < 0) {
            return text;
        }
        RoleReader.Role office = persons.get(p.relative).role;
        if (office == null || office.relativeRun() >= 0 || words.relationalRoleHeads().contains(office.head())) {
            return text;
        }
        int k = office.start();
        while (k < office.end() && (v.isAffiliation(k) && !v.isHit(k, GazetteerEntry.Type.TITLE)
                || v.isPossessive(k) || words.articles().contains(v.lower[k]))) {
            k = v.hit[k] != null ? v.hit[k].end() : k + 1; // "Japanese", "Iran's": the other country's words
        }
        if (k >= office.end()) {
            return text; // nothing but the other country: no office to take
        }
        String otherCountry = docText.substring(v.tokens.get(office.start()).start(), v.tokens.get(k).start());
        if (!office.text().startsWith(otherCountry)) {
            return text;
        }
        return (text.substring(0, headAt) + office.text().substring(otherCountry.length())).strip();
    }

    /**
     * The one national body a sentence names before token {@code before}, with the demonym before it
     * ("the French Foreign Ministry's"), as written; null when it names none or several.
     */
    private static String bodyOfSentence(String docText, TokenView v, int sentence, int before) {
        var s = v.sentences.get(sentence);
        String found = null;
        for (int k = s.firstToken(); k < before; k++) {
            Gazetteer.Match m = v.hit[k];
            if (m == null || m.start() != k) {
                continue;
            }
            GazetteerEntry org = m.firstOf(GazetteerEntry.Type.ORGANIZATION);
            boolean national = org != null ? !"igo".equals(org.orgKind()) : m.has(GazetteerEntry.Type.GENERIC_BODY)
                    && m.firstOf(GazetteerEntry.Type.GENERIC_BODY).defaultCode() == null;
            if (national) {
                if (found != null) {
                    return null;
                }
                int start = k > s.firstToken() && v.hit[k - 1] != null && v.hit[k - 1].end() == k
                        && v.hit[k - 1].has(GazetteerEntry.Type.DEMONYM) ? v.hit[k - 1].start() : k;
                found = docText.substring(v.tokens.get(start).start(), v.tokens.get(m.end() - 1).end());
            }
            k = m.end() - 1;
        }
        return found;
    }

    /**
     * Whether the name starting at {@code next} is coordinated with the one ending at token {@code previousEnd}:
     * only "and" or a comma between them, after an optional "of" and a country ("X of Ethiopia and Y").
     */
    private static boolean coordinatedAfter(TokenView v, int previousEnd, int next) {
        int k = previousEnd + 1;
        if (v.is(k, OF) && k + 1 < v.size() && v.hit[k + 1] != null && v.isAffiliation(k + 1)) {
            k = v.hit[k + 1].end();
        }
        return k == next - 1 && (v.is(k, AND) || v.is(k, ","));
    }

    /** The same role (one head or its synonyms) written with more words, none of them another person's. */
    private boolean fuller(RoleReader.Role candidate, RoleReader.Role current) {
        return candidate.relativeRun() < 0 && current.relativeRun() < 0 && !candidate.plural()
                && candidate.end() - candidate.start() > current.end() - current.start()
                && knowledge.synonymsOf(current.head()).contains(candidate.head())
                && (current.affiliation().country() == null
                    || current.affiliation().country().equals(candidate.affiliation().country()));
    }

    /** A person named in a possessive earlier in the sentence: "Smith's team included X". */
    private static int possessorBefore(TokenView v, RoleReader reader, int[] personOfRun, NameRecognizer.Run run,
                                       int self) {
        Sentence s = v.sentence(run.start());
        for (int k = run.start() - 1; k > s.firstToken(); k--) {
            if (v.isPossessive(k)) {
                int owner = reader.personRunEndingAt(k - 1);
                if (owner >= 0 && personOfRun[owner] != self) {
                    return personOfRun[owner];
                }
            }
        }
        return -1;
    }

    private static void settleCountries(TokenView v, List<PersonState> persons, Coreference coref, CountryEvidence context) {
        for (PersonState p : persons) {
            if (p.relative < 0 && p.role != null && p.role.relativePronoun() >= 0) {
                Integer referent = coref.pronounReferent.get(p.role.relativePronoun());
                if (referent != null && persons.get(referent) != p) {
                    p.relative = referent;
                }
            }
        }
        for (int round = 0; round < 2; round++) {
            for (PersonState p : persons) {
                if (p.country != null) {
                    continue;
                }
                if (p.relative >= 0) {
                    p.country = persons.get(p.relative).country;
                } else if (p.contextBody != null) {
                    p.country = p.role == null ? context.datelineCountry
                            : context.countryOfBody(p.contextBody, v.sentenceOf[p.role.start()], p.role.start(), p.role.end());
                } else if (p.role != null && p.sentencePossessor >= 0) {
                    p.country = persons.get(p.sentencePossessor).country;
                }
            }
        }
    }

    /**
     * A role that names no country ("Foreign Minister X said") most often belongs to the government the
     * sentence or the one before speaks for ({@link CountryEvidence#forRole}), else the one the
     * frames of the sentences of the person's other mentions speak for, else the dateline's.
     * International roles ("EU Council President") stay without.
     */
    private static void guessCountries(TokenView v, List<PersonState> persons, CountryEvidence context) {
        for (PersonState p : persons) {
            if (p.country != null || p.role == null || p.role.affiliation().international()
                    || p.cluster.runs.isEmpty() || p.relative >= 0 || p.bodyOwner >= 0) {
                continue; // "Its secretary general": the body named before says it, an international one none
            }
            String c = context.forRole(v.sentenceOf[p.role.start()], p.role.start(), p.role.end(), false);
            for (int r = 0; c == null && r < p.cluster.runs.size(); r++) { // the person's other mentions
                NameRecognizer.Run run = p.cluster.runs.get(r);
                if (v.sentenceOf[run.start()] != v.sentenceOf[p.role.start()]) {
                    c = context.inFrame(v.sentenceOf[run.start()], run.start(), run.end());
                }
            }
            p.country = c != null ? c : context.datelineCountry;
        }
    }

    private static String lastWord(String s) {
        int sp = s.lastIndexOf(' ');
        return Gazetteer.normalize(sp < 0 ? s : s.substring(sp + 1));
    }

    /** Non-English text (two of the dev articles) gets no actors rather than guesses. */
    private boolean looksEnglish(TokenView v) {
        int seen = 0;
        int markers = 0;
        for (int i = 0; i < v.size() && seen < 200; i++) { // the first 200 words tell the language
            if (v.tokens.get(i).isWord()) {
                seen++;
                if (words.englishMarkers().contains(v.lower[i])) {
                    markers++;
                }
            }
        }
        return seen < 12 || markers * 12 >= seen;
    }

    /** Countries, places and organisations: one actor per code (or name), a mention per occurrence. */
    static final class OtherActors {
        private final ActorKnowledge knowledge;
        private final TokenView v;
        private final NameRecognizer.Result names;
        private final CountryEvidence context;
        private final Map<String, Actor> byKey = new LinkedHashMap<>();
        private final int[] countByKind = new int[ActorKind.values().length];

        OtherActors(ActorKnowledge knowledge, TokenView v, NameRecognizer.Result names, CountryEvidence context) {
            this.knowledge = knowledge;
            this.v = v;
            this.names = names;
            this.context = context;
        }

        void collect(List<Actor> actors, List<Mention> mentions) {
            for (int k = 0; k < v.size(); k++) {
                Gazetteer.Match m = v.hit[k];
                if (m == null || m.start() != k || m.has(GazetteerEntry.Type.TITLE) && m.entries().size() == 1) {
                    continue;
                }
                Span span = new Span(v.tokens.get(m.start()).start(), v.tokens.get(m.end() - 1).end());
                Actor a = actorOf(m);
                if (a != null) {
                    MentionForm form = m.has(GazetteerEntry.Type.COUNTRY) || !m.has(GazetteerEntry.Type.DEMONYM)
                            ? MentionForm.NAME : MentionForm.DEMONYM;
                    mentions.add(new Mention(span, a.id(), form));
                }
                k = m.end() - 1;
            }
            for (int r = 0; r < names.runs().size(); r++) {
                NameRecognizer.Run run = names.runs().get(r);
                if (run.kind() != NameRecognizer.RunKind.ORGANIZATION && run.kind() != NameRecognizer.RunKind.PLACE
                        || run.words().size() < 2 || v.headline[v.sentenceOf[run.start()]]) {
                    continue; // a lone "Agency" or a title-cased headline names nothing
                }
                String name = String.join(" ", run.words());
                ActorKind kind = run.kind() == NameRecognizer.RunKind.PLACE ? ActorKind.PLACE : ActorKind.ORGANIZATION;
                String country = null;
                int before = run.start() - 1;
                if (v.isHit(before, GazetteerEntry.Type.DEMONYM)) {
                    country = v.hit[before].first().country();
                }
                Actor a = get("n:" + name, kind, name, country, null);
                mentions.add(new Mention(new Span(v.tokens.get(run.start()).start(), v.tokens.get(run.end() - 1).end()),
                        a.id(), MentionForm.NAME));
            }
            actors.addAll(byKey.values());
        }

        private Actor actorOf(Gazetteer.Match m) {
            GazetteerEntry country = m.firstOf(GazetteerEntry.Type.COUNTRY);
            if (country == null) {
                country = m.firstOf(GazetteerEntry.Type.DEMONYM);
            }
            if (country != null) {
                return get("c:" + country.code(), ActorKind.COUNTRY, knowledge.countryName(country.code()),
                        country.code(), country.code());
            }
            GazetteerEntry org = m.firstOf(GazetteerEntry.Type.ORGANIZATION);
            if (org != null) {
                return get("o:" + org.code(), ActorKind.ORGANIZATION, org.canonical(), org.country(), org.code());
            }
            GazetteerEntry generic = m.firstOf(GazetteerEntry.Type.GENERIC_BODY);
            if (generic != null) {
                String c = context.attachedCountry(m);
                if (c == null && generic.defaultCode() == null) {
                    c = context.countryOfBody(generic.canonical(), v.sentenceOf[m.start()], m.start(), m.end());
                }
                String code = c != null ? c + "-" + generic.canonical().toUpperCase(Locale.ROOT).replace(' ', '-')
                        : generic.defaultCode();
                return get("g:" + generic.canonical() + "|" + c, ActorKind.ORGANIZATION, generic.canonical(), c, code);
            }
            GazetteerEntry place = m.firstOf(GazetteerEntry.Type.CAPITAL);
            if (place != null && context.capitalActs(m)) {
                // "Washington said", "Beijing rejected": the capital is that country's government
                // (kind country: the state acting, under the name the text gives it; the code merges it with the country)
                return get("gov:" + place.canonical(), ActorKind.COUNTRY, place.canonical(), place.country(),
                        place.country());
            }
            if (place != null) {
                // a capital also stands for its government ("Moscow said"): its code is the country's
                return get("l:" + place.canonical(), ActorKind.PLACE, place.canonical(), place.country(), place.country());
            }
            place = m.firstOf(GazetteerEntry.Type.CITY);
            if (place != null) {
                return get("l:" + place.canonical(), ActorKind.PLACE, place.canonical(), place.country(), null);
            }
            return null;
        }

        private Actor get(String key, ActorKind kind, String name, String country, String code) {
            return byKey.computeIfAbsent(key, k -> {
                String prefix = switch (kind) {
                    case COUNTRY -> "c";
                    case ORGANIZATION -> "o";
                    case PLACE -> "l";
                    case PERSON -> "p";
                };
                int number = ++countByKind[kind.ordinal()];
                return new Actor(prefix + number, kind, name, null, country, code, List.of());
            });
        }
    }
}
