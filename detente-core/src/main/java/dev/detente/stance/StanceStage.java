package dev.detente.stance;

import dev.detente.doc.Layer;
import dev.detente.actors.Actor;
import dev.detente.actors.ActorKind;
import dev.detente.actors.ActorLayers;
import dev.detente.actors.Mention;
import dev.detente.doc.Doc;
import dev.detente.events.lexicon.CountryGazetteer;
import dev.detente.events.lexicon.WordLayers;
import dev.detente.knowledge.Knowledge;
import dev.detente.knowledge.Lexicon;
import dev.detente.nlp.Sentence;
import dev.detente.nlp.TextLayers;
import dev.detente.nlp.Token;
import dev.detente.nlp.Tokens;
import dev.detente.nlp.Tokenizer;
import dev.detente.pipeline.Stage;
import dev.detente.stance.StanceLayers.SpeakerStance;
import dev.detente.stance.StanceLayers.StatementStance;
import dev.detente.statements.Statement;
import dev.detente.statements.StatementLayers;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Stance of each statement about a relationship between two countries: its cue score (see
 * {@link StanceScorer}) and its country pair (see {@code pairOf}). Aggregated per speaker and pair
 * as a lead-weighted mean, rounded to the gold's whole-number scale. A body that speaks through a named
 * spokesperson ("the Kremlin" and "Kremlin spokesman X") is counted as that person.
 */
public final class StanceStage implements Stage {
    private static final double LEAD_WEIGHT = 2;
    private static final double MIN_STATEMENT_SCORE = 0.3;
    private final Set<String> relationWords;
    /** Last words of a speaker name that make it a body, not a person ("Foreign Ministry", "Chinese officials"). */
    private final Set<String> bodyWords;
    private final Set<String> pronouns;
    private final Set<String> relationPrepositions;
    private final Set<String> pairJoiners;
    private final Set<String> spokesRoles;
    private final StanceScorer scorer;
    private final CountryGazetteer countries;
    private final Tokenizer tokenizer = new Tokenizer();

    /** The stage with the cues, word lists and countries of {@code knowledge}. */
    public StanceStage(Knowledge knowledge) {
        Lexicon words = knowledge.lexicon();
        this.scorer = new StanceScorer(knowledge);
        this.countries = CountryGazetteer.of(knowledge);
        this.relationWords = words.words("stance.relation_words");
        this.bodyWords = words.words("stance.body_words");
        this.pronouns = words.words("stance.pronouns");
        this.relationPrepositions = words.words("stance.relation_prepositions");
        this.pairJoiners = words.words("stance.pair_joiners");
        this.spokesRoles = words.words("stance.spokes_roles");
    }

    @Override
    public String name() {
        return "stance";
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(TextLayers.TOKENS, TextLayers.SENTENCES, WordLayers.LOWERED, WordLayers.COUNTRIES,
                ActorLayers.ACTORS, ActorLayers.MENTIONS, StatementLayers.STATEMENTS);
    }

    @Override
    public Set<Layer<?>> adds() {
        return Set.of(StanceLayers.STATEMENT_STANCE, StanceLayers.SPEAKER_STANCE);
    }

    /** A country named at a token. */
    private record CountryAt(int token, String code) {
    }

