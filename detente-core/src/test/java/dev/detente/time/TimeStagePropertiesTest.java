package dev.detente.time;

import dev.detente.knowledge.TestKnowledge;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Whatever the text, the time stage does not throw and every expression points into the text, in order. */
class TimeStagePropertiesTest {
    private static final List<String> WORDS = List.of("on", "Monday", "Friday", "last", "next", "this", "week", "weeks",
            "month", "year", "years", "days", "day", "ago", "since", "between", "and", "within", "to", "for", "over",
            "the", "past", "early", "late", "mid-2024", "mid-", "May", "March", "Dec", ".", ",", "-", "--", "—", "(",
            ")", "/", ":", "10", "12", "31", "0", "99", "2025", "1990s", "'", "'90s", "2016-2018", "10-12", "2025-03-10",
            "12.04.2025", "a", "two", "twenty-five", "after", "before", "earlier", "later", "every", "weekly", "said",
            "will", "met", "yesterday", "tonight", "night", "morning", "quarter", "first", "end", "of", "BEIJING",
            "(Xinhua)", "\n", "3:45", "PM", "p.m.", "8pm", "few", "several", "couple", "in", "from", "now", "that",
            "century", "21st", "weekend", "recent", "coming", "\"", "\u201C", "\u201D");

    @Provide
    Arbitrary<String> timeLikeText() {
        return Arbitraries.of(WORDS).list().ofMaxSize(40).map(ws -> String.join(" ", ws));
    }

    @Property(tries = 500)
    void randomTextNeverThrowsAndSpansAreInBounds(@ForAll String text, @ForAll @IntRange(min = -1, max = 40000)
            int epochDay) {
        check(text, epochDay < 0 ? null : LocalDate.ofEpochDay(epochDay));
    }

    @Property(tries = 1000)
    void timeWordSoupNeverThrowsAndSpansAreInBounds(@ForAll("timeLikeText") String text,
                                                    @ForAll @IntRange(min = -1, max = 40000) int epochDay) {
        check(text, epochDay < 0 ? null : LocalDate.ofEpochDay(epochDay));
    }

    private static void check(String text, LocalDate published) {
        var doc = TimexTestSupport.analyse(text, published);
        int last = -1;
        for (TimeExpression t : doc.list(TimeLayers.TIMEX)) {
            assertThat(t.span().start()).isGreaterThanOrEqualTo(0).isGreaterThan(last - 1);
            assertThat(t.span().end()).isLessThanOrEqualTo(text.length()).isGreaterThan(t.span().start());
            assertThat(t.text()).isEqualTo(text.substring(t.span().start(), t.span().end()));
            assertThat(t.value()).isNotNull();
            assertThat(t.kind()).isNotNull();
            assertThat(t.rule()).isNotNull();
            last = t.span().start();
            TimeAttachment.resolvedDate(t);
        }
        TimeAttachment.attachedTo(doc, TestKnowledge.builtIn(), new dev.detente.doc.Span(0, text.length()), text.length() / 2);
        TimeAttachment.referenceDate(doc, text.length());
    }
}
