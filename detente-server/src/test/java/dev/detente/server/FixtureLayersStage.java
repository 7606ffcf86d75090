package dev.detente.server;

import dev.detente.actors.Actor;
import dev.detente.actors.ActorKind;
import dev.detente.actors.ActorLayers;
import dev.detente.actors.Mention;
import dev.detente.actors.MentionForm;
import dev.detente.doc.Doc;
import dev.detente.doc.Span;
import dev.detente.events.Event;
import dev.detente.events.EventLayers;
import dev.detente.pipeline.Analyzer;
import dev.detente.pipeline.Pipeline;
import dev.detente.pipeline.Stage;
import dev.detente.statements.Statement;
import dev.detente.statements.StatementLayers;
import dev.detente.time.TimeExpression;
import dev.detente.time.TimeLayers;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Stands in for the extraction stages in the server tests: adds actors, mentions, dates, quotes
 * and events to the fixture articles by plain lookup, so the annotator and the article page are
 * tested on every layer whatever the real stages find.
 */
final class FixtureLayersStage implements Stage {
    private static final Map<String, Actor> ACTORS = Map.of(
            "Ivan Sorokin", new Actor("p1", ActorKind.PERSON, "Ivan Sorokin", "Foreign Minister", "RUS", null, List.of()),
            "Laura Benson", new Actor("p2", ActorKind.PERSON, "Laura Benson", "Secretary of State", "USA", null, List.of()),
            "Chen Lu", new Actor("p3", ActorKind.PERSON, "Chen Lu", "spokesperson", "CHN", null, List.of()),
            "Russia", new Actor("c1", ActorKind.COUNTRY, "Russia", null, "RUS", "RUS", List.of()),
            "United States", new Actor("c2", ActorKind.COUNTRY, "United States", null, "USA", "USA", List.of()),
            "Vienna", new Actor("l1", ActorKind.PLACE, "Vienna", null, "AUT", null, List.of()));
    private static final Map<String, String> EVENTS = Map.of(
            "met in Vienna on Monday", "CONSULT",
            "warning Washington against new sanctions", "THREATEN",
            "take countermeasures", "THREATEN");
    private static final Pattern QUOTE = Pattern.compile("\"([^\"]+)\"");
    private static final Pattern DATE = Pattern.compile("\\b(Monday|Tuesday|Wednesday|March \\d+)\\b");

    static Analyzer analyzer() {
        return new Analyzer(dev.detente.knowledge.Knowledge.builtIn(), a -> Doc.of(a.id(), a.text(), a.meta()), new Pipeline(List.of(new FixtureLayersStage())), List.of());
    }

    @Override
    public String name() {
        return "fixture-layers";
    }

    @Override
    public java.util.Set<dev.detente.doc.Layer<?>> requires() {
        return java.util.Set.of();
    }

    @Override
    public java.util.Set<dev.detente.doc.Layer<?>> adds() {
        return java.util.Set.of(ActorLayers.ACTORS, ActorLayers.MENTIONS, TimeLayers.TIMEX, StatementLayers.STATEMENTS,
                EventLayers.EVENTS);
    }

    @Override
    public Doc process(Doc doc) {
        String text = doc.text();
        List<Mention> mentions = new ArrayList<>();
        List<Actor> actors = new ArrayList<>();
        ACTORS.forEach((name, actor) -> {
            List<Span> found = find(text, name);
            if (!found.isEmpty()) {
                actors.add(actor);
                found.forEach(s -> mentions.add(new Mention(s, actor.id(), MentionForm.NAME)));
            }
        });
        mentions.sort(Comparator.comparing(Mention::span));
        List<TimeExpression> dates = new ArrayList<>();
        Matcher d = DATE.matcher(text);
        while (d.find()) {
            dates.add(new TimeExpression(new Span(d.start(), d.end()), d.group(), TimeExpression.TimexKind.DATE,
                    "2025-03-0X", TimeExpression.Granularity.DAY, "published", "fixture"));
        }
        List<Statement> statements = new ArrayList<>();
        Matcher q = QUOTE.matcher(text);
        while (q.find()) {
            int after = q.end();
            Span cue = nearest(text, List.of("said", "told"), after);
            String speaker = ACTORS.entrySet().stream().filter(e -> e.getValue().kind() == ActorKind.PERSON)
                    .map(Map.Entry::getKey).filter(n -> text.indexOf(n, after) >= 0)
                    .min(Comparator.comparingInt(n -> text.indexOf(n, after))).orElse(null);
            Actor a = speaker == null ? null : ACTORS.get(speaker);
            statements.add(new Statement(new Span(q.start(1), q.end(1)), true, a == null ? null : a.id(),
                    speaker, a == null ? null : a.role(), a == null ? null : a.country(), cue, cue == null ? null : text.substring(cue.start(), cue.end()), 0.9, null,
                    null, null, "fixture", null));
        }
        List<Event> events = new ArrayList<>();
        EVENTS.forEach((words, type) -> find(text, words).forEach(s -> events.add(new Event(type, s, null, null,
                List.of(), null, null, null, Event.Mode.ASSERTED, 1.0, "fixture", List.of()))));
        return doc.with(ActorLayers.ACTORS, List.copyOf(actors)).with(ActorLayers.MENTIONS, List.copyOf(mentions))
                .with(TimeLayers.TIMEX, List.copyOf(dates)).with(StatementLayers.STATEMENTS, List.copyOf(statements))
                .with(EventLayers.EVENTS, List.copyOf(events));
    }

    private static Span nearest(String text, List<String> words, int from) {
        return words.stream().map(w -> {
            int i = text.indexOf(w, from);
            return i < 0 ? null : new Span(i, i + w.length());
        }).filter(java.util.Objects::nonNull).min(Comparator.naturalOrder()).orElse(null);
    }

    private static List<Span> find(String text, String words) {
        List<Span> out = new ArrayList<>();
        for (int i = text.indexOf(words); i >= 0; i = text.indexOf(words, i + 1)) {
            out.add(new Span(i, i + words.length()));
        }
        return out;
    }
}
