package dev.detente.syntax;

import dev.detente.nlp.Sentence;
import dev.detente.nlp.TextLayers;
import dev.detente.nlp.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * Part-of-speech tags and dependency parses of one document, computed on first request and
 * memoised: a stage asks for the tag of a token and only a window of its sentence around it is
 * tagged; it asks for the parse of a sentence ({@link #parse}) only where the parse decides
 * something, and only that sentence is parsed. Added by {@link SyntaxStage} and shared by the
 * stages of one document through {@link SyntaxLayers#SYNTAX}; one document is processed by one
 * thread, so the memo needs no locking.
 */
public final class SyntaxView {
    private final Tagger tagger;
    private final DependencyParser parser;
    private final DependencyTree[] parses;
    private int parsedCount;
    /** Longer sentences are not parsed (lists, tables, run-ons): the flat reading decides there. */
    public static final int MAX_PARSED_WORDS = 70;
    /** Sentences of every document viewed in this process, against which the parsed share is counted. */
    private static final java.util.concurrent.atomic.LongAdder SENTENCES_SEEN = new java.util.concurrent.atomic.LongAdder();

    static {
        // -Ddetente.syntax.stats=true: how many sentences were parsed, printed when the process ends
        if (Boolean.getBoolean("detente.syntax.stats")) {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> System.err.printf(java.util.Locale.ROOT,
                    "syntax: %d of %d sentences parsed (%.1f%%), %d words%n", Nlp4jParser.parsedSentences(),
                    SENTENCES_SEEN.sum(), 100.0 * Nlp4jParser.parsedSentences() / Math.max(1, SENTENCES_SEEN.sum()),
                    Nlp4jParser.parsedWords())));
        }
    }
    private final List<Token> tokens;
    private final List<Sentence> sentences;
    private final int[] sentenceOfToken;
    private final Upos[] tags;
    private final boolean[] tagged;
    private int taggedCount;
    private int taggedTokens;
    /** Words of context tagged on each side of a requested token. */
    private static final int WINDOW = 5;
    /** Context a kept tag needs on each side inside the tagged window. */
    private static final int KEEP = 3;

    SyntaxView(Tagger tagger, DependencyParser parser, List<Token> tokens, List<Sentence> sentences) {
        this.tagger = tagger;
        this.parser = parser;
        this.parses = new DependencyTree[sentences.size()];
        SENTENCES_SEEN.add(sentences.size());
        this.tokens = tokens;
        this.sentences = sentences;
        this.sentenceOfToken = new int[tokens.size()];
        java.util.Arrays.fill(sentenceOfToken, -1);
        for (Sentence s : sentences) {
            for (int i = s.firstToken(); i < s.endToken(); i++) {
                sentenceOfToken[i] = s.index();
            }
        }
        this.tags = new Upos[tokens.size()];
        this.tagged = new boolean[sentences.size()];
    }

    /**
     * The dependency parse of sentence {@code s} (word k of the tree is token
     * {@code s.firstToken() + k}), parsed on first request; null without a parser or for a
     * sentence longer than {@value #MAX_PARSED_WORDS} words.
     */
    public DependencyTree parse(Sentence s) {
        if (parser == null || s.tokenCount() == 0 || s.tokenCount() > MAX_PARSED_WORDS) {
            return null;
        }
        DependencyTree t = parses[s.index()];
        if (t == null) {
            List<String> words = new ArrayList<>(s.tokenCount());
            for (int k = s.firstToken(); k < s.endToken(); k++) {
                words.add(tokens.get(k).text());
            }
            t = parser.parse(words);
            parses[s.index()] = t;
            parsedCount++;
        }
        return t;
    }

    /** How many sentences have been parsed so far. */
    public int parsedSentences() {
        return parsedCount;
    }

    /** The tag of token {@code i} (tagged on first request, see {@link #tagAround}); X outside any sentence. */
    public Upos pos(int i) {
        int s = i < 0 || i >= sentenceOfToken.length ? -1 : sentenceOfToken[i];
        if (s < 0) {
            return Upos.X;
        }
        if (tags[i] == null) {
            tagAround(sentences.get(s), i);
        }
        return tags[i];
    }

    /** How many sentences have been (partly) tagged so far, and of how many. */
    public int taggedSentences() {
        return taggedCount;
    }

    /** How many words the tagger has read so far (windows may overlap). */
    public int taggedTokens() {
        return taggedTokens;
    }

    public int sentenceCount() {
        return sentences.size();
    }

    /**
     * Tags the words within {@value #WINDOW} of token {@code i} in its sentence and keeps the tags
     * of those with {@value #KEEP} words of context on both sides (or the sentence edge): the
     * tagger reads two words either side, so the kept tags are what tagging the whole sentence
     * gives, at a fraction of the cost (stages ask about a trigger word and its neighbour).
     */
    private void tagAround(Sentence s, int i) {
        int from = Math.max(s.firstToken(), i - WINDOW);
        int to = Math.min(s.endToken(), i + WINDOW + 1);
        List<String> words = new ArrayList<>(to - from);
        for (int k = from; k < to; k++) {
            words.add(tokens.get(k).text());
        }
        Upos[] t = tagger.tag(words);
        int keepFrom = from == s.firstToken() ? from : from + KEEP;
        int keepTo = to == s.endToken() ? to : to - KEEP;
        for (int k = Math.max(keepFrom, 0); k < keepTo; k++) {
            if (tags[k] == null) {
                tags[k] = t[k - from];
            }
        }
        if (!tagged[s.index()]) {
            tagged[s.index()] = true;
            taggedCount++;
        }
        taggedTokens += to - from;
    }
}
