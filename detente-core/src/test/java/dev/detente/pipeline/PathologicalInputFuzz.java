package dev.detente.pipeline;

import dev.detente.knowledge.TestKnowledge;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.detente.doc.Doc;
import dev.detente.ingest.Article;
import dev.detente.ingest.IngestListener;
import dev.detente.ingest.Ingestor;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Pathological and malformed inputs of every class the readers and the pipeline have met (deep
 * nesting, a word repeated thousands of times, runs of combining marks, nested quotes, a sentence
 * without end, NUL bytes, trailing garbage, blank lines, gzip around any of them) go through the
 * Ingestor and the standard pipeline on the parallel runner: no case hangs (a time limit per case,
 * far above what a bounded input costs), every failure is one line, every good record of a mixed
 * file comes out analysed. Sizes are kept small enough for the normal test run.
 */
class PathologicalInputFuzz {
    private static final Duration PER_CASE = Duration.ofSeconds(30);
    private static final Analyzer ANALYZER = Pipelines.standard(AnalysisOptions.defaults());
    private static final String GOOD = "Foreign Minister Ana Torres said on Tuesday that talks with Norway were going well.";

    /** One input: its name, bytes, and how many good records it holds (-1: any number, each must be analysed or fail cleanly). */
    record Case(String label, String name, byte[] bytes, int goodRecords) {
        @Override
        public String toString() {
            return label + " (" + name + ", " + bytes.length + " bytes)";
        }
    }

    @Property(tries = 24)
    void pathologicalDocumentsEndInBoundedTime(@ForAll("pathological") Case c) {
        Outcome o = run(c);
        assertThat(o.failures).allSatisfy(PathologicalInputFuzz::oneLine);
        assertThat(o.analysed + o.analysisFailures).isEqualTo(o.read);
    }

    @Property(tries = 30)
    void everyGoodRecordOfAMixedFileComesOut(@ForAll("mixed") Case c) {
        Outcome o = run(c);
        assertThat(o.failures).allSatisfy(PathologicalInputFuzz::oneLine);
        assertThat(o.analysisFailures).as(o.failures.toString()).isZero();
        assertThat(o.analysed).as(o.failures.toString()).isEqualTo(c.goodRecords());
    }

    @Provide
    Arbitrary<Case> pathological() {
        Arbitrary<Integer> many = Arbitraries.integers().between(500, 12_000);
        Arbitrary<Case> nesting = Combinators.combine(Arbitraries.of("blockquote", "span", "ul", "div", "b", "table", "font"),
                Arbitraries.integers().between(300, 30_000)).as((tag, depth) -> html("nesting <" + tag + "> x" + depth,
                "<!doctype html><html><body><p>" + GOOD + "</p>" + ("<" + tag + ">").repeat(depth) + GOOD
                        + ("</" + tag + ">").repeat(depth / 2) + "</body></html>"));
        Arbitrary<Case> repeats = Combinators.combine(Arbitraries.of("said ", "\" ", "he said \"", "Mr. ", "U.S. ",
                "Russia ", "on Monday ", "( ", "- ", "told reporters "), many)
                .as((word, n) -> text("repeat '" + word.strip() + "' x" + n, GOOD + " " + word.repeat(n)));
        Arbitrary<Case> marks = Combinators.combine(Arbitraries.of("\u0301", "\u0308\u0323", "\u20DD", "\u0BCD"),
                Arbitraries.integers().between(1_000, 60_000))
                .as((mark, n) -> text("combining marks x" + n, GOOD + " a" + mark.repeat(n) + " " + GOOD));
        Arbitrary<Case> quotes = many.map(n -> text("nested quotes x" + n,
                "The minister said " + "\"he said \u201Cthat ".repeat(n) + "\u201D\" ".repeat(n)));
        Arbitrary<Case> endless = many.map(n -> text("one sentence of " + n + " words",
                "The minister said that " + "the talks with Russia and China went well and ".repeat(n / 9 + 1)));
        Arbitrary<Case> any = Arbitraries.oneOf(nesting, repeats, marks, quotes, endless);
        return Combinators.combine(any, Arbitraries.of(false, false, true))
                .as((c, gz) -> gz ? new Case(c.label() + " gzipped", c.name() + ".gz", gzip(c.bytes()), c.goodRecords()) : c);
    }