    @Override
    public Doc process(Doc doc) {
        List<Statement> statements = doc.list(StatementLayers.STATEMENTS);
        if (statements.isEmpty()) {
            return doc.with(StanceLayers.STATEMENT_STANCE, List.of()).with(StanceLayers.SPEAKER_STANCE, List.of());
        }
        List<Token> tokens = doc.list(TextLayers.TOKENS);
        List<Sentence> sentences = doc.list(TextLayers.SENTENCES);
        String[] lower = doc.get(WordLayers.LOWERED);
        List<CountryAt> named = countriesNamed(doc, tokens);
        Map<String, Integer> frequency = new HashMap<>();
        for (CountryAt c : named) {
            frequency.merge(c.code(), 1, Integer::sum);
        }
        List<String> mainPair = mainPair(named, frequency, lower);
        List<StatementStance> perStatement = new ArrayList<>();
        Map<String, List<String>> lastPairOfSpeaker = new HashMap<>();
        Map<String, Integer> lastSentenceOfSpeaker = new HashMap<>();
        // a quoted fragment inside a statement is no statement of its own: the speaker's own words
        // weigh again inside the parent's entry, so the parent stays one statement of its speaker
        Map<String, Integer> entryOfId = new HashMap<>();
        for (int i = 0; i < statements.size(); i++) {
            Statement st = statements.get(i);
            boolean fragment = st.parent() != null;
            int from = Tokens.firstStartingAtOrAfter(tokens, st.span().start());
            int to = Tokens.firstStartingAtOrAfter(tokens, st.span().end());
            StanceScorer.Result r = scorer.score(lower, from, to);
            if (!r.hasCues() || Math.abs(r.score()) < MIN_STATEMENT_SCORE && !r.mixed()) {
                continue; // no cue, or only wished-for or past ones: no judgement now (cues that cancel out: mixed, 0)
            }
            List<String> pair = pairOf(speakerCountry(st), from, to, named, frequency, mainPair, sentences, lower);
            Sentence here = sentenceAt(sentences, from);
            int sentenceIndex = here == null ? -1 : here.index();
            if (pair == null && lastPairOfSpeaker.containsKey(st.speakerName())
                    && sentenceIndex - lastSentenceOfSpeaker.get(st.speakerName()) <= 1) {
                pair = lastPairOfSpeaker.get(st.speakerName()); // the speaker goes on about the same relationship
            }
            if (fragment) {
                Integer at = entryOfId.get(st.parent());
                if (at != null) {
                    StatementStance p = perStatement.get(at);
                    List<String> cues = new ArrayList<>(p.cues());
                    cues.addAll(r.cues());
                    perStatement.set(at, new StatementStance(p.statementIndex(), p.countries(), p.score() + r.score(), cues));
                }
                continue;
            }
            if (pair == null) {
                continue;
            }
            if (st.id() != null) {
                entryOfId.put(st.id(), perStatement.size());
            }
            if (st.speakerName() != null) {
                lastPairOfSpeaker.put(st.speakerName(), pair);
                lastSentenceOfSpeaker.put(st.speakerName(), sentenceIndex);
            }
            perStatement.add(new StatementStance(i, pair, r.score(), r.cues()));
        }
        return doc.with(StanceLayers.STATEMENT_STANCE, List.copyOf(perStatement))
                .with(StanceLayers.SPEAKER_STANCE, aggregate(statements, perStatement));
    }

    private static List<CountryAt> countriesNamed(Doc doc, List<Token> tokens) {
        List<CountryAt> out = new ArrayList<>();
        for (CountryGazetteer.CountryMention m : doc.list(WordLayers.COUNTRIES)) {
            out.add(new CountryAt(Tokens.firstStartingAtOrAfter(tokens, m.span().start()), m.code()));
        }
        {
            Map<String, Actor> byId = new HashMap<>();
            for (Actor a : doc.list(ActorLayers.ACTORS)) {
                byId.put(a.id(), a);
            }
            for (Mention m : doc.list(ActorLayers.MENTIONS)) {
                Actor a = byId.get(m.actorId());
                if (a != null && a.kind() == ActorKind.COUNTRY && a.code() != null) {
                    int t = Tokens.firstStartingAtOrAfter(tokens, m.span().start());
                    if (out.stream().noneMatch(c -> c.token() == t)) {
                        out.add(new CountryAt(t, a.code()));
                    }
                }
            }
            out.sort((x, y) -> Integer.compare(x.token(), y.token()));
        }
        return out;
    }

    /** The speaker's country: as the statements stage gives it, else read from the speaker's name or role. */
    private String speakerCountry(Statement st) {
        if (st.speakerCountry() != null && !st.speakerCountry().isBlank()) {
            return st.speakerCountry();
        }
        for (String text : new String[] {st.speakerName(), st.speakerRole()}) {
            if (text == null || text.isBlank()) {
                continue;
            }
            List<Token> words = tokenizer.tokenize(text);
            List<CountryGazetteer.CountryMention> found = countries.find(words, 0, words.size());
            if (!found.isEmpty()) {
                return found.get(0).code();
            }
        }
        return null;
    }

    /**
     * The pair a statement is about, or null when it is not about relations between countries. A
     * statement counts when it (or its sentence) speaks of relations, talks, ties..., or names a
     * country other than the speaker's. The partner: a country the statement puts in a relation
     * position ("relations with X", "between X and Y"); else, when the speaker's country is one of
     * the document's main pair, the other one; else the country the statement names most; else the
     * one its sentence or the sentence before names. A speaker of unknown country speaking of
     * relations is taken to speak of the document's main pair.
     */
    private List<String> pairOf(String own, int from, int to, List<CountryAt> named, Map<String, Integer> frequency,
                                       List<String> mainPair, List<Sentence> sentences, String[] lower) {
        Sentence first = sentenceAt(sentences, from);
        Sentence last = sentenceAt(sentences, Math.max(from, to - 1));
        int contextFrom = first == null ? from : Math.min(from, first.firstToken());
        int contextTo = last == null ? to : Math.max(to, last.endToken());
        boolean aboutRelations = speaksOfRelations(lower, contextFrom, contextTo);
        if (own == null) {
            return aboutRelations ? mainPair : null;
        }
        String explicit = inRelationPosition(own, named, from, to, lower);
        String other = explicit;
        if (other == null && aboutRelations && mainPair != null && mainPair.contains(own)) {
            other = mainPair.get(0).equals(own) ? mainPair.get(1) : mainPair.get(0);
        }
        if (other == null) {
            other = mostNamed(own, named, from, to, frequency);
        }
        if (other == null && aboutRelations) {
            other = partnerFromContext(own, first, last, named, frequency, sentences);
        }
        if (other == null) {
            return null;
        }
        return own.compareTo(other) < 0 ? List.of(own, other) : List.of(other, own);
    }

