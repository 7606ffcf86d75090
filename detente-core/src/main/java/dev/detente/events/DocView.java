package dev.detente.events;

import dev.detente.actors.ActorIndex;
import dev.detente.doc.Doc;
import dev.detente.nlp.Sentence;
import dev.detente.nlp.TextLayers;
import dev.detente.nlp.Token;
import dev.detente.statements.Statement;
import dev.detente.statements.StatementLayers;
import dev.detente.syntax.SyntaxView;
import dev.detente.time.TimeExpression;
import dev.detente.time.TimeLayers;
import java.util.List;
import java.util.function.Supplier;

/**
 * What every component of the event coder reads from one document: tokens (also lower-cased),
 * sentences, time expressions, statements, the actors index, the syntax view (tagged lazily) and
 * the parties (found lazily, on the first sentence with a trigger).
 */
final class DocView {
    final Doc doc;
    final List<Token> tokens;
    final String[] lower;
    final List<Sentence> sentences;
    final List<TimeExpression> timexes;
    final List<Statement> statements;
    final TokenIndex tix;
    final ActorIndex actors;
    final SyntaxView syntax;
    private final Supplier<List<Participant>> finder;
    private List<Participant> participants;

    DocView(Doc doc, String[] lower, SyntaxView syntax, Supplier<List<Participant>> finder) {
        this.doc = doc;
        this.tokens = doc.list(TextLayers.TOKENS);
        this.lower = lower;
        this.sentences = doc.list(TextLayers.SENTENCES);
        this.timexes = doc.list(TimeLayers.TIMEX);
        this.statements = doc.list(StatementLayers.STATEMENTS);
        this.tix = new TokenIndex(tokens);
        this.actors = ActorIndex.of(doc);
        this.syntax = syntax;
        this.finder = finder;
    }

    List<Participant> participants() {
        if (participants == null) {
            participants = finder.get();
        }
        return participants;
    }

    int sentenceIndexAt(int offset) {
        int lo = 0;
        int hi = sentences.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (sentences.get(mid).start() <= offset) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    Sentence sentenceAt(int offset) {
        return sentences.get(sentenceIndexAt(offset));
    }
}