    @Provide
    Arbitrary<Case> mixed() {
        Arbitrary<String> bad = Arbitraries.of(
                "{\"id\":\"nul\",\"text\":\"a \u0000 NUL byte\"}",
                "{\"id\":\"trail\",\"text\":\"" + GOOD + "\"} trailing garbage",
                "{\"id\":\"two\",\"text\":\"" + GOOD + "\"}{\"id\":\"x\"}",
                "{\"id\":\"cut\",\"text\":\"" + GOOD,
                "[\"not\", \"an object\"]",
                "null",
                "{\"id\":\"notext\",\"title\":\"no text field\"}",
                "\u0000\u0000\u0000\u0001\u0002binary\u0000",
                "   \t  ",
                "",
                "{\"id\":\"bad-utf8\",\"text\":\"\uFFFD\"}");
        Arbitrary<List<String>> badLines = bad.list().ofMinSize(1).ofMaxSize(8);
        Arbitrary<Integer> goods = Arbitraries.integers().between(1, 8);
        return Combinators.combine(badLines, goods, Arbitraries.longs(), Arbitraries.of(false, true))
                .as((bads, n, seed, gz) -> {
                    List<String> lines = new ArrayList<>(bads);
                    for (int i = 0; i < n; i++) {
                        lines.add("{\"id\":\"good-" + i + "\",\"text\":\"" + GOOD + " Line " + i + ".\"}");
                    }
                    Collections.shuffle(lines, new java.util.Random(seed));
                    byte[] bytes = String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
                    for (int i = 0; i < bytes.length; i++) {
                        if (bytes[i] == (byte) 0xEF && i + 2 < bytes.length && bytes[i + 1] == (byte) 0xBF
                                && bytes[i + 2] == (byte) 0xBD) {
                            bytes[i] = (byte) 0xC3; // the replacement character stands for invalid UTF-8
                            bytes[i + 1] = (byte) 0x28;
                        }
                    }
                    return gz ? new Case("mixed JSON Lines gzipped", "mixed.jsonl.gz", gzip(bytes), n)
                            : new Case("mixed JSON Lines", "mixed.jsonl", bytes, n);
                });
    }

    private static Case text(String label, String text) {
        return new Case(label, "case.txt", text.getBytes(StandardCharsets.UTF_8), -1);
    }

    private static Case html(String label, String html) {
        return new Case(label, "case.html", html.getBytes(StandardCharsets.UTF_8), -1);
    }

    static final class Outcome {
        int read;
        int analysed;
        int analysisFailures;
        final List<String> failures = Collections.synchronizedList(new ArrayList<>());
    }

    private static Outcome run(Case c) {
        Outcome o = new Outcome();
        assertTimeoutPreemptively(PER_CASE, () -> {
            try (var runner = new ParallelRunner<Article, String>(2, a -> {
                try {
                    Doc doc = ANALYZER.analyze(a);
                    ANALYZER.toJson(doc, new OutputOptions(false));
                    return null;
                } catch (RuntimeException e) {
                    return ParallelRunner.reason(e);
                }
            }, error -> {
                if (error == null) {
                    o.analysed++;
                } else {
                    o.analysisFailures++;
                    o.failures.add(error);
                }
            }, (a, reason) -> reason, ParallelRunner.itemTimeout(ANALYZER.budget()))) {
                Ingestor.standard(TestKnowledge.builtIn()).readStream(c.name(), new ByteArrayInputStream(c.bytes()), new IngestListener() {
                    @Override
                    public void article(Article article) {
                        o.read++;
                        runner.submit(article);
                    }

                    @Override
                    public void failed(String input, String reason) {
                        o.failures.add(input + ": " + reason);
                    }

                    @Override
                    public void skipped(String input, String reason) {
                        o.failures.add(input + ": " + reason);
                    }
                });
            }
        }, () -> "no result in " + PER_CASE.toSeconds() + " s for " + c);
        return o;
    }

    private static void oneLine(String failure) {
        assertThat(failure).doesNotContain("\n").doesNotContain("\tat ").doesNotContainPattern("Exception\\b(?!al)");
    }

    private static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
