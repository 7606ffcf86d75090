package dev.detente.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The table of expressions in sentence context (src/test/resources/time/timex-cases.txt): each row
 * gives the publication date, the text, the expression as it appears and its expected value, plus
 * optional checks of kind, modifier, anchor, rule, offset and granularity.
 */
class TimexTableTest {
    record Case(int line, String published, String text, String expression, String value, String checks) {
        @Override
        public String toString() {
            return line + ": " + expression + " in \"" + text + "\" (" + published + ")";
        }
    }

    static List<Case> cases() throws IOException {
        List<Case> out = new ArrayList<>();
        try (var in = new BufferedReader(new InputStreamReader(
                Objects.requireNonNull(TimexTableTest.class.getResourceAsStream("/time/timex-cases.txt")),
                StandardCharsets.UTF_8))) {
            String line;
            int n = 0;
            while ((line = in.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\\|");
                out.add(new Case(n, f[0].strip(), f[1].strip().replace("\\n", "\n"), f[2].strip(), f[3].strip(),
                        f.length > 4 ? f[4].strip() : ""));
            }
        }
        return out;
    }

    static Stream<Arguments> rows() throws IOException {
        return cases().stream().map(Arguments::of);
    }

    @Test
    void theTableHasAtLeast150Expressions() throws IOException {
        assertThat(cases()).hasSizeGreaterThanOrEqualTo(150);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void resolves(Case c) {
        LocalDate published = c.published().equals("-") ? null : LocalDate.parse(c.published());
        List<TimeExpression> found = TimexTestSupport.timexes(c.text(), published);
        if (c.value().equals("NONE")) {
            assertThat(found).as("no expression expected").isEmpty();
            return;
        }
        TimeExpression t = found.stream().filter(x -> x.text().equals(c.expression())).findFirst().orElse(null);
        assertThat(t).as("expression '%s' among %s", c.expression(), found).isNotNull();
        assertThat(t.value()).as("value of %s", t).isEqualTo(c.value());
        if (c.checks().isEmpty()) {
            return;
        }
        for (String check : c.checks().split("\\s+")) {
            String key = check.substring(0, check.indexOf('='));
            String expected = check.substring(check.indexOf('=') + 1);
            String actual = switch (key) {
                case "kind" -> t.kind().name();
                case "mod" -> t.mod();
                case "anchor" -> t.anchor();
                case "rule" -> t.rule();
                case "offset" -> t.offset();
                case "granularity" -> t.granularity() == null ? null : t.granularity().name();
                default -> throw new IllegalArgumentException("unknown check " + key);
            };
            assertThat(actual).as("%s of %s", key, t).isEqualTo(expected);
        }
    }
}
