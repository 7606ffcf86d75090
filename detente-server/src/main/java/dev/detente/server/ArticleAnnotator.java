package dev.detente.server;

import dev.detente.actors.Actor;
import dev.detente.actors.ActorLayers;
import dev.detente.actors.Mention;
import dev.detente.doc.ArticleMeta;
import dev.detente.doc.Doc;
import dev.detente.doc.Span;
import dev.detente.events.Event;
import dev.detente.events.EventLayers;
import dev.detente.ingest.Article;
import dev.detente.pipeline.Analyzer;
import dev.detente.server.ApiResponses.AnnotatedText;
import dev.detente.server.ApiResponses.Annotation;
import dev.detente.statements.Statement;
import dev.detente.statements.StatementLayers;
import dev.detente.store.Rows.ArticleRow;
import dev.detente.time.TimeExpression;
import dev.detente.time.TimeLayers;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Every layer of an article as highlights: re-runs the analyzer on the stored text (milliseconds),
 * so the offsets are those of the analysis itself. Spans outside the text are dropped, never trusted.
 */
public final class ArticleAnnotator {
    private final Analyzer analyzer;

    public ArticleAnnotator(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    public AnnotatedText annotate(ArticleRow row) {
        String text = row.text() == null ? "" : row.text();
        Doc doc = analyzer.analyze(new Article(row.id(), text, meta(row), "ledger:" + row.id()));
        List<Annotation> out = new ArrayList<>();
        Map<String, Actor> actors = new HashMap<>();
        doc.list(ActorLayers.ACTORS).forEach(a -> actors.put(a.id(), a));
        Set<String> speakers = new HashSet<>();
        for (Statement s : doc.list(StatementLayers.STATEMENTS)) {
            if (s.speakerId() != null) {
                speakers.add(s.speakerId());
            }
            add(out, text, s.span(), "statement", s.direct() ? "quote" : "reported", speakerLine(s));
            add(out, text, s.cueSpan(), "cue", "cue", s.cue());
            add(out, text, s.saidOnEvidence(), "date", s.saidOn(), "said on");
        }
        for (Mention m : doc.list(ActorLayers.MENTIONS)) {
            Actor actor = actors.get(m.actorId());
            String kind = actor == null ? "actor" : actor.kind().name().toLowerCase(Locale.ROOT);
            String name = actor == null ? null : actor.name();
            add(out, text, m.span(), speakers.contains(m.actorId()) ? "speaker" : "actor", kind, name);
        }
        for (TimeExpression t : doc.list(TimeLayers.TIMEX)) {
            add(out, text, t.span(), "date", t.value(), t.kind().name().toLowerCase(Locale.ROOT));
        }
        for (Event e : doc.list(EventLayers.EVENTS)) {
            add(out, text, e.evidence(), "event", e.type(),
                    String.join(", ", e.actors()) + (e.mode() == Event.Mode.ASSERTED ? "" : " (" + e.mode() + ")"));
        }
        out.sort(Comparator.comparingInt(Annotation::start).thenComparing(Comparator.comparingInt(Annotation::end).reversed()));
        return new AnnotatedText(row.id(), text, List.copyOf(out));
    }

    private static String speakerLine(Statement s) {
        StringBuilder b = new StringBuilder(s.speakerName() == null ? "unknown speaker" : s.speakerName());
        if (s.speakerRole() != null) {
            b.append(", ").append(s.speakerRole());
        }
        if (s.speakerCountry() != null) {
            b.append(" (").append(s.speakerCountry()).append(')');
        }
        return b.toString();
    }

    private static void add(List<Annotation> out, String text, Span span, String layer, String label, String detail) {
        if (span != null && span.end() <= text.length() && span.length() > 0) {
            out.add(new Annotation(layer, span.start(), span.end(), label, detail));
        }
    }

    private static ArticleMeta meta(ArticleRow row) {
        ArticleMeta meta = ArticleMeta.empty().withTitle(row.title(), "ledger").withUrl(row.url(), "ledger")
                .withOutlet(row.outlet(), "ledger").withLanguage(row.language(), "ledger");
        LocalDate published = parseDate(row.published());
        return published == null ? meta : meta.withPublished(published, "ledger");
    }

    private static LocalDate parseDate(String value) {
        if (value == null || value.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(value.substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
