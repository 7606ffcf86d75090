package dev.detente.server;

import dev.detente.store.Rows.ActorRow;
import dev.detente.store.Rows.ArticleRow;
import dev.detente.store.Rows.EventRow;
import dev.detente.store.Rows.Page;
import dev.detente.store.Rows.StatementRow;
import java.util.List;

/** The answers the API adds to the store's rows. */
public final class ApiResponses {
    private ApiResponses() {
    }

    /** An article and the same story from other outlets, earliest first. */
    public record ArticleDetail(ArticleRow article, List<ArticleRow> duplicates) {
    }

    /** An actor with its statements and the events it took part in. */
    public record ActorDetail(ActorRow actor, Page<StatementRow> statements, Page<EventRow> events) {
    }

    /**
     * One highlighted span of an article's text. {@code layer} is statement, cue, speaker, actor,
     * date or event; {@code label} is what the highlight says (kind, type, value); {@code detail} more words.
     */
    public record Annotation(String layer, int start, int end, String label, String detail) {
    }

    /** An article's text with every layer the analyzer finds in it, as offsets into {@code text}. */
    public record AnnotatedText(String articleId, String text, List<Annotation> annotations) {
    }

    public record ApiError(int status, String error) {
    }
}
