package dev.detente.events.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The gaps of the phrase matcher: a "~" gap spans a noun's modifiers, a quantity and its "of" included. */
class PhraseIndexTest {
    private static final Set<String> NOT_MODIFIERS = Set.of("in", "of", "to", "not", "never");

    private static PhraseIndex<String> index() {
        PhraseIndex<String> index = new PhraseIndex<>(NOT_MODIFIERS, Set.of("dozens", "tonnes"), Set.of("of"));
        index.add("released ~ prisoners", "RETREAT");
        index.add("had ~ talks", "CONSULT");
        return index;
    }

    private static boolean matches(PhraseIndex<String> index, String text) {
        String[] lower = text.toLowerCase(Locale.ROOT).split(" ");
        return index.longestAt(lower, 0, lower.length) != null;
    }

    @Test
    void aModifierGapTakesAQuantityAndItsPartitive() {
        assertThat(matches(index(), "released dozens of political prisoners")).isTrue();
        assertThat(matches(index(), "released the names of prisoners")).isFalse();
    }

    @Test
    void aModifierGapTakesNoNegation() {
        assertThat(matches(index(), "had direct talks")).isTrue();
        assertThat(matches(index(), "had not held talks")).isFalse();
    }

    @Test
    void withoutQuantityNounsThePartitiveStopsTheGap() {
        PhraseIndex<String> plain = new PhraseIndex<>(NOT_MODIFIERS);
        plain.add("released ~ prisoners", "RETREAT");
        assertThat(matches(plain, "released dozens of prisoners")).isFalse();
    }
}
