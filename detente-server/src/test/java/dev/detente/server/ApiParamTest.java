package dev.detente.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/** Request parameters come from anyone: every input is either accepted as its type or refused with a 400. */
class ApiParamTest {
    private static final List<ApiParam> ALL_KINDS = List.of(
            ApiParam.text("text", "t"), ApiParam.date("from", "d"), ApiParam.country("country", "c"), ApiParam.pair("pair", "p"),
            ApiParam.oneOf("by", "b", "day", "week", "month"), ApiParam.integer("limit", "l", 50, 1, 500));

    @Property
    void anyInputIsParsedOrRefusedWithA400(@ForAll @StringLength(max = 600) String raw) {
        for (ApiParam p : ALL_KINDS) {
            try {
                Object value = p.parse(raw);
                assertThat(value).isNotNull();
            } catch (ApiException e) {
                assertThat(e.status()).isEqualTo(400);
                assertThat(e.getMessage()).contains("'" + p.name() + "'");
            }
        }
    }

    @Property
    void datesRoundTrip(@ForAll("dates") LocalDate date) {
        assertThat(ApiParam.date("from", "d").parse(date.toString())).isEqualTo(date);
    }

    @Provide
    Arbitrary<LocalDate> dates() {
        return Arbitraries.longs().between(LocalDate.of(1900, 1, 1).toEpochDay(), LocalDate.of(2100, 12, 31).toEpochDay())
                .map(LocalDate::ofEpochDay);
    }

    @Property
    void pairsAreTwoDifferentCodesInAnyCase(@ForAll("codes") String a, @ForAll("codes") String b) {
        ApiParam pair = ApiParam.pair("pair", "p");
        if (a.equalsIgnoreCase(b)) {
            assertThatThrownBy(() -> pair.parse(a + "-" + b)).isInstanceOf(ApiException.class);
        } else {
            assertThat(pair.parse(a + "-" + b)).isEqualTo((a + "-" + b).toUpperCase(java.util.Locale.ROOT));
        }
    }

    @Provide
    Arbitrary<String> codes() {
        return Arbitraries.strings().withChars("abcRUSUSACHNxyz").ofLength(3);
    }

    @Property
    void integersOutsideTheirRangeAreRefused(@ForAll @IntRange(min = -1000, max = 1000) int n) {
        ApiParam limit = ApiParam.integer("limit", "l", 50, 1, 500);
        if (n >= 1 && n <= 500) {
            assertThat(limit.parse(Integer.toString(n))).isEqualTo(n);
        } else {
            assertThatThrownBy(() -> limit.parse(Integer.toString(n))).hasMessageContaining("out of range [1, 500]");
        }
    }

    @Test
    void defaultsApplyOnlyWhenAbsentAndRequiredOnesMustBeThere() {
        List<ApiParam> params = List.of(ApiParam.pair("pair", "p").asRequired(), ApiParam.integer("limit", "l", 50, 1, 500));
        ApiRequest ok = ApiRequest.of(Map.of("pair", List.of("usa-rus")), Map.of(), params);
        assertThat(ok.text("pair")).isEqualTo("USA-RUS");
        assertThat(ok.integer("limit")).isEqualTo(50);
        assertThatThrownBy(() -> ApiRequest.of(Map.of(), Map.of(), params)).hasMessageContaining("'pair' is required");
    }
}