    /** "relations with X", "talks between X and Y", "X-Y dialogue": a country named as the other party. */
    private String inRelationPosition(String own, List<CountryAt> named, int from, int to, String[] lower) {
        for (CountryAt c : named) {
            if (c.token() < from || c.token() >= to || c.code().equals(own)) {
                continue;
            }
            for (int k = Math.max(from, c.token() - 3); k < c.token(); k++) {
                if (relationPrepositions.contains(lower[k])) {
                    return c.code();
                }
            }
            for (CountryAt d : named) {
                if (d.code().equals(own) && Math.abs(d.token() - c.token()) <= 3) {
                    return c.code();
                }
            }
        }
        return null;
    }

    /**
     * The two countries the document is about: the pair named together most often ("between X and
     * Y", "X and Y", "X-Y"), else the two named most.
     */
    private List<String> mainPair(List<CountryAt> named, Map<String, Integer> frequency, String[] lower) {
        Map<List<String>, Integer> together = new HashMap<>();
        for (int i = 0; i + 1 < named.size(); i++) {
            CountryAt a = named.get(i);
            CountryAt b = named.get(i + 1);
            if (a.code().equals(b.code()) || b.token() - a.token() > 3 || !onlyJoiners(lower, a.token() + 1, b.token())) {
                continue;
            }
            List<String> pair = a.code().compareTo(b.code()) < 0 ? List.of(a.code(), b.code()) : List.of(b.code(), a.code());
            together.merge(pair, 1, Integer::sum);
        }
        List<String> best = null;
        for (Map.Entry<List<String>, Integer> e : together.entrySet()) {
            if (best == null || e.getValue() > together.get(best)
                    || e.getValue().equals(together.get(best)) && weight(e.getKey(), frequency) > weight(best, frequency)) {
                best = e.getKey();
            }
        }
        if (best != null) {
            return best;
        }
        List<String> byCount = new ArrayList<>(frequency.keySet());
        byCount.sort((x, y) -> Integer.compare(frequency.get(y), frequency.get(x)));
        if (byCount.size() < 2) {
            return null;
        }
        String a = byCount.get(0);
        String b = byCount.get(1);
        return a.compareTo(b) < 0 ? List.of(a, b) : List.of(b, a);
    }

    private static int weight(List<String> pair, Map<String, Integer> frequency) {
        return frequency.getOrDefault(pair.get(0), 0) + frequency.getOrDefault(pair.get(1), 0);
    }

