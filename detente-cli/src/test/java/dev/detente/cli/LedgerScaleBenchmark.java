package dev.detente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ledger at archive scale (issue: "the ledger answers at archive scale"): 100,000 generated
 * articles ingested in chunks of 10,000 into one ledger by {@code scripts/ledger-bench.sh}, with the
 * jar this build packaged. Not part of the default test run: {@code ./mvnw -Pledger-bench -pl detente-cli
 * verify} (about 15 minutes on two cores). A per-article cost that grows with the ledger fails it,
 * as does a query slower than 200 ms warm at 100,000 articles or more than three times slower than
 * at 10,000. Rates are compared per CPU-second (a shared machine's load changes between chunks far
 * more than the CPU an ingest needs); the wall figures are printed beside them.
 */
@Tag("benchmark")
class LedgerScaleBenchmark {
    private static final Pattern CHUNK = Pattern.compile(
            "^chunk (\\d+) \\((\\d+) articles\\): ([0-9.]+) articles/s wall .*; ([0-9.]+) articles per CPU-second");
    private static final Pattern QUERY = Pattern.compile("^  (.+?)\\s+([0-9.]+) ms wall\\s+([0-9.]+) ms CPU");
    private static final Pattern SIZE = Pattern.compile("^query latency at (\\d+) articles");
    /** Times below this are equal: a sub-millisecond query that takes 0.3 ms instead of 0.1 ms has not grown. */
    private static final double FLOOR_MS = 2.0;

    /** Articles per chunk; 10 chunks (a smaller size, e.g. -DledgerBench.chunkSize=500, checks the harness quickly). */
    private static final int CHUNK_SIZE = Integer.getInteger("ledgerBench.chunkSize", 10_000);

    @TempDir
    Path dir;

    @Test
    void ingestRateAndQueryLatencyHoldFrom10000To100000Articles() throws Exception {
        Path script = Path.of("..", "scripts", "ledger-bench.sh");
        Path jar = Path.of("target", "detente.jar");
        Assumptions.assumeTrue(Files.exists(jar), "no packaged jar: run in the verify phase with -Pledger-bench");
        for (String tool : List.of("bash", "python3", "sqlite3")) {
            Assumptions.assumeTrue(onPath(tool), tool + " is not installed: the benchmark script needs it");
        }
        ProcessBuilder pb = new ProcessBuilder("bash", script.toString(), "10", Integer.toString(CHUNK_SIZE), dir.resolve("bench.db").toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("out.txt").toFile());
        pb.environment().put("DETENTE_JAR", jar.toAbsolutePath().toString());
        Process p = pb.start();
        assertThat(p.waitFor(3, TimeUnit.HOURS)).as("the benchmark finishes").isTrue();
        List<String> lines = Files.readAllLines(dir.resolve("out.txt"), StandardCharsets.UTF_8);
        lines.forEach(System.out::println);
        assertThat(p.exitValue()).as("exit code of " + script).isZero();

        List<double[]> chunks = new ArrayList<>(); // wall rate, rate per CPU-second
        Map<Integer, Map<String, double[]>> latency = new LinkedHashMap<>(); // size -> query -> wall, CPU ms
        Map<String, double[]> current = null;
        for (String line : lines) {
            Matcher c = CHUNK.matcher(line);
            Matcher q = QUERY.matcher(line);
            Matcher s = SIZE.matcher(line);
            if (c.find()) {
                chunks.add(new double[] {Double.parseDouble(c.group(3)), Double.parseDouble(c.group(4))});
            } else if (s.find()) {
                current = new LinkedHashMap<>();
                latency.put(Integer.parseInt(s.group(1)), current);
            } else if (q.find() && current != null) {
                current.put(q.group(1).trim(), new double[] {Double.parseDouble(q.group(2)), Double.parseDouble(q.group(3))});
            }
        }
        assertThat(chunks).hasSize(10);
        double first = chunks.get(0)[1];
        double last = chunks.get(chunks.size() - 1)[1];
        assertThat(last).as("last chunk's articles per CPU-second against the first's (%.1f)", first)
                .isGreaterThanOrEqualTo(0.75 * first);

        assertThat(latency).containsOnlyKeys(CHUNK_SIZE, 10 * CHUNK_SIZE);
        Map<String, double[]> small = latency.get(CHUNK_SIZE);
        Map<String, double[]> large = latency.get(10 * CHUNK_SIZE);
        assertThat(large.keySet()).isEqualTo(small.keySet()).isNotEmpty();
        for (Map.Entry<String, double[]> e : large.entrySet()) {
            double[] at10k = small.get(e.getKey());
            assertThat(e.getValue()[0]).as("%s: ms wall at the last size", e.getKey()).isLessThan(200);
            assertThat(Math.max(FLOOR_MS, e.getValue()[1])).as("%s: ms CPU at the last size against %.1f at the first", e.getKey(), at10k[1])
                    .isLessThanOrEqualTo(3 * Math.max(FLOOR_MS, at10k[1]));
        }
    }

    private static boolean onPath(String tool) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("bash", "-c", "command -v " + tool).redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        return p.waitFor() == 0;
    }
}
