package dev.detente.events;

import dev.detente.knowledge.Knowledge;
import dev.detente.syntax.Nlp4jParser;
import java.io.IOException;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The event coder with the dependency parse on ({@code -Ddetente.syntax.parse=true}): the cases of
 * {@code event-cases-parsed.psv}, whose sides only the parse reads right (passive agents, a relative
 * clause between subject and verb), and every case of {@code event-cases.psv}, which the parse must
 * not break.
 */
class ParsedEventCasesTest {
    private static final EventStage PARSED = new EventStage(Knowledge.builtIn(), Nlp4jParser.loaded());

    static Stream<EventCasesTest.Case> cases() throws IOException {
        return Stream.concat(EventCasesTest.cases("event-cases-parsed.psv"), EventCasesTest.cases());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void codesTheCaseWithTheParse(EventCasesTest.Case c) {
        EventCasesTest.check(PARSED, c);
    }
}
