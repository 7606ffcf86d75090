package dev.detente.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DateFinderTest {
    private final DateFinder dates = new DateFinder(dev.detente.knowledge.Knowledge.builtIn());

    @Test
    void urlPathsWithAFullDate() {
        assertThat(dates.fromUrl("https://news.example.com/2024/02/09/story-slug")).isEqualTo(LocalDate.of(2024, 2, 9));
        assertThat(dates.fromUrl("https://example.rs/20191231/naslov-123.html")).isEqualTo(LocalDate.of(2019, 12, 31));
        assertThat(dates.fromUrl("http://example.cn/n3/2023/0815/c9-1.html")).isEqualTo(LocalDate.of(2023, 8, 15));
        assertThat(dates.fromUrl("https://example.org/politics/2022-07-04-holiday")).isEqualTo(LocalDate.of(2022, 7, 4));
    }

    @Test
    void urlsWithoutDayPrecisionOrWithIdsGiveNothing() {
        assertThat(dates.fromUrl("https://blog.example.com/2016/04/some-post.html")).isNull();
        assertThat(dates.fromUrl("https://news.example.am/eng/news/660636.html")).isNull();
        assertThat(dates.fromUrl("https://example.com/article/12345678901")).isNull();
        assertThat(dates.fromUrl("https://example.com/2024/13/45/bad")).isNull();
        assertThat(dates.fromUrl("https://20240102.example.com/x")).isNull();
    }

    @Test
    void writtenDatesNeedAYear() {
        assertThat(dates.find("Updated: Sept 3, 2021 16:00").date()).isEqualTo(LocalDate.of(2021, 9, 3));
        assertThat(dates.find("3rd of March 2020").date()).isEqualTo(LocalDate.of(2020, 3, 3));
        assertThat(dates.find("14.02.2019 09:00").date()).isEqualTo(LocalDate.of(2019, 2, 14));
        assertThat(dates.find("on April 30 the ministers met")).isNull();
        assertThat(dates.find("Marco 12, 2025")).isNull();
    }
}
