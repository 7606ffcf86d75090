package dev.detente.time;

import dev.detente.doc.Doc;
import dev.detente.doc.Span;
import java.util.Locale;
import java.util.Optional;

/**
 * Dates a document's statements (or other speech acts) in text order, for {@code said_on}:
 *
 * <ol>
 *   <li>"attached": the expression {@link TimeAttachment#attachedTo(Doc, Span, int, Span)} finds
 *       in the statement's own clause ("said on Friday", "a day after X said");</li>
 *   <li>"inherited": else, when the statement right before it was made by the same speaker and
 *       had a date of its own, that date ("He added that ...", "He also warned ...");</li>
 *   <li>"reference": else the reference date at the verb (dateline or publication date);</li>
 *   <li>"unknown": else null.</li>
 * </ol>
 * Call {@link #date} once per statement in text order. One instance per document; not thread-safe.
 */
public final class StatementDating {
    /** A statement's date ("YYYY-MM-DD", "YYYY-MM", "YYYY" or null), the expression it came from, and how. */
    public record Dated(String date, TimeExpression evidence, String how) {
    }

    private final Doc doc;
    private String lastSpeaker;
    private Dated lastOwn;

    public StatementDating(Doc doc) {
        this.doc = doc;
    }

    /**
     * @param clause     the sentence or clause holding the statement and its speech verb
     * @param verbOffset the speech verb's start offset (or the cue's, for "according to")
     * @param content    the quoted words or reported clause (dates inside it are not the statement's), or null
     * @param speaker    a key for the speaker (name or actor id), or null when unknown
     */
    public Dated date(Span clause, int verbOffset, Span content, String speaker) {
        String key = speaker == null ? null : speaker.toLowerCase(Locale.ROOT);
        Optional<TimeExpression> own = TimeAttachment.attachedTo(doc, clause, verbOffset, content);
        String ownDate = own.map(TimeAttachment::resolvedDate).orElse(null);
        Dated result;
        if (ownDate != null) {
            result = new Dated(ownDate, own.get(), "attached");
            lastOwn = result;
        } else if (key != null && key.equals(lastSpeaker) && lastOwn != null) {
            result = new Dated(lastOwn.date(), lastOwn.evidence(), "inherited");
        } else {
            String reference = TimeAttachment.referenceDate(doc, verbOffset);
            result = new Dated(reference, null, reference == null ? "unknown" : "reference");
            lastOwn = null;
        }
        if (key == null || !key.equals(lastSpeaker)) {
            if (ownDate == null) {
                lastOwn = null;
            }
            lastSpeaker = key;
        }
        return result;
    }
}
