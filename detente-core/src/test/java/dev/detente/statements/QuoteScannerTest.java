package dev.detente.statements;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteScannerTest {
    private final QuoteScanner scanner = new QuoteScanner();

    private List<String> quotes(String text) {
        return scanner.scan(text, 0, text.length(), 0).stream().map(q -> text.substring(q.start(), q.end())).toList();
    }

    @Test
    void pairsStraightAndCurlyDoubleMarks() {
        assertThat(quotes("He said \"yes,\" and she said \u201Cno.\u201D")).containsExactly("yes,", "no.");
    }

    @Test
    void mixedMarksPairToo() {
        assertThat(quotes("Chen said that \"We answered clearly.\u201D")).containsExactly("We answered clearly.");
    }

    @Test
    void closingMarkTypedAsOpeningMark() {
        assertThat(quotes("\u201CThe topic is hard,\u201C he said.")).containsExactly("The topic is hard,");
    }

    @Test
    void missingOpeningMarkRunsFromParagraphStart() {
        assertThat(quotes("We are close to a deal,\u201D he said. \u201CThe rest will follow."))
                .containsExactly("We are close to a deal,", "The rest will follow.");
    }

    @Test
    void unclosedQuoteRunsToParagraphEnd() {
        assertThat(quotes("She said: \"We will continue")).containsExactly("We will continue");
    }

    @Test
    void apostrophesAreNotQuotes() {
        assertThat(quotes("We\u2019d like Trump\u2019s answer on the '90s and the countries\u2019 borders.")).isEmpty();
    }

    @Test
    void singleMarksQuoteWhereTheyCannotBeApostrophes() {
        assertThat(quotes("Officials called it \u2018a first step\u2019 toward peace."))
                .containsExactly("a first step");
    }

    @Test
    void nestedSingleQuotesStayInsideTheOuterQuote() {
        assertThat(quotes("\"They called it a 'temporary measure' for years,\" he said."))
                .containsExactly("They called it a 'temporary measure' for years,");
    }
    @Test
    void doubledApostrophesPairLikeDoubleMarks() {
        assertThat(quotes("''We will not wait,'' the mayor said. ''It is 'too late' now.''"))
                .containsExactly("We will not wait,", "It is 'too late' now.");
    }

    @Test
    void graveAccentsOpenAndApostrophesClose() {
        assertThat(quotes("The senator called it ``a good start'' on Monday."))
                .containsExactly("a good start");
    }

    @Test
    void pluralPossessiveBeforeDoubledApostrophes() {
        assertThat(quotes("''It is up to the voters''' she said.")).containsExactly("It is up to the voters'");
    }

    @Test
    void lowDoubleMarkOpensAndGuillemetsPair() {
        assertThat(quotes("He said \u201EWe are ready\u201C and then \u00ABnot yet\u00BB."))
                .containsExactly("We are ready", "not yet");
    }
}
