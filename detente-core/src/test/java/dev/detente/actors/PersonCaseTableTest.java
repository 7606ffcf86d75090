package dev.detente.actors;

import static org.assertj.core.api.Assertions.assertThat;

import dev.detente.doc.Doc;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The who-is-who table ({@code actors/person-cases.tsv}): for each sentence, the person is found, with
 * the role (word-token F1 at least 0.5 against the expected one, as the project's scorer counts it)
 * and the country (exact; "-" for none). The table measures the rules on text written for it; the
 * floors below are what they reach, so that a change that loses cases fails here.
 */
class PersonCaseTableTest {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final double FOUND_FLOOR = 1.0;
    private static final double ROLE_FLOOR = 0.95;
    private static final double COUNTRY_FLOOR = 0.95;

    private record Case(String text, String person, String role, String country) {
    }

    @Test
    void peopleRolesAndCountriesOfTheTable() throws IOException {
        List<Case> cases = cases();
        assertThat(cases).hasSizeGreaterThanOrEqualTo(60);
        int found = 0;
        int roles = 0;
        int countries = 0;
        List<String> misses = new ArrayList<>();
        for (Case c : cases) {
            Doc doc = ActorTestDocs.analyseEnglish(c.text());
            Actor a = doc.list(ActorLayers.ACTORS).stream()
                    .filter(x -> x.kind() == ActorKind.PERSON && x.name().equals(c.person()))
                    .findFirst().orElse(null);
            if (a == null) {
                misses.add("no person " + c.person() + " in: " + c.text() + " -> " + ActorTestDocs.personNames(doc));
                continue;
            }
            found++;
            boolean roleRight = c.role() == null ? a.role() == null : a.role() != null && tokenF1(c.role(), a.role()) >= 0.5;
            boolean countryRight = Objects.equals(c.country(), a.country());
            roles += roleRight ? 1 : 0;
            countries += countryRight ? 1 : 0;
            if (!roleRight || !countryRight) {
                misses.add(c.person() + ": role " + a.role() + " (want " + c.role() + "), country " + a.country()
                        + " (want " + c.country() + ") in: " + c.text());
            }
        }
        double n = cases.size();
        String report = String.format(Locale.ROOT, "%d cases: found %.3f, role %.3f, country %.3f%n  %s", cases.size(),
                found / n, roles / n, countries / n, String.join("\n  ", misses));
        System.out.println("[person-cases] " + report);
        assertThat(found / n).as(report).isGreaterThanOrEqualTo(FOUND_FLOOR);
        assertThat(roles / n).as(report).isGreaterThanOrEqualTo(ROLE_FLOOR);
        assertThat(countries / n).as(report).isGreaterThanOrEqualTo(COUNTRY_FLOOR);
    }

    private static List<Case> cases() throws IOException {
        List<Case> out = new ArrayList<>();
        try (var in = PersonCaseTableTest.class.getResourceAsStream("/actors/person-cases.tsv");
             var reader = new BufferedReader(new InputStreamReader(Objects.requireNonNull(in), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                assertThat(f).as(line).hasSize(4);
                out.add(new Case(f[0], f[1], dash(f[2]), dash(f[3])));
            }
        }
        return out;
    }

    private static String dash(String s) {
        return s.equals("-") ? null : s;
    }

    /** Word-token F1, lower-cased, as the project's scorer compares roles. */
    static double tokenF1(String a, String b) {
        Map<String, Integer> counts = new HashMap<>();
        List<String> ta = words(a);
        List<String> tb = words(b);
        ta.forEach(w -> counts.merge(w, 1, Integer::sum));
        int common = 0;
        for (String w : tb) {
            Integer c = counts.get(w);
            if (c != null && c > 0) {
                counts.put(w, c - 1);
                common++;
            }
        }
        if (common == 0) {
            return 0;
        }
        double p = common / (double) tb.size();
        double r = common / (double) ta.size();
        return 2 * p * r / (p + r);
    }

    private static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(s.toLowerCase(Locale.ROOT));
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }
}
