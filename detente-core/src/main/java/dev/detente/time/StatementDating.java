package dev.detente.time;

import dev.detente.actors.ActorLayers;
import dev.detente.actors.Mention;
import dev.detente.doc.Doc;
import dev.detente.doc.Span;
import dev.detente.knowledge.Knowledge;
import dev.detente.nlp.Paragraph;
import dev.detente.nlp.Sentence;
import dev.detente.nlp.TextLayers;
import java.util.List;
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
 *   <li>"context": else, when the sentence just before, in the same paragraph, names the speaker
 *       (by name, title or pronoun) with a day of its own in the week up to the reference date, that day
 *       ("X arrived in Kyiv on Monday. 'We stand with you,' he said."); else the day of the nearest
 *       earlier sentence that names the speaker, when it gives one ("X and Y met on Tuesday. [...] X
 *       described the meeting as ..."); the speaker's next statements inherit it;</li>
 *   <li>"reference": else the reference date at the verb (dateline or publication date);</li>
 *   <li>"unknown": else null.</li>
 * </ol>
 * Call {@link #date} once per statement in text order. One instance per document; not thread-safe.
 */
public final class StatementDating {
    /** A statement's date ("YYYY-MM-DD", "YYYY-MM", "YYYY" or null), the expression it came from, and how. */
    public record Dated(String date, TimeExpression evidence, String how) {
    }

    /** How far before the reference date a day the sentence before gives may date a statement. */
    private static final int RECENT_DAYS = 7;

    private final Doc doc;
    private final TimeLexicon lex;
    private String lastSpeaker;
    private Dated lastOwn;
    /** The statement dated just before, whoever made it. */
    private Dated previous;

    /** Dating the statements of {@code doc} with {@code knowledge}'s time words (the pipeline's one Knowledge). */
    public StatementDating(Doc doc, Knowledge knowledge) {
        this.doc = doc;
        this.lex = TimeLexicon.of(knowledge);
    }

    /**
     * @param clause     the sentence or clause holding the statement and its speech verb
     * @param verbOffset the speech verb's start offset (or the cue's, for "according to")
     * @param content    the quoted words or reported clause (dates inside it are not the statement's), or null
     * @param speaker    a key for the speaker (name or actor id), or null when unknown
     */
    public Dated date(Span clause, int verbOffset, Span content, String speaker) {
        String key = speaker == null ? null : speaker.toLowerCase(Locale.ROOT);
        Optional<TimeExpression> own = TimeAttachment.attachedTo(doc, lex, clause, verbOffset, content);
        String ownDate = own.map(TimeAttachment::resolvedDate).orElse(null);
        Dated result;
        String context;
        if (ownDate != null) {
            result = new Dated(ownDate, own.get(), "attached");
            lastOwn = result;
        } else if (previous != null && previous.date() != null && refersBackToAStatement(clause, verbOffset)) {
            // "X said in a statement on Monday that ... The statement accused Y of ...": the same statement's day
            result = new Dated(previous.date(), previous.evidence(), "inherited");
        } else if (key != null && key.equals(lastSpeaker) && lastOwn != null) {
            result = new Dated(lastOwn.date(), lastOwn.evidence(), "inherited");
        } else if (speaker != null && ((context = dayOfTheSpeakerBefore(clause, speaker, verbOffset)) != null
                || (context = dayOfTheSpeakersLastMention(clause, speaker, verbOffset)) != null)) {
            result = new Dated(context, null, "context");
            lastOwn = result; // "he added" after it keeps that day
        } else {
            String reference = TimeAttachment.referenceDate(doc, verbOffset);
            result = new Dated(reference, null, reference == null ? "unknown" : "reference");
            lastOwn = null;
        }
        if (key == null || !key.equals(lastSpeaker)) {
            if (ownDate == null && !"context".equals(result.how())) {
                lastOwn = null; // a new speaker's undated statement: nothing to pass on (a context day is passed on)
            }
            lastSpeaker = key;
        }
        previous = result;
        return result;
    }

    /** Whether the clause's subject is a definite statement noun ("The statement accused ..."): the one just reported. */
    private boolean refersBackToAStatement(Span clause, int verbOffset) {
        if (verbOffset <= clause.start() || verbOffset > clause.end()) {
            return false;
        }
        String subject = doc.text().substring(clause.start(), verbOffset).strip().toLowerCase(Locale.ROOT);
        return lex.statementBackReferences.contains(subject.replaceAll("\\s+", " "));
    }

    /**
     * Dates a statement with no speech verb of its own (a transcript or interview turn, "NAME: ..."):
     * the same speaker's previous dated statement; else the day of the nearest earlier sentence that
     * names the speaker ("X spoke to reporters on Tuesday" before the turns), a day in the week up to
     * the reference date; else the reference date.
     */
    public Dated dateTurn(Span turn, String speaker) {
        String key = speaker == null ? null : speaker.toLowerCase(Locale.ROOT);
        Dated result = null;
        if (key != null && key.equals(lastSpeaker) && lastOwn != null) {
            result = new Dated(lastOwn.date(), lastOwn.evidence(), "inherited");
        } else if (speaker != null) {
            List<Sentence> sentences = doc.list(TextLayers.SENTENCES);
            for (int i = sentences.size() - 1; i >= 0 && result == null; i--) {
                Sentence s = sentences.get(i);
                if (s.end() <= turn.start()) {
                    String day = dayNearSpeaker(s, speaker, turn.start());
                    if (day != null) {
                        result = new Dated(day, null, "context");
                    }
                }
            }
        }
        if (result == null) {
            String reference = TimeAttachment.referenceDate(doc, turn.start());
            result = new Dated(reference, null, reference == null ? "unknown" : "reference");
        }
        lastOwn = result.date() == null || "reference".equals(result.how()) ? null : result;
        lastSpeaker = key;
        previous = result;
        return result;
    }

    /**
     * The day the sentence before the clause gives, when it is in the same paragraph and mentions the
     * speaker (actor id): the expression nearest the speaker's mention, outside quotations, a day not
     * after the reference date; null otherwise.
     */
    private String dayOfTheSpeakerBefore(Span clause, String speakerId, int verbOffset) {
        Sentence before = null;
        for (Sentence s : doc.list(TextLayers.SENTENCES)) {
            if (s.end() > clause.start()) {
                break;
            }
            before = s;
        }
        if (before == null || !sameParagraph(before.start(), clause.start())) {
            return null;
        }
        return dayNearSpeaker(before, speakerId, verbOffset);
    }

    /**
     * The day of the nearest earlier sentence that names the speaker, when that sentence gives one
     * ("X and Y met in Colchane on Tuesday. [...] X described the meeting as ..."): what the report said
     * they did that day, they said that day; when that sentence gives no day, the day of an earlier one
     * naming them at a meeting ("X held talks in Dodoma yesterday with Y"); null otherwise.
     */
    private String dayOfTheSpeakersLastMention(Span clause, String speakerId, int verbOffset) {
        List<Sentence> sentences = doc.list(TextLayers.SENTENCES);
        boolean passedNearest = false;
        for (int i = sentences.size() - 1; i >= 0; i--) {
            Sentence s = sentences.get(i);
            if (s.end() > clause.start()) {
                continue;
            }
            if (!names(s, speakerId)) {
                continue;
            }
            if (!passedNearest) {
                String day = dayNearSpeaker(s, speakerId, verbOffset);
                if (day != null) {
                    return day;
                }
                passedNearest = true;
            } else if (namesAMeeting(s)) { // "X held talks in Dodoma yesterday with Y. [...] X said": the talks' day
                return dayNearSpeaker(s, speakerId, verbOffset);
            }
        }
        return null;
    }

    private boolean names(Sentence s, String speakerId) {
        Span sentence = new Span(s.start(), s.end());
        for (Mention m : doc.list(ActorLayers.MENTIONS)) {
            if (m.actorId().equals(speakerId) && sentence.contains(m.span())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The day a sentence gives nearest its mention of the speaker (actor id), outside quotations, a day
     * in the week up to the reference date at {@code referenceOffset}; null when it names no such day
     * or not the speaker.
     */
    private String dayNearSpeaker(Sentence before, String speakerId, int referenceOffset) {
        Span sentence = new Span(before.start(), before.end());
        int mention = -1;
        for (Mention m : doc.list(ActorLayers.MENTIONS)) {
            if (m.actorId().equals(speakerId) && sentence.contains(m.span())) {
                mention = m.span().start();
                break;
            }
        }
        if (mention < 0) {
            return null;
        }
        String reference = TimeAttachment.referenceDate(doc, referenceOffset);
        List<int[]> quotes = TimeAttachment.quotations(doc.text(), sentence);
        if (hasWordOf(doc.text().substring(before.start(), mention), lex.earlierPastMarks)) {
            // "She said on Tuesday she had spoken with X on Monday": X is named inside what another reports;
            // the sentence's days are that report's and the reporter's, not days X spoke on
            return null;
        }
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (TimeExpression t : doc.list(TimeLayers.TIMEX)) {
            String date = TimeAttachment.resolvedDate(t);
            if (!sentence.contains(t.span()) || date == null || date.length() != 10 || OffsetPatterns.fromEvent(t.rule())
                    || "dateline".equals(t.rule()) || "SINCE".equals(t.mod()) || insideAny(quotes, t.span().start())
                    || !recent(date, reference)) {
                continue;
            }
            if (t.span().end() <= mention && citedFor(doc.text().substring(t.span().end(), mention))) {
                continue; // "The men were released on Tuesday, according to X": the day of what X reports
            }
            if (t.span().start() > mention && opensReportedClause(doc.text().substring(mention, t.span().start()))) {
                continue; // "X said her team had reached the river on Wednesday": the day of what X reports
            }
            int distance = Math.abs(t.span().start() - mention);
            if (distance < bestDistance) {
                bestDistance = distance;
                best = date;
            }
        }
        return best;
    }

    /** Whether a sentence tells of a meeting ("held talks", "met", "received a delegation"): its day is its participants'. */
    private boolean namesAMeeting(Sentence s) {
        return hasWordOf(doc.text().substring(s.start(), s.end()), lex.meetingWords);
    }

    /** Whether the words between a day and the speaker's name cite the speaker for it ("..., according to"). */
    private boolean citedFor(String between) {
        String lower = between.toLowerCase(Locale.ROOT);
        for (String frame : lex.citationFrames) {
            if (lower.contains(frame)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the words between the speaker's name and a day open a reported or earlier clause ("that", "had"). */
    private boolean opensReportedClause(String between) {
        return hasWordOf(between, lex.contextContentMarks);
    }

    /** Whether {@code text} holds a word (letters only, lower-cased) of {@code words}. */
    private static boolean hasWordOf(String text, java.util.Set<String> words) {
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (words.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** A day in the week up to the reference date: the news a statement is reported in, not a story's past. */
    private static boolean recent(String date, String reference) {
        if (reference == null) {
            return true; // no reference date: only a date the text spells out resolves, and it is the evidence
        }
        if (reference.length() != 10) {
            return false;
        }
        try {
            long days = java.time.temporal.ChronoUnit.DAYS.between(java.time.LocalDate.parse(date),
                    java.time.LocalDate.parse(reference));
            return days >= 0 && days <= RECENT_DAYS;
        } catch (java.time.DateTimeException e) {
            return false;
        }
    }

    private boolean sameParagraph(int a, int b) {
        for (Paragraph p : doc.list(TextLayers.PARAGRAPHS)) {
            if (p.start() <= a && a < p.end()) {
                return b < p.end();
            }
        }
        return false;
    }

    private static boolean insideAny(List<int[]> quotes, int offset) {
        for (int[] q : quotes) {
            if (offset >= q[0] && offset < q[1]) {
                return true;
            }
        }
        return false;
    }
}
