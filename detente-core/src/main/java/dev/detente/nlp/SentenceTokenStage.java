package dev.detente.nlp;

import java.util.Set;
import dev.detente.doc.Layer;
import dev.detente.doc.Doc;
import dev.detente.doc.Span;
import dev.detente.knowledge.Knowledge;
import dev.detente.pipeline.DocBudget;
import dev.detente.pipeline.Stage;
import java.util.ArrayList;
import java.util.List;

/**
 * Adds paragraphs, sentences and tokens. A sentence of more than {@link #MAX_SENTENCE_TOKENS}
 * tokens (real news sentences stay under about 250) is cut into pieces of at most that many, so
 * the later stages' work per sentence stays bounded whatever the input (a megabyte without a
 * full stop, a word repeated 200,000 times).
 */
public final class SentenceTokenStage implements Stage {
    public static final int MAX_SENTENCE_TOKENS = 400;
    private final SentenceSplitter splitter;
    private final Tokenizer tokenizer = new Tokenizer();

    /** The stage with the abbreviations, sentence openers and country names of {@code knowledge}. */
    public SentenceTokenStage(Knowledge knowledge) {
        this.splitter = new SentenceSplitter(knowledge);
    }

    @Override
    public String name() {
        return "sentences";
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of();
    }

    @Override
    public Set<Layer<?>> adds() {
        return Set.of(TextLayers.PARAGRAPHS, TextLayers.SENTENCES, TextLayers.TOKENS);
    }

    @Override
    public Doc process(Doc doc) {
        String text = doc.text();
        SentenceSplitter.Result split = splitter.split(text);
        List<Token> tokens = new ArrayList<>(text.length() / 5 + 4);
        List<Sentence> sentences = new ArrayList<>(split.sentences().size());
        int paragraph = 0;
        List<Paragraph> paragraphs = split.paragraphs();
        for (Span s : split.sentences()) {
            while (paragraph + 1 < paragraphs.size() && paragraphs.get(paragraph + 1).start() <= s.start()) {
                paragraph++;
            }
            int first = tokens.size();
            tokens.addAll(tokenizer.tokenize(text, s.start(), s.end()));
            if (tokens.size() - first <= MAX_SENTENCE_TOKENS) {
                sentences.add(new Sentence(sentences.size(), s.start(), s.end(), paragraph, first, tokens.size()));
                continue;
            }
            for (int from = first; from < tokens.size(); from += MAX_SENTENCE_TOKENS) {
                DocBudget.check();
                int to = Math.min(tokens.size(), from + MAX_SENTENCE_TOKENS);
                int start = from == first ? s.start() : tokens.get(from).start();
                int end = to == tokens.size() ? s.end() : tokens.get(to - 1).end();
                sentences.add(new Sentence(sentences.size(), start, end, paragraph, from, to));
            }
        }
        return doc.with(TextLayers.PARAGRAPHS, List.copyOf(paragraphs))
                .with(TextLayers.SENTENCES, List.copyOf(sentences))
                .with(TextLayers.TOKENS, List.copyOf(tokens));
    }
}
