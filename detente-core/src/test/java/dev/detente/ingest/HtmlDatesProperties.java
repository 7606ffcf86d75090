package dev.detente.ingest;

import dev.detente.knowledge.TestKnowledge;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class HtmlDatesProperties {
    private final WrittenDates dates = new WrittenDates(HtmlLexicon.of(TestKnowledge.builtIn()));

    @Provide
    Arbitrary<LocalDate> days() {
        return Arbitraries.longs().between(LocalDate.of(1990, 1, 1).toEpochDay(), LocalDate.of(2099, 12, 31).toEpochDay())
                .map(LocalDate::ofEpochDay);
    }

    @Provide
    Arbitrary<String> formats() {
        return Arbitraries.of("yyyy-MM-dd", "dd.MM.yyyy", "d. MMMM yyyy", "d MMMM yyyy", "MMMM d, yyyy", "d MMM yyyy");
    }

    @Provide
    Arbitrary<Locale> locales() {
        return Arbitraries.of(Locale.ENGLISH, Locale.GERMAN, Locale.FRENCH, Locale.ITALIAN, Locale.forLanguageTag("es"),
                Locale.forLanguageTag("nl"), Locale.forLanguageTag("pt"));
    }

    @Property
    void aDateWrittenInAnySupportedFormatReadsBack(@ForAll("days") LocalDate day, @ForAll("formats") String format,
            @ForAll("locales") Locale locale) {
        String written = DateTimeFormatter.ofPattern(format, locale).format(day);
        assertThat(dates.first("Published " + written + " by the desk")).as(written).isEqualTo(day);
        assertThat(StructuredDates.of(TestKnowledge.builtIn()).parse(written)).as(written).isEqualTo(day);
    }

    @Property
    void anIsoTimestampGivesTheDayAsWritten(@ForAll("days") LocalDate day) {
        assertThat(StructuredDates.of(TestKnowledge.builtIn()).parse(day + "T23:59:00-11:00")).isEqualTo(day);
        assertThat(StructuredDates.of(TestKnowledge.builtIn()).parse(day + "T00:00:00Z")).isEqualTo(day);
    }

    @Property
    void aUtcStampIsReadOnThePagesClockAndAnOffsetStampAsWritten(@ForAll("days") LocalDate day) {
        PageClock berlin = new PageClock(java.time.ZoneId.of("Europe/Berlin"), null);
        assertThat(StructuredDates.of(TestKnowledge.builtIn()).parse(day + "T23:30:00Z", berlin)).isEqualTo(day.plusDays(1));
        assertThat(StructuredDates.of(TestKnowledge.builtIn()).parse(day + "T12:00:00.000Z", berlin)).isEqualTo(day);
        assertThat(StructuredDates.of(TestKnowledge.builtIn()).parse(day + "T23:30:00-05:00", berlin)).isEqualTo(day);
        // the URL's day wins when it is the stamp's day somewhere on earth, and only then
        assertThat(StructuredDates.of(TestKnowledge.builtIn()).parse(day + "T05:30:00Z", new PageClock(null, day.minusDays(1)))).isEqualTo(day.minusDays(1));
        assertThat(StructuredDates.of(TestKnowledge.builtIn()).parse(day + "T05:30:00Z", new PageClock(null, day.minusDays(2)))).isEqualTo(day);
    }

    @Property
    void anyTextGivesADateInRangeOrNothingAndNeverThrows(@ForAll String text) {
        LocalDate d = dates.first(text);
        LocalDate s = StructuredDates.of(TestKnowledge.builtIn()).parse(text);
        for (LocalDate x : new LocalDate[] {d, s}) {
            if (x != null) {
                assertThat(x.getYear()).isBetween(1970, WrittenDates.MAX_YEAR);
            }
        }
    }

    @Property
    void aTitleWithoutItsSiteIsNeverEmptyAndComesFromTheTitle(@ForAll String title, @ForAll String site) {
        String t = "x" + title;
        String out = HtmlTitles.withoutSite(t, java.util.List.of(HtmlTitles.key(site)));
        assertThat(out).isNotNull();
        assertThat(t).contains(out);
    }

    private final HtmlMetadata metadata = new HtmlMetadata(TestKnowledge.builtIn());

    @Property
    void aDayWithASpanOfHoursIsAnEventsAndWithOneTimeAStamp(@ForAll("days") LocalDate day, @ForAll("formats") String format,
            @ForAll("locales") Locale locale) {
        String written = DateTimeFormatter.ofPattern(format, locale).format(day);
        String body = "<p>The council approved the new budget after a long session on the city's finances.</p>";
        String span = "<html><body><h1>Open day</h1><div class='date'>" + written + ", 13:15 - 19:00</div>" + body + "</body></html>";
        String stamp = "<html><body><h1>Budget</h1><div class='date'>" + written + ", 13:15</div>" + body + "</body></html>";
        assertThat(metadata.read(org.jsoup.Jsoup.parse(span), null).published()).as(span).isNull();
        assertThat(metadata.read(org.jsoup.Jsoup.parse(stamp), null).published()).as(stamp).isEqualTo(day);
    }
}
