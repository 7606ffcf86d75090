package dev.detente.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.detente.store.model.ArticleEntry;
import dev.detente.store.model.ArticleEntries;
import dev.detente.store.sqlite.LedgerErrors;
import dev.detente.store.sqlite.LedgerWriter;
import dev.detente.store.sqlite.LedgerWriter.Outcome;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * Loads a Spark run's output ({@code dev.detente.spark.AnalyzeJob}) into the ledger: its
 * {@value #RECORDS} folder holds every analysed article in ingest order (origin, content hash,
 * near-duplicate signature, normalised text and the analyzer's record), which go through the ledger
 * writer as `detente ingest` would write them after analysing — so the ledger is the one a laptop
 * ingest of the same articles gives, without analysing them again; idempotent like any ingest.
 */
public final class JobOutputIngest {
    /** The folder of analysed records in a job's output. */
    public static final String RECORDS = "records";
    /** The job's counters; present when the job finished. */
    public static final String MARKER = "_DETENTE_JOB.json";
    private static final Pattern PART = Pattern.compile("part-(\\d+).*");
    private static final ObjectMapper JSON = new ObjectMapper();

    private JobOutputIngest() {
    }

    /** Whether a path is a finished job's output folder. */
    public static boolean isJobOutput(String input) {
        try {
            Path p = Path.of(input);
            return Files.isDirectory(p.resolve(RECORDS)) && Files.isRegularFile(p.resolve(MARKER));
        } catch (RuntimeException e) {
            return false;
        }
    }

    public static LedgerIngest.Report run(Path db, List<Path> outputs, int batchSize, LedgerWriter.Limits limits,
                                          LedgerIngest.Progress progress) throws SQLException, IOException {
        long t0 = System.nanoTime();
        long writeNanos = 0;
        Map<Outcome, Long> counts = new EnumMap<>(Outcome.class);
        for (Outcome o : Outcome.values()) {
            counts.put(o, 0L);
        }
        long failed = 0;
        try (LedgerWriter writer = LedgerWriter.open(db, limits)) {
            List<ArticleEntry> batch = new ArrayList<>();
            for (Path output : outputs) {
                for (Path part : parts(output.resolve(RECORDS))) {
                    try (BufferedReader in = new BufferedReader(new InputStreamReader(open(part), StandardCharsets.UTF_8))) {
                        String line;
                        int n = 0;
                        while ((line = in.readLine()) != null) {
                            n++;
                            if (line.isBlank()) {
                                continue;
                            }
                            try {
                                batch.add(entry(JSON.readTree(line)));
                            } catch (IOException | RuntimeException e) {
                                failed++;
                                progress.failed(part + ":" + n, "not an analysed record: " + e.getMessage().lines().findFirst().orElse(""));
                                continue;
                            }
                            if (batch.size() >= Math.max(1, batchSize)) {
                                writeNanos += write(writer, batch, counts, progress);
                            }
                        }
                    }
                }
            }
            writeNanos += write(writer, batch, counts, progress);
        }
        return new LedgerIngest.Report(counts.get(Outcome.ADDED), counts.get(Outcome.DUPLICATE), counts.get(Outcome.REPLACED),
                counts.get(Outcome.UNCHANGED), failed, System.nanoTime() - t0, writeNanos);
    }

    private static long write(LedgerWriter writer, List<ArticleEntry> batch, Map<Outcome, Long> counts,
                              LedgerIngest.Progress progress) {
        if (batch.isEmpty()) {
            return 0;
        }
        long t = System.nanoTime();
        List<Outcome> outcomes;
        try {
            outcomes = writer.write(batch);
        } catch (SQLException e) {
            throw new IllegalStateException("writing to the ledger failed: " + LedgerErrors.reason(e), e);
        }
        for (int i = 0; i < outcomes.size(); i++) {
            counts.merge(outcomes.get(i), 1L, Long::sum);
            progress.settled(batch.get(i).id(), outcomes.get(i));
        }
        batch.clear();
        return System.nanoTime() - t;
    }

    /** What `detente ingest` builds from an analysed article. */
    static ArticleEntry entry(JsonNode line) {
        JsonNode hashes = line.path("min_hashes");
        int[] minHashes = null;
        if (hashes.isArray()) {
            minHashes = new int[hashes.size()];
            for (int i = 0; i < minHashes.length; i++) {
                minHashes[i] = hashes.get(i).asInt();
            }
        }
        JsonNode record = line.get("record");
        if (record == null || !record.isObject() || !line.path("text").isTextual()) {
            throw new IllegalArgumentException("a record and a text are needed");
        }
        ArticleEntry a = ArticleEntries.of(record, line.path("text").asText(), line.path("content_hash").asText(null),
                line.path("origin").asText(null));
        return minHashes == null ? a : a.withMinHashes(minHashes);
    }

    /** The part files in the order the job wrote them (by partition number). */
    private static List<Path> parts(Path records) throws IOException {
        try (Stream<Path> files = Files.list(records)) {
            return files.filter(f -> PART.matcher(f.getFileName().toString()).matches())
                    .sorted(Comparator.comparingLong(f -> {
                        Matcher m = PART.matcher(f.getFileName().toString());
                        m.matches();
                        return Long.parseLong(m.group(1));
                    })).toList();
        }
    }

    private static InputStream open(Path part) throws IOException {
        InputStream in = Files.newInputStream(part);
        return part.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(in) : in;
    }
}
