package dev.detente.statements;

import dev.detente.pipeline.StandardChain;
import dev.detente.knowledge.TestKnowledge;
import dev.detente.knowledge.Knowledge;
import static org.assertj.core.api.Assertions.assertThat;

import dev.detente.doc.ArticleMeta;
import dev.detente.doc.Doc;
import dev.detente.nlp.SentenceTokenStage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The tables of attribution cases (attribution-cases.txt, quote-attribution-cases.txt): each case an article and the statements
 * expected in it. A statement matches when its kind is right, its text has the same words, and its
 * speaker shares the last word with the expected one (as the scorer counts a speaker right).
 */
class AttributionCasesTest {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}']+");
    private static final SentenceTokenStage SENTENCES = new SentenceTokenStage(TestKnowledge.builtIn());
    private static final StatementStage STAGE = new StatementStage(Knowledge.load(List.of()));

    record Expected(boolean direct, String speaker, String text) {
    }

    record Case(String title, String article, List<Expected> expected, Integer count) {
    }

    @TestFactory
    Stream<DynamicTest> attributionCases() throws IOException {
        return cases().stream().map(c -> DynamicTest.dynamicTest(c.title(), () -> check(c)));
    }

    @Test
    void theTableHoldsAtLeastAHundredCases() throws IOException {
        assertThat(cases()).hasSizeGreaterThanOrEqualTo(100);
    }

    private static void check(Case c) {
        Doc doc = StandardChain.builtIn().through(STAGE, SENTENCES.process(Doc.of("case", c.article(), ArticleMeta.empty())));
        List<Statement> found = doc.list(StatementLayers.STATEMENTS);
        List<String> described = found.stream()
                .map(s -> (s.direct() ? "D | " : "R | ") + s.speakerName() + " | " + doc.text(s.span())).toList();
        for (Expected e : c.expected()) {
            boolean ok = found.stream().anyMatch(s -> s.direct() == e.direct()
                    && words(doc.text(s.span())).equals(words(e.text()))
                    && sameSpeaker(e.speaker(), s.speakerName()));
            assertThat(ok).as("%s: expected %s | %s | %s, found %s", c.title(), e.direct() ? "D" : "R",
                    e.speaker(), e.text(), described).isTrue();
        }
        if (c.count() != null) {
            assertThat(found).as("%s: statements %s", c.title(), described).hasSize(c.count());
        }
    }

    static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(s.replace('\u2019', '\'').toLowerCase(Locale.ROOT));
        while (m.find()) {
            String w = m.group().replaceAll("^'+|'+$", "");
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    static boolean sameSpeaker(String expected, String actual) {
        if (actual == null) {
            return false;
        }
        List<String> e = words(expected);
        List<String> a = words(actual);
        return !e.isEmpty() && !a.isEmpty() && (e.get(e.size() - 1).equals(a.get(a.size() - 1))
                || a.containsAll(e) || e.containsAll(a));
    }

    static List<Case> cases() throws IOException {
        StringBuilder tables = new StringBuilder();
        for (String table : List.of("attribution-cases.txt", "quote-attribution-cases.txt")) {
            try (InputStream in = AttributionCasesTest.class.getResourceAsStream(table)) {
                tables.append(new String(in.readAllBytes(), StandardCharsets.UTF_8)).append('\n');
            }
        }
        String all = tables.toString();
        List<Case> out = new ArrayList<>();
        String title = null;
        List<String> paragraphs = new ArrayList<>();
        List<Expected> expected = new ArrayList<>();
        Integer count = null;
        for (String line : (all + "\n### end").split("\n")) {
            if (line.startsWith("### ")) {
                if (title != null) {
                    out.add(new Case(title, String.join("\n\n", paragraphs), List.copyOf(expected), count));
                }
                title = line.substring(4).strip();
                paragraphs.clear();
                expected.clear();
                count = null;
            } else if (line.startsWith("#") || line.isBlank() || title == null) {
                continue;
            } else if (line.startsWith("D | ") || line.startsWith("R | ")) {
                String[] parts = line.split(" \\| ", 3);
                expected.add(new Expected(parts[0].equals("D"), parts[1].strip(), parts[2].strip()));
            } else if (line.startsWith("COUNT ")) {
                count = Integer.parseInt(line.substring(6).strip());
            } else if (line.strip().equals("NONE")) {
                count = 0;
            } else {
                paragraphs.add(line.strip());
            }
        }
        return out;
    }
}
