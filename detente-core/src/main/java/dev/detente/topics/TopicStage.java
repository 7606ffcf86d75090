package dev.detente.topics;

import java.util.Set;
import dev.detente.doc.Layer;
import dev.detente.doc.Doc;
import dev.detente.doc.Span;
import dev.detente.events.Event;
import dev.detente.events.EventLayers;
import dev.detente.events.lexicon.WordLayers;
import dev.detente.knowledge.Knowledge;
import dev.detente.nlp.Sentence;
import dev.detente.nlp.TextLayers;
import dev.detente.nlp.Token;
import dev.detente.nlp.Tokens;
import dev.detente.pipeline.Stage;
import dev.detente.statements.Statement;
import dev.detente.statements.StatementLayers;
import java.util.ArrayList;
import java.util.List;

/**
 * Tags every statement (its words) and every event (the words of its sentence, since the evidence
 * alone is often just "talks in Istanbul") with the issues of the {@link IssueTaxonomy}.
 */
public final class TopicStage implements Stage {
    private final IssueTaxonomy taxonomy;

    public TopicStage(IssueTaxonomy taxonomy) {
        this.taxonomy = taxonomy;
    }

    public TopicStage(Knowledge knowledge) {
        this(IssueTaxonomy.of(knowledge));
    }

    @Override
    public String name() {
        return "topics";
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(TextLayers.TOKENS, TextLayers.SENTENCES, WordLayers.LOWERED, EventLayers.EVENTS,
                StatementLayers.STATEMENTS);
    }

    @Override
    public Set<Layer<?>> adds() {
        return Set.of(TopicLayers.EVENT_TOPICS, TopicLayers.STATEMENT_TOPICS);
    }

    @Override
    public Doc process(Doc doc) {
        List<Token> tokens = doc.list(TextLayers.TOKENS);
        String[] lower = doc.get(WordLayers.LOWERED);
        List<Sentence> sentences = doc.list(TextLayers.SENTENCES);
        List<List<String>> eventTopics = new ArrayList<>();
        for (Event e : doc.list(EventLayers.EVENTS)) {
            Sentence s = sentenceOf(sentences, e.evidence().start());
            Span span = s == null ? e.evidence() : new Span(Math.min(s.start(), e.evidence().start()),
                    Math.max(s.end(), e.evidence().end()));
            eventTopics.add(tagSpan(tokens, lower, span));
        }
        List<List<String>> statementTopics = new ArrayList<>();
        for (Statement st : doc.list(StatementLayers.STATEMENTS)) {
            statementTopics.add(tagSpan(tokens, lower, st.span()));
        }
        return doc.with(TopicLayers.EVENT_TOPICS, List.copyOf(eventTopics))
                .with(TopicLayers.STATEMENT_TOPICS, List.copyOf(statementTopics));
    }

    private List<String> tagSpan(List<Token> tokens, String[] lower, Span span) {
        int from = Tokens.firstStartingAtOrAfter(tokens, span.start());
        int to = from;
        while (to < tokens.size() && tokens.get(to).end() <= span.end()) {
            to++;
        }
        return taxonomy.tag(lower, from, to);
    }


    private static Sentence sentenceOf(List<Sentence> sentences, int offset) {
        for (Sentence s : sentences) {
            if (s.start() <= offset && offset < s.end()) {
                return s;
            }
        }
        return null;
    }
}
