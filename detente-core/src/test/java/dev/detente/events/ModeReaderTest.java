package dev.detente.events;

import static org.assertj.core.api.Assertions.assertThat;

import dev.detente.events.Event.Mode;
import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The mode component alone, on lower-cased words with the trigger marked by brackets. */
class ModeReaderTest {
    private static final ModeReader MODES = new ModeReader(EventRules.of(dev.detente.knowledge.Knowledge.builtIn()));

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ASSERTED     | russia [withdrew] its troops
            DEMANDED     | ukraine must [withdraw] its troops
            DEMANDED     | britain demanded that russia [release] the journalists
            DEMANDED     | the un called on myanmar to [release] prisoners
            FUTURE       | japan plans to [deploy] troops
            NEGATED      | spain has not [expelled] diplomats
            HYPOTHETICAL | india could [impose] restrictions
            DENIED       | iran denied [supplying] drones
            ASSERTED     | the rebels forced the army to [retreat]
            """)
    void readsTheModeFromTheClause(Mode expected, String marked) {
        String[] words = marked.toLowerCase(Locale.ROOT).split(" ");
        int first = Arrays.asList(words).indexOf(Arrays.stream(words).filter(w -> w.startsWith("[")).findFirst().orElseThrow());
        words[first] = words[first].replace("[", "").replace("]", "");
        ModeReader.Reading r = MODES.of(words, 0, 0, words.length, first, first + 1, false);
        assertThat(r.mode()).isEqualTo(expected);
    }
}
