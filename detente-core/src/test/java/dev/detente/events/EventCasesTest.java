package dev.detente.events;

import dev.detente.knowledge.TestKnowledge;
import dev.detente.knowledge.Knowledge;
import static org.assertj.core.api.Assertions.assertThat;

import dev.detente.actors.Actor;
import dev.detente.actors.ActorIndex;
import dev.detente.actors.ActorKind;
import dev.detente.actors.ActorStage;
import dev.detente.doc.ArticleMeta;
import dev.detente.doc.Doc;
import dev.detente.pipeline.StandardChain;
import dev.detente.nlp.SentenceTokenStage;
import dev.detente.statements.StatementStage;
import dev.detente.time.TimeStage;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The event cases of {@code event-cases.psv} (general news English written for the tests), read
 * through the actors, time, statements and events stages: each gives its expected PLOVER type and
 * mode with the countries of its sides, or ("!TYPE") must give no counted event of a type (from
 * a given source).
 */
class EventCasesTest {

    record Case(String expected, String mode, String source, String target, String sentence) {
        @Override
        public String toString() {
            return expected + " " + mode + " " + source + "→" + target + ": " + sentence;
        }
    }

    static Stream<Case> cases() throws IOException {
        return cases("event-cases.psv");
    }

    /** The cases of one table in {@code /dev/detente/events/}. */
    static Stream<Case> cases(String table) throws IOException {
        List<Case> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                EventCasesTest.class.getResourceAsStream("/dev/detente/events/" + table), StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\\|", 5);
                out.add(new Case(f[0].trim(), f[1].trim(), f[2].trim(), f[3].trim(), f[4].trim()));
            }
        }
        return out.stream();
    }

    @Test
    void casesCoverEveryPloverTypeAndEveryMode() throws IOException {
        List<Case> all = cases().toList();
        assertThat(all).hasSizeGreaterThanOrEqualTo(150);
        for (PloverType t : PloverType.values()) {
            assertThat(all).as(t.name()).anyMatch(c -> c.expected().equals(t.name()));
        }
        for (Event.Mode m : Event.Mode.values()) {
            assertThat(all).as(m.name()).anyMatch(c -> c.mode().equalsIgnoreCase(m.name()));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void codesTheCase(Case c) {
        check(StandardChain.builtIn(), c);
    }

    /** Runs {@code c} through the standard stages of {@code chain} and checks type, mode and sides. */
    static void check(StandardChain chain, Case c) {
        Doc doc = chain.through("events",
                Doc.of("t", c.sentence(), ArticleMeta.empty()
                .withPublished(LocalDate.of(2024, 5, 15), "test").withLanguage("en", "test")));
        List<Event> events = doc.list(EventLayers.EVENTS);
        ActorIndex actors = ActorIndex.of(doc);
        for (Event e : events) {
            // sides are always the actors layer's ids
            for (String id : new String[] {e.sourceId(), e.targetId()}) {
                if (id != null) {
                    assertThat(actors.actor(id)).as("side %s of %s is an actor id", id, e.type()).isPresent();
                }
            }
        }
        if (c.expected().startsWith("!")) {
            String type = c.expected().substring(1);
            assertThat(events).filteredOn(e -> e.happened() && (c.source().equals("-")
                    || c.source().equals(country(actors, e.sourceId())))).extracting(Event::type).doesNotContain(type);
            return;
        }
        Event.Mode mode = Event.Mode.valueOf(c.mode().toUpperCase(Locale.ROOT));
        List<Event> ofType = events.stream().filter(e -> e.type().equals(c.expected()) && e.mode() == mode).toList();
        assertThat(ofType).as("events %s", describe(events)).isNotEmpty();
        Event e = ofType.get(0);
        if (!c.source().equals("-")) {
            assertThat(country(actors, e.sourceId())).as("source of %s", describe(events)).isEqualTo(c.source());
        }
        if (!c.target().equals("-")) {
            assertThat(country(actors, e.targetId())).as("target of %s", describe(events)).isEqualTo(c.target());
        }
    }

    /** A side's country: a country's code, a person's or body's country, an IGO's code. */
    static String country(ActorIndex actors, String id) {
        Actor a = actors.actor(id).orElse(null);
        if (a == null) {
            return null;
        }
        if (a.kind() == ActorKind.COUNTRY) {
            return a.code();
        }
        return a.country() != null ? a.country() : a.code();
    }

    private static String describe(List<Event> events) {
        StringBuilder b = new StringBuilder();
        for (Event e : events) {
            b.append(e.type()).append('/').append(e.mode()).append(' ').append(e.sourceId()).append("->")
                    .append(e.targetId()).append(' ').append(e.actors()).append(" [").append(e.rule()).append("]; ");
        }
        return b.toString();
    }
}
