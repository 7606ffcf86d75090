package dev.detente.events;

import dev.detente.pipeline.StandardChain;
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

    static Stream<EventCasesTest.Case> cases() throws IOException {
        return Stream.concat(EventCasesTest.cases("event-cases-parsed.psv"), EventCasesTest.cases());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void codesTheCaseWithTheParse(EventCasesTest.Case c) {
        EventCasesTest.check(StandardChain.parsed(), c);
    }
}
