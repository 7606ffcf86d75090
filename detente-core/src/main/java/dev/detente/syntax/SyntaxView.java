package dev.detente.syntax;

import dev.detente.doc.Doc;
import dev.detente.nlp.Sentence;
import dev.detente.nlp.TextLayers;
import dev.detente.nlp.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * Part-of-speech tags of one document, computed sentence by sentence on first request and
 * memoised: a stage asks for the tag of a token and only that token's sentence is tagged. Shared
 * by the stages of one document through {@link SyntaxLayers#SYNTAX}; one document is processed by
 * one thread, so the memo needs no locking.
 */
public final class SyntaxView {
    private final Tagger tagger;
    private final List<Token> tokens;
    private final List<Sentence> sentences;
    private final int[] sentenceOfToken;
    private final Upos[] tags;
    private final boolean[] tagged;
    private int taggedCount;

    SyntaxView(Tagger tagger, List<Token> tokens, List<Sentence> sentences) {
        this.tagger = tagger;
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

    /** The document's view, created (untagged) and added when it has none. */
    public static Doc ensure(Doc doc, Tagger tagger) {
        if (doc.has(SyntaxLayers.SYNTAX)) {
            return doc;
        }
        return doc.with(SyntaxLayers.SYNTAX, new SyntaxView(tagger, doc.list(TextLayers.TOKENS),
                doc.list(TextLayers.SENTENCES)));
    }

    /** The tag of token {@code i} (its sentence is tagged on first request); X outside any sentence. */
    public Upos pos(int i) {
        int s = i < 0 || i >= sentenceOfToken.length ? -1 : sentenceOfToken[i];
        if (s < 0) {
            return Upos.X;
        }
        if (!tagged[s]) {
            tagSentence(sentences.get(s));
        }
        return tags[i];
    }

    /** How many sentences have been tagged so far, and of how many. */
    public int taggedSentences() {
        return taggedCount;
    }

    public int sentenceCount() {
        return sentences.size();
    }

    private void tagSentence(Sentence s) {
        List<String> words = new ArrayList<>(s.tokenCount());
        for (int i = s.firstToken(); i < s.endToken(); i++) {
            words.add(tokens.get(i).text());
        }
        Upos[] t = tagger.tag(words);
        System.arraycopy(t, 0, tags, s.firstToken(), t.length);
        tagged[s.index()] = true;
        taggedCount++;
    }
}
