package dev.detente.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class TokenizerTest {
    private final Tokenizer tokenizer = new Tokenizer();

    private List<String> words(String text) {
        return tokenizer.tokenize(text).stream().map(Token::text).toList();
    }

    @Test
    void keepsInitialismsContractionsHyphensAndNumbers() {
        assertThat(words("The U.S. envoy didn't say 29.8 thousand, a long-standing 145% rise."))
                .containsExactly("The", "U.S.", "envoy", "didn't", "say", "29.8", "thousand", ",", "a",
                        "long-standing", "145", "%", "rise", ".");
    }

    @Test
    void splitsPossessiveAndQuotes() {
        assertThat(words("Russia’s “very good” channel")).containsExactly("Russia", "’s", "“", "very", "good", "”",
                "channel");
    }

    @Property
    void tokensAreOrderedNonEmptyAndPointIntoTheText(@ForAll String text) {
        int last = 0;
        for (Token t : tokenizer.tokenize(text)) {
            assertThat(t.start()).isGreaterThanOrEqualTo(last);
            assertThat(t.end()).isGreaterThan(t.start());
            assertThat(text.substring(t.start(), t.end())).isEqualTo(t.text());
            last = t.end();
        }
    }
}
