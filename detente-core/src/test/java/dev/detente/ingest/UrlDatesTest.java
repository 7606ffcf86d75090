package dev.detente.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class UrlDatesTest {
    @Test
    void dayFirstPathSegments() {
        assertThat(UrlDates.dayFirst("https://example.org/news/29-10-2021")).isEqualTo(LocalDate.of(2021, 10, 29));
        assertThat(UrlDates.dayFirst("https://example.org/newsroom/23-01-2022-wierer-wins/17-378.html")).isEqualTo(LocalDate.of(2022, 1, 23));
        assertThat(UrlDates.dayFirst("https://example.org/aktuelles/08112021-online-day")).isEqualTo(LocalDate.of(2021, 11, 8));
        assertThat(UrlDates.dayFirst("https://example.org/detail/~02-01-2022-land-paid")).isEqualTo(LocalDate.of(2022, 1, 2));
        assertThat(UrlDates.dayFirst("https://example.org/blogposting-01-23-2020/")).isEqualTo(LocalDate.of(2020, 1, 23));
    }

    @Test
    void idsAndImpossibleDatesAreNoDates() {
        assertThat(UrlDates.dayFirst("https://example.org/item/12345678")).isNull();
        assertThat(UrlDates.dayFirst("https://example.org/item/31-02-2021")).isNull();
        assertThat(UrlDates.dayFirst("https://example.org/item/10-05-1850")).isNull();
        assertThat(UrlDates.dayFirst("https://example.org/item/10-05.2021")).isNull();
        assertThat(UrlDates.dayFirst("https://example.org/?d=10-05-2021")).isNull();
        assertThat(UrlDates.dayFirst(null)).isNull();
        assertThat(UrlDates.dayFirst("not a url at all %%")).isNull();
    }

    @Property
    void neverThrowsAndGivesAPublicationYear(@ForAll String path) {
        LocalDate d = UrlDates.dayFirst("https://example.org/" + path);
        assertThat(d == null || d.getYear() >= WrittenDates.MIN_YEAR && d.getYear() <= WrittenDates.MAX_YEAR).isTrue();
    }
}
