package dev.detente.time;

import dev.detente.knowledge.TestKnowledge;
import static org.assertj.core.api.Assertions.assertThat;

import dev.detente.doc.Doc;
import dev.detente.doc.Span;
import dev.detente.time.TimeExpression.Granularity;
import dev.detente.time.TimeExpression.TimexKind;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TimeAttachmentTest {
    private static final LocalDate MONDAY = LocalDate.of(2025, 3, 10);

    /** The date attached to the first occurrence of {@code verb} in a one-sentence text, resolved. */
    private static String saidOn(String text, String verb, LocalDate published) {
        Doc doc = TimexTestSupport.analyse(text, published);
        Optional<TimeExpression> t = TimeAttachment.attachedTo(doc, TestKnowledge.builtIn(), new Span(0, text.length()), text.indexOf(verb));
        return t.map(TimeAttachment::resolvedDate).orElse(null);
    }

    @Test
    void attachesTheDateOfTheSpeechVerbsOwnClause() {
        assertThat(saidOn("The ministry on Sunday said the talks were useful.", "said", MONDAY)).isEqualTo("2025-03-09");
        assertThat(saidOn("The envoy said on Friday that he was hopeful.", "said", MONDAY)).isEqualTo("2025-03-07");
        assertThat(saidOn("On Thursday, officials said the border was open.", "said", MONDAY)).isEqualTo("2025-03-06");
        assertThat(saidOn("The minister told reporters in Vienna on Tuesday that talks would go on.", "told", MONDAY))
                .isEqualTo("2025-03-04");
        assertThat(saidOn("Last month, the foreign minister said relations had improved.", "said", MONDAY))
                .isEqualTo("2025-02");
    }

    @Test
    void aDateInAnOpeningAdverbialDatesTheStatementAfterItsComma() {
        assertThat(saidOn("In an interview on Friday, the foreign minister said the border would reopen.", "said", MONDAY))
                .isEqualTo("2025-03-07");
        assertThat(saidOn("Speaking to reporters in Nairobi on Thursday, the envoy said aid was on its way.", "said", MONDAY))
                .isEqualTo("2025-03-06");
        assertThat(saidOn("At a news conference on Sunday, the minister said the dam would be finished.", "said", MONDAY))
                .isEqualTo("2025-03-09");
        assertThat(saidOn("The foreign minister, speaking in Oslo on Monday, said the talks would resume.", "said", MONDAY))
                .isEqualTo("2025-03-10");
        // a fronted clause of what is reported is no opening adverbial
        assertThat(saidOn("The rebels withdrew from the town on Friday, the army spokesman said.", "said", MONDAY)).isNull();
        assertThat(saidOn("In the talks that ended on Friday, both sides, the mediator said, gave ground.", "said", MONDAY))
                .isNull();
    }

    @Test
    void prefersADayOverAClockTimeWithoutOne() {
        assertThat(saidOn("The minister said at 3 p.m. on Friday that talks had ended.", "said", MONDAY))
                .isEqualTo("2025-03-07");
    }

    @Test
    void skipsDatesOfTheReportedContent() {
        assertThat(saidOn("The minister said the talks would resume next week.", "said", MONDAY)).isNull();
        assertThat(saidOn("The minister said that the summit ended on Friday.", "said", MONDAY)).isNull();
        assertThat(saidOn("The talks ended on Friday without a deal, the minister said.", "said", MONDAY)).isNull();
        assertThat(saidOn("The minister said the two sides will meet on Thursday.", "said", MONDAY)).isNull();
        assertThat(saidOn("\"We met on Friday,\" the minister said.", "said", MONDAY)).isNull();
        assertThat(saidOn("The ministry said on Monday the region has been calm since 2014.", "said", MONDAY))
                .isEqualTo("2025-03-10");
    }

    @Test
    void chainsAStatementToTheDayBeforeTheMainClause() {
        String text = "The spokesman's comments were made a day after the president said he was unhappy.";
        assertThat(saidOn(text, "said", LocalDate.of(2025, 7, 29))).isEqualTo("2025-07-28");
    }

    @Test
    void excludesTheGivenContentSpan() {
        String text = "The minister said on Friday the summit ended on Thursday.";
        Doc doc = TimexTestSupport.analyse(text, MONDAY);
        int content = text.indexOf("the summit");
        Optional<TimeExpression> t = TimeAttachment.attachedTo(doc, TestKnowledge.builtIn(), new Span(0, text.length()), text.indexOf("said"),
                new Span(content, text.length()));
        assertThat(t).map(TimeExpression::text).contains("Friday");
    }

    @Test
    void theReferenceDateIsTheDatelinesAfterIt() {
        String text = "Ports reopen\nMANILA, June 2 (AFP) - The coast guard said patrols would continue.";
        Doc doc = TimexTestSupport.analyse(text, LocalDate.of(2025, 6, 3));
        assertThat(TimeAttachment.dateline(doc)).map(TimeExpression::value).contains("2025-06-02");
        assertThat(TimeAttachment.referenceDate(doc, text.indexOf("said"))).isEqualTo("2025-06-02");
        assertThat(TimeAttachment.referenceDate(doc, 0)).isEqualTo("2025-06-03");
        Doc undated = TimexTestSupport.analyse("The coast guard said patrols would continue.", null);
        assertThat(TimeAttachment.referenceDate(undated, 10)).isNull();
    }

    @Test
    void resolvedDateKeepsOnlyCalendarDates() {
        assertThat(resolved(TimexKind.DATE, "2025-03-10")).isEqualTo("2025-03-10");
        assertThat(resolved(TimexKind.DATE, "2025-03")).isEqualTo("2025-03");
        assertThat(resolved(TimexKind.DATE, "2025")).isEqualTo("2025");
        assertThat(resolved(TimexKind.DATE, "2025-03-10TNI")).isEqualTo("2025-03-10");
        assertThat(resolved(TimexKind.TIME, "2025-05-01T08:55")).isEqualTo("2025-05-01");
        assertThat(resolved(TimexKind.DATE, "2025-05-01/2025-05-04")).isEqualTo("2025-05-01");
        assertThat(resolved(TimexKind.DATE, "2025-W11")).isEqualTo("2025-03");
        assertThat(resolved(TimexKind.DATE, "2025-W10-WE")).isEqualTo("2025-03");
        assertThat(resolved(TimexKind.DATE, "2025-W14")).isEqualTo("2025");
        assertThat(resolved(TimexKind.DATE, "2025-W01")).isNull();
        assertThat(resolved(TimexKind.DATE, "2025-Q1")).isEqualTo("2025");
        assertThat(resolved(TimexKind.DATE, "2024-WI")).isNull();
        assertThat(resolved(TimexKind.DATE, "XXXX-WXX")).isNull();
        assertThat(resolved(TimexKind.DATE, "XXXX-03-10")).isNull();
        assertThat(resolved(TimexKind.DATE, "XXXX-WXX-5")).isNull();
        assertThat(resolved(TimexKind.DATE, "202X")).isNull();
        assertThat(resolved(TimexKind.DATE, "2024-SU")).isEqualTo("2024");
        assertThat(resolved(TimexKind.DATE, "PAST_REF")).isNull();
        assertThat(resolved(TimexKind.DURATION, "P2D")).isNull();
        assertThat(resolved(TimexKind.SET, "P1W")).isNull();
    }

    private static String resolved(TimexKind kind, String value) {
        return TimeAttachment.resolvedDate(new TimeExpression(new Span(0, 1), "x", kind, value, Granularity.DAY, null,
                "test"));
    }
}
