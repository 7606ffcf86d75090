package dev.detente.stance;

import dev.detente.doc.Layer;
import dev.detente.actors.Actor;
import dev.detente.actors.ActorIndex;
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
import dev.detente.pipeline.Stage;
import dev.detente.stance.StanceLayers.SpeakerStance;
import dev.detente.stance.StanceLayers.StatementStance;
import dev.detente.statements.Statement;
import dev.detente.statements.StatementLayers;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
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
    /** A single wished-for or conditional cue weighs 0.3: no judgement, so the floor excludes it. */
    private static final double MIN_STATEMENT_SCORE = 0.3;
    private final Set<String> relationWords;
    private final Set<String> relationPrepositions;
    private final Set<String> pairJoiners;
    private final Set<String> spokesRoles;
    private final Set<String> firstPersonPlural;
    private final StanceScorer scorer;

    /** The stage with the cues, word lists and countries of {@code knowledge}. */
    public StanceStage(Knowledge knowledge) {
        Lexicon words = knowledge.lexicon();
        this.scorer = new StanceScorer(knowledge);
        this.relationWords = words.words("stance.relation_words");
        this.relationPrepositions = words.words("stance.relation_prepositions");
        this.pairJoiners = words.words("stance.pair_joiners");
        this.spokesRoles = words.words("stance.spokes_roles");
        this.firstPersonPlural = words.words("stance.first_person_plural");
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
        SpeakerIdentity speakers = new SpeakerIdentity(ActorIndex.of(doc), statements, spokesRoles);
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
            if (!r.hasCues() || Math.abs(r.score()) <= MIN_STATEMENT_SCORE && !r.mixed()) {
                continue; // no cue, or only wished-for or past ones: no judgement now (cues that cancel out: mixed, 0)
            }
            List<String> pair = pairOf(speakers.country(st), from, to, named, frequency, mainPair, sentences, lower);
            Sentence here = sentenceAt(sentences, from);
            int sentenceIndex = here == null ? -1 : here.index();
            String speakerKey = st.speakerId() != null ? st.speakerId() : st.speakerName();
            if (pair == null && lastPairOfSpeaker.containsKey(speakerKey)
                    && sentenceIndex - lastSentenceOfSpeaker.get(speakerKey) <= 1) {
                pair = lastPairOfSpeaker.get(speakerKey); // the speaker goes on about the same relationship
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
            if (speakerKey != null) {
                lastPairOfSpeaker.put(speakerKey, pair);
                lastSentenceOfSpeaker.put(speakerKey, sentenceIndex);
            }
            perStatement.add(new StatementStance(i, pair, r.score(), r.cues()));
        }
        return doc.with(StanceLayers.STATEMENT_STANCE, List.copyOf(perStatement))
                .with(StanceLayers.SPEAKER_STANCE, aggregate(statements, perStatement, speakers));
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
            String partner = inRelationPosition(null, named, from, to, lower);
            if (partner != null && aboutRelations && (mainPair == null || !mainPair.contains(partner))) {
                // "relations with Beijing are worse": a speaker of unknown country speaks for the country the
                // document is about, which is not the partner it names
                String home = mostNamed(partner, named, 0, Integer.MAX_VALUE, frequency);
                return home == null ? null : pair(home, partner);
            }
            // a third party speaks of the two countries its sentence names together ("visited Algiers and Rabat")
            List<String> joined = joinedPair(named, contextFrom, contextTo, lower);
            return aboutRelations ? mainPair : joined;
        }
        String explicit = inRelationPosition(own, named, from, to, lower);
        String other = explicit;
        if (other == null && aboutRelations && mainPair != null && mainPair.contains(own)) {
            other = mainPair.get(0).equals(own) ? mainPair.get(1) : mainPair.get(0);
        }
        if (other == null) {
            other = mostNamed(own, named, from, to, frequency);
        }
        if (other == null && aboutRelations && !speaksForItself(lower, from, to)
                && thirdParty(own, mainPair, named, frequency, contextFrom, contextTo)) {
            return mainPair; // a third country's envoy on the relationship the document is about ("a victory for dialogue")
        }
        if (other == null && aboutRelations) {
            other = partnerFromContext(own, first, last, named, frequency, sentences);
        }
        if (other == null && mainPair != null && mainPair.contains(own)) {
            // "summoned X's envoy and said the resolution was an unfriendly act": one side of the document's pair
            // judging in a sentence that names the other side
            String side = mainPair.get(0).equals(own) ? mainPair.get(1) : mainPair.get(0);
            if (namedIn(side, named, contextFrom, contextTo)) {
                other = side;
            }
        }
        if (other == null) {
            return null;
        }
        return pair(own, other);
    }

    /** "We choose our partners": a speaker in the first person plural speaks of its own country's ties. */
    private boolean speaksForItself(String[] lower, int from, int to) {
        for (int k = from; k < to; k++) {
            if (firstPersonPlural.contains(lower[k])) {
                return true;
            }
        }
        return false;
    }

    /**
     * The speaker's country stands beside the document's main pair: named less often than either of
     * them, and its statement's sentences name no country but the pair and its own.
     */
    private static boolean thirdParty(String own, List<String> mainPair, List<CountryAt> named,
                                      Map<String, Integer> frequency, int from, int to) {
        if (mainPair == null || mainPair.contains(own)) {
            return false;
        }
        int ownCount = frequency.getOrDefault(own, 0);
        for (String side : mainPair) {
            if (frequency.getOrDefault(side, 0) <= ownCount) {
                return false;
            }
        }
        for (CountryAt c : named) {
            if (c.token() >= from && c.token() < to && !c.code().equals(own) && !mainPair.contains(c.code())) {
                return false;
            }
        }
        return true;
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
            List<String> pair = pair(a.code(), b.code());
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
        return pair(a, b);
    }

    /** "between X and Y", "X-Y talks", "visited X and Y": the first two countries named together in [from, to). */
    private List<String> joinedPair(List<CountryAt> named, int from, int to, String[] lower) {
        for (int i = 0; i + 1 < named.size(); i++) {
            CountryAt a = named.get(i);
            CountryAt b = named.get(i + 1);
            if (a.token() >= from && b.token() < to && !a.code().equals(b.code()) && b.token() - a.token() <= 3
                    && onlyJoiners(lower, a.token() + 1, b.token())) {
                return pair(a.code(), b.code());
            }
        }
        return null;
    }

    /** A country pair in its one order (alphabetical), as the ledger keys it. */
    private static List<String> pair(String a, String b) {
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

    private static boolean namedIn(String code, List<CountryAt> named, int from, int to) {
        for (CountryAt c : named) {
            if (c.token() >= from && c.token() < to && c.code().equals(code)) {
                return true;
            }
        }
        return false;
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
     * main assessment); one entry per actor however the statements name it, and a body speaking
     * through its named spokesperson is merged into the person ({@link SpeakerIdentity#credited}).
     */
    private static List<SpeakerStance> aggregate(List<Statement> statements, List<StatementStance> perStatement,
                                                 SpeakerIdentity speakers) {
        Map<String, List<StatementStance>> groups = new LinkedHashMap<>();
        Map<String, String> speakerOfKey = new HashMap<>();
        for (StatementStance s : perStatement) {
            Actor speaker = speakers.credited(statements.get(s.statementIndex()), s.countries()).orElse(null);
            if (speaker == null) {
                continue;
            }
            String key = speaker.id() + "|" + String.join("-", s.countries());
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(s);
            speakerOfKey.put(key, speaker.name());
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

    /** The gold's whole-number scale: |x| below 0.3 is no movement, from 1.25 on it is ±2. */
    static double toScale(double mean) {
        double a = Math.abs(mean);
        double step = a < 0.3 ? 0 : a < 1.25 ? 1 : 2;
        return step == 0 ? 0.0 : Math.signum(mean) * step;
    }
}