    private boolean onlyJoiners(String[] lower, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!pairJoiners.contains(lower[k])) {
                return false;
            }
        }
        return true;
    }

    private String partnerFromContext(String own, Sentence first, Sentence last, List<CountryAt> named,
                                             Map<String, Integer> frequency, List<Sentence> sentences) {
        if (first != null && last != null) {
            String around = mostNamed(own, named, first.firstToken(), last.endToken(), frequency);
            if (around != null) {
                return around;
            }
            if (first.index() > 0) {
                Sentence prev = sentences.get(first.index() - 1);
                String before = mostNamed(own, named, prev.firstToken(), prev.endToken(), frequency);
                if (before != null) {
                    return before;
                }
            }
        }
        return null;
    }

    private static String mostNamed(String own, List<CountryAt> named, int from, int to, Map<String, Integer> frequency) {
        String best = null;
        for (CountryAt c : named) {
            if (c.token() < from || c.token() >= to || c.code().equals(own)) {
                continue;
            }
            if (best == null || frequency.get(c.code()) > frequency.get(best)) {
                best = c.code();
            }
        }
        return best;
    }

    private boolean speaksOfRelations(String[] lower, int from, int to) {
        for (int k = from; k < to; k++) {
            if (relationWords.contains(lower[k])) {
                return true;
            }
        }
        return false;
    }

    private static Sentence sentenceAt(List<Sentence> sentences, int token) {
        int lo = 0;
        int hi = sentences.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Sentence s = sentences.get(mid);
            if (token < s.firstToken()) {
                hi = mid - 1;
            } else if (token >= s.endToken()) {
                lo = mid + 1;
            } else {
                return s;
            }
        }
        return null;
    }

    /**
     * Mean per speaker and pair, the speaker's first statement counting double (news leads with the
     * main assessment); a body speaking through its named spokesperson is merged into the person.
     */
    private List<SpeakerStance> aggregate(List<Statement> statements, List<StatementStance> perStatement) {
        Map<String, List<StatementStance>> groups = new LinkedHashMap<>();
        Map<String, String> speakerOfKey = new HashMap<>();
        SpeakerFacts facts = new SpeakerFacts(statements);
        for (StatementStance s : perStatement) {
            String speaker = speakerName(statements, statements.get(s.statementIndex()), s.countries(), facts);
            if (speaker == null) {
                continue;
            }
            speaker = facts.fullestName(speaker);
            String key = speaker + "|" + String.join("-", s.countries());
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(s);
            speakerOfKey.put(key, speaker);
        }
        List<SpeakerStance> out = new ArrayList<>(groups.size());
        groups.forEach((key, list) -> {
            double sum = 0;
            double weights = 0;
            List<String> cues = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                double w = i == 0 ? LEAD_WEIGHT : 1;
                sum += w * list.get(i).score();
                weights += w;
                cues.addAll(list.get(i).cues());
            }
            double mean = sum / weights;
            out.add(new SpeakerStance(speakerOfKey.get(key), list.get(0).countries(), toScale(mean), list.size(), cues));
        });
        return List.copyOf(out);
    }

    /**
     * The statement's speaker; a body or country speaking ("the Kremlin", "Tehran", "Chinese
     * officials") is credited to the person who speaks for it: the one whose role names the body
     * ("Kremlin spokesman X"), else the first named person of the same country in the document.
     */
    private String speakerName(List<Statement> statements, Statement st, List<String> pair, SpeakerFacts facts) {
        String name = st.speakerName();
        if (name == null || name.isBlank()) {
            return null;
        }
        if (pronouns.contains(name.toLowerCase(Locale.ROOT))) {
            return null; // an unresolved pronoun names nobody
        }
        if (facts.isBody(st)) {
            String own = facts.country(st);
            for (Statement other : statements) {
                if (other.speakerName() != null && !facts.isBody(other) && own != null
                        && own.equals(facts.country(other)) && pair.contains(own)) {
                    return other.speakerName();
                }
            }
        }
        if (st.speakerRole() == null || st.speakerRole().isBlank()) {
            String body = name.toLowerCase(Locale.ROOT).replaceFirst("^the ", "");
            for (Statement other : statements) {
                if (other.speakerRole() != null && other.speakerName() != null && !other.speakerName().equals(name)
                        && other.speakerRole().toLowerCase(Locale.ROOT).contains(body)
                        && isSpokesRole(other.speakerRole())) {
                    return other.speakerName();
                }
            }
        }
        return name;
    }

    /** Per-document memo of each speaker's country and whether it is a body, so names are read once. */
    private final class SpeakerFacts {
        private final Map<Statement, String> countryOf = new java.util.IdentityHashMap<>();
        private final Map<String, Boolean> bodyByName = new HashMap<>();

        private final Set<String> names = new java.util.LinkedHashSet<>();

        SpeakerFacts(List<Statement> statements) {
            for (Statement st : statements) {
                if (st.speakerName() != null && !st.speakerName().isBlank()) {
                    names.add(st.speakerName());
                }
                String c = speakerCountry(st);
                if (c != null) {
                    countryOf.put(st, c);
                }
            }
        }

        /**
         * The fullest name the document gives a speaker ("Novak" → "Ivan Novak"): one entry per
         * speaker, however the statements name them.
         */
        String fullestName(String name) {
            String last = lastWord(name);
            String fullest = name;
            for (String other : names) {
                if (other.length() > fullest.length() && lastWord(other).equals(last)) {
                    fullest = other;
                }
            }
            return fullest;
        }

        private static String lastWord(String name) {
            String n = name.strip().toLowerCase(Locale.ROOT);
            return n.substring(n.lastIndexOf(' ') + 1);
        }

        String country(Statement st) {
            return countryOf.get(st);
        }

        boolean isBody(Statement st) {
            return st.speakerName() != null && bodyByName.computeIfAbsent(st.speakerName(), StanceStage.this::isBody);
        }
    }

    /** The gold's whole-number scale: |x| below 0.3 is no movement, from 1.25 on it is ±2. */
    static double toScale(double mean) {
        double a = Math.abs(mean);
        double step = a < 0.3 ? 0 : a < 1.25 ? 1 : 2;
        return step == 0 ? 0.0 : Math.signum(mean) * step;
    }

    private boolean isBody(String name) {
        List<Token> words = tokenizer.tokenize(name);
        if (words.isEmpty()) {
            return false;
        }
        return bodyWords.contains(words.get(words.size() - 1).lower()) || !countries.find(words, 0, words.size()).isEmpty();
    }

    private boolean isSpokesRole(String role) {
        String r = role.toLowerCase(Locale.ROOT);
        for (String part : spokesRoles) {
            if (r.contains(part)) {
                return true;
            }
        }
        return false;
    }
}
