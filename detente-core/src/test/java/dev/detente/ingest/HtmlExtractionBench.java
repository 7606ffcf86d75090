package dev.detente.ingest;

import dev.detente.knowledge.TestKnowledge;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.detente.doc.Doc;
import java.io.BufferedWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;

/**
 * Benchmark, not a test: extraction throughput on one core over a folder of saved pages (.html,
 * .html.gz), and optionally the records {@code analyze} would write for them (id, text, title,
 * published, without the NLP stages) for ../shared/eval/score_html.py.
 *
 * <p>Run: {@code java -cp detente-core/target/classes:detente-core/target/test-classes:DEPS
 * dev.detente.ingest.HtmlExtractionBench ../shared/corpus/html-eval/pages [OUT.jsonl]}
 */
public final class HtmlExtractionBench {
    private HtmlExtractionBench() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: HtmlExtractionBench PAGES_DIR [OUT.jsonl]");
            return;
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(Path.of(args[0]))) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        List<String> pages = new ArrayList<>();
        for (Path f : files) {
            byte[] bytes;
            try (InputStream in = Files.newInputStream(f)) {
                bytes = f.toString().endsWith(".gz") ? new GZIPInputStream(in).readAllBytes() : in.readAllBytes();
            }
            pages.add(TextDecoding.decodeHtml(bytes, HtmlLexicon.of(TestKnowledge.builtIn()).section("windows-1252-labels")).text());
        }
        HtmlArticleExtractor extractor = new HtmlArticleExtractor(TestKnowledge.builtIn());
        int rounds = Integer.getInteger("bench.rounds", 3);
        for (int warm = 0; warm < Math.min(2, rounds); warm++) {
            for (String html : pages) {
                extractor.extract(html, null);
            }
        }
        // CPU time of this thread: the machine may be shared, wall time would count the others' work
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long c0 = threads.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        for (int r = 0; r < rounds; r++) {
            for (String html : pages) {
                extractor.extract(html, null);
            }
        }
        double cpu = (threads.getCurrentThreadCpuTime() - c0) / 1e9;
        double wall = (System.nanoTime() - t0) / 1e9;
        long c1 = threads.getCurrentThreadCpuTime();
        for (String html : pages) {
            Jsoup.parse(html);
        }
        double parse = (threads.getCurrentThreadCpuTime() - c1) / 1e9;
        System.err.printf("extraction: %d pages x %d: %.0f pages/s of one core's CPU time (%.0f pages/s wall);"
                + " jsoup parsing alone %.0f pages/s%n", pages.size(), rounds, pages.size() * rounds / cpu,
                pages.size() * rounds / wall, pages.size() / parse);
        if (args.length < 2) {
            return;
        }
        ObjectMapper json = new ObjectMapper();
        ArticleDocFactory factory = new ArticleDocFactory(null, TestKnowledge.builtIn());
        try (BufferedWriter out = Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8)) {
            for (int i = 0; i < files.size(); i++) {
                String name = files.get(i).getFileName().toString();
                HtmlArticleExtractor.Extracted page = extractor.extract(pages.get(i), null);
                Doc doc = factory.apply(new Article(name, page.text(), page.meta(), name));
                ObjectNode o = json.createObjectNode();
                o.put("id", name);
                o.put("text", doc.text());
                o.put("title", doc.meta().title());
                o.put("published", doc.meta().published() == null ? null : doc.meta().published().toString());
                o.put("published_source", doc.meta().sources().get("published"));
                out.write(o.toString());
                out.write('\n');
            }
        }
    }
}
