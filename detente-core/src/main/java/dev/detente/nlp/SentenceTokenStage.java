package dev.detente.nlp;

import dev.detente.doc.Doc;
import dev.detente.doc.Span;
import dev.detente.knowledge.Knowledge;
import dev.detente.pipeline.Stage;
import java.util.ArrayList;
import java.util.List;

/** Adds paragraphs, sentences and tokens. */
public final class SentenceTokenStage implements Stage {
    private final SentenceSplitter splitter;
    private final Tokenizer tokenizer = new Tokenizer();

    public SentenceTokenStage() {
        this(Knowledge.builtIn());
    }

    public SentenceTokenStage(Knowledge knowledge) {
        this.splitter = new SentenceSplitter(knowledge);
    }

    @Override
    public String name() {
        return "sentences";
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
            sentences.add(new Sentence(sentences.size(), s.start(), s.end(), paragraph, first, tokens.size()));
        }
        return doc.with(TextLayers.PARAGRAPHS, List.copyOf(paragraphs))
                .with(TextLayers.SENTENCES, List.copyOf(sentences))
                .with(TextLayers.TOKENS, List.copyOf(tokens));
    }
}
