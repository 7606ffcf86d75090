package dev.detente.stance;

import dev.detente.actors.Actor;
import dev.detente.actors.ActorKind;
import dev.detente.actors.ActorLayers;
import dev.detente.actors.Mention;
import dev.detente.doc.Doc;
import dev.detente.events.lexicon.CountryGazetteer;
import dev.detente.nlp.Sentence;
import dev.detente.nlp.TextLayers;
import dev.detente.nlp.Token;
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
 * {@link StanceScorer}) and its country pair — the speaker's country and the other country the
 * statement names, else the one its sentence or the sentence before names, else (when it speaks of
 * relations, talks or ties) the country the document pairs most with. Aggregated per speaker and
 * pair as the mean, rounded to the gold's whole-number scale. A body that speaks through a named
 * spokesperson ("the Kremlin" and "Kremlin spokesman X") is counted as that person.
 */
public final class StanceStage implements Stage {
    private static final Set<String> RELATION_WORDS = Set.of("relations", "relationship", "ties", "talks", "dialogue",
            "negotiations", "contacts", "process", "cooperation", "bilateral", "sides", "both", "consultations",
            "consultation", "negotiation", "contact", "partners", "partner");
    private final StanceScorer scorer;
    private final CountryGazetteer countries;
    private final Tokenizer tokenizer = new Tokenizer();

    public StanceStage() {
        this(new StanceScorer(StanceLexicon.defaults()), CountryGazetteer.defaults());
    }

    StanceStage(StanceScorer scorer, CountryGazetteer countries) {
        this.scorer = scorer;
        this.countries = countries;
    }

    @Override
    public String name() {
        return "stance";
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
        String[] lower = new String[tokens.size()];
        for (int i = 0; i < lower.length; i++) {
            lower[i] = tokens.get(i).lower();
        }
        List<CountryAt> named = countriesNamed(doc, tokens, sentences);
        Map<String, Integer> frequency = new HashMap<>();
        for (CountryAt c : named) {
            frequency.merge(c.code(), 1, Integer::sum);
        }
        List<StatementStance> perStatement = new ArrayList<>();
        for (int i = 0; i < statements.size(); i++) {
            Statement st = statements.get(i);
            int from = firstTokenAtOrAfter(tokens, st.span().start());
            int to = firstTokenAtOrAfter(tokens, st.span().end());
            StanceScorer.Result r = scorer.score(lower, from, to);
            if (!r.hasCues()) {
                continue;
            }
            String own = speakerCountry(st);
            if (own == null) {
                continue;
            }
            String other = partner(own, from, to, named, frequency, sentences, lower);
            if (other == null) {
                continue;
            }
            List<String> pair = own.compareTo(other) < 0 ? List.of(own, other) : List.of(other, own);
            perStatement.add(new StatementStance(i, pair, r.score(), r.cues()));
        }
        return doc.with(StanceLayers.STATEMENT_STANCE, List.copyOf(perStatement))
                .with(StanceLayers.SPEAKER_STANCE, aggregate(statements, perStatement));
    }

    private List<CountryAt> countriesNamed(Doc doc, List<Token> tokens, List<Sentence> sentences) {
        List<CountryAt> out = new ArrayList<>();
        for (Sentence s : sentences) {
            for (CountryGazetteer.CountryMention m : countries.find(tokens, s.firstToken(), s.endToken())) {
                out.add(new CountryAt(firstTokenAtOrAfter(tokens, m.span().start()), m.code()));
            }
        }
        if (doc.has(ActorLayers.MENTIONS) && doc.has(ActorLayers.ACTORS)) {
            Map<String, Actor> byId = new HashMap<>();
            for (Actor a : doc.list(ActorLayers.ACTORS)) {
                byId.put(a.id(), a);
            }
            for (Mention m : doc.list(ActorLayers.MENTIONS)) {
                Actor a = byId.get(m.actorId());
                if (a != null && a.kind() == ActorKind.COUNTRY && a.code() != null) {
                    int t = firstTokenAtOrAfter(tokens, m.span().start());
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

    private static String partner(String own, int from, int to, List<CountryAt> named, Map<String, Integer> frequency,
                                  List<Sentence> sentences, String[] lower) {
        String inStatement = mostNamed(own, named, from, to, frequency);
        if (inStatement != null) {
            return inStatement;
        }
        Sentence first = sentenceAt(sentences, from);
        Sentence last = sentenceAt(sentences, Math.max(from, to - 1));
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
        if (!speaksOfRelations(lower, from, to)) {
            return null;
        }
        return mostNamed(own, named, 0, Integer.MAX_VALUE, frequency);
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

    private static boolean speaksOfRelations(String[] lower, int from, int to) {
        for (int k = from; k < to; k++) {
            if (RELATION_WORDS.contains(lower[k])) {
                return true;
            }
        }
        return false;
    }

    private static Sentence sentenceAt(List<Sentence> sentences, int token) {
        for (Sentence s : sentences) {
            if (s.firstToken() <= token && token < s.endToken()) {
                return s;
            }
        }
        return null;
    }

    /** Mean per speaker and pair; a body speaking through its named spokesperson is merged into the person. */
    private static List<SpeakerStance> aggregate(List<Statement> statements, List<StatementStance> perStatement) {
        Map<String, List<StatementStance>> groups = new LinkedHashMap<>();
        Map<String, String> speakerOfKey = new HashMap<>();
        for (StatementStance s : perStatement) {
            String speaker = speakerName(statements, statements.get(s.statementIndex()));
            if (speaker == null) {
                continue;
            }
            String key = speaker + "|" + String.join("-", s.countries());
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(s);
            speakerOfKey.put(key, speaker);
        }
        List<SpeakerStance> out = new ArrayList<>(groups.size());
        groups.forEach((key, list) -> {
            double sum = 0;
            List<String> cues = new ArrayList<>();
            for (StatementStance s : list) {
                sum += s.score();
                cues.addAll(s.cues());
            }
            double mean = sum / list.size();
            out.add(new SpeakerStance(speakerOfKey.get(key), list.get(0).countries(), (double) Math.round(mean),
                    list.size(), cues));
        });
        return List.copyOf(out);
    }

    /** The statement's speaker, or the person whose role names the speaking body ("Kremlin" → "Kremlin spokesman X"). */
    private static String speakerName(List<Statement> statements, Statement st) {
        String name = st.speakerName();
        if (name == null || name.isBlank()) {
            return null;
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

    private static boolean isSpokesRole(String role) {
        String r = role.toLowerCase(Locale.ROOT);
        return r.contains("spokes") || r.contains("press secretary") || r.contains("representative");
    }

    static int firstTokenAtOrAfter(List<Token> tokens, int offset) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).start() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
