import dev.detente.store.LedgerQuery;
import dev.detente.store.LedgerReader;
import dev.detente.store.sqlite.SqliteLedgerReader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The latency of every query the CLI and the API run, warm, inside one JVM (no start-up cost):
 * each query is run once to warm up, then 5 times; the median wall time is printed, and the
 * median CPU time of the thread (SQLite runs in it), which a loaded machine inflates far less, and
 * the answer's size as JSON (what the API would send: an answer that grows with the ledger shows).
 * The ledger is migrated first (opened once for writing) when the program's schema is newer.
 * Usage: java -cp detente-cli/target/detente.jar scripts/LedgerQueryBench.java LEDGER.db PAIR
 */
public class LedgerQueryBench {
    public static void main(String[] args) {
        Path db = Path.of(args[0]);
        String pair = args[1];
        String[] sides = pair.split("-");
        try (var w = dev.detente.store.sqlite.LedgerWriter.open(db)) { // applies missing migrations
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        var cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        try (SqliteLedgerReader r = SqliteLedgerReader.open(db)) {
            Map<String, Supplier<Object>> queries = new LinkedHashMap<>();
            queries.put("stats (/api/stats)", r::stats);
            queries.put("statements latest 50 (/api/statements)", () -> r.statements(q(null, null, null, null, null)));
            queries.put("statements --pair", () -> r.statements(q(pair, null, null, null, null)));
            queries.put("statements --speaker-country --about", () -> r.statements(q(null, sides[0], sides[1], null, null)));
            queries.put("statements --actor (/api/actors/{id})", () -> r.statements(q(null, null, null, top(r), null)));
            queries.put("statements --from 2025-07 --to 2025-07", () -> r.statements(new LedgerQuery(null, null, null, null, null,
                    null, null, LocalDate.parse("2025-07-01"), LocalDate.parse("2025-07-31"), null, 0, 50)));
            queries.put("events --pair (/api/events)", () -> r.events(new LedgerQuery(null, null, pair, null, null, null, null,
                    null, null, null, 0, 50)));
            queries.put("events --type CONSULT", () -> r.events(new LedgerQuery(null, null, null, null, null, "CONSULT", null,
                    null, null, null, 0, 50)));
            queries.put("actors (/api/actors)", () -> r.actors(new LedgerQuery(null, null, null, null, null, null, null,
                    null, null, null, 0, 50)));
            queries.put("actor (/api/actors/{id})", () -> r.actor(top(r)));
            queries.put("timeline --pair (/api/timeline)", () -> r.timeline(pair, "week"));
            queries.put("issues --pair (/api/issues)", () -> r.issues(pair));
            queries.put("flows --pair, top 25 (/api/flows)", () -> r.flows(pair, 0, 25));
            queries.put("event counts --pair (/api/event-counts)", () -> r.eventCounts(pair));
            queries.put("changes --pair, newest 50 (/api/changes)", () -> r.changes(null, pair, 0, 50));
            queries.put("changes (every pair), newest 50", () -> r.changes(null, null, 0, 50));
            queries.put("pairs (/api/pairs, cached until the ledger changes)", r::pairs);
            // what a CLI run or the first request after an ingest pays: a fresh connection, no cache
            queries.put("pairs, fresh connection", () -> {
                try (SqliteLedgerReader fresh = SqliteLedgerReader.open(db)) {
                    return fresh.pairs();
                }
            });
            queries.put("changes (every pair), newest 50, fresh connection", () -> {
                try (SqliteLedgerReader fresh = SqliteLedgerReader.open(db)) {
                    return fresh.changes(null, null, 0, 50);
                }
            });
            queries.put("search talks OR sanctions (/api/search)", () -> r.search("talks OR sanctions", 0, 20));
            var json = new com.fasterxml.jackson.databind.ObjectMapper();
            for (var e : queries.entrySet()) {
                Object answer = e.getValue().get();
                int bytes;
                try {
                    bytes = json.writeValueAsBytes(answer instanceof java.util.Optional<?> o ? o.orElse(null) : answer).length; // an answer that grows with the ledger shows here
                } catch (com.fasterxml.jackson.core.JsonProcessingException ex) {
                    throw new IllegalStateException(ex);
                }
                List<Long> times = new ArrayList<>();
                List<Long> cpus = new ArrayList<>();
                for (int i = 0; i < 5; i++) {
                    long t = System.nanoTime();
                    long c = cpu.getCurrentThreadCpuTime();
                    e.getValue().get();
                    cpus.add(cpu.getCurrentThreadCpuTime() - c);
                    times.add(System.nanoTime() - t);
                }
                times.sort(null);
                cpus.sort(null);
                System.out.printf("  %-52s %8.1f ms wall %8.1f ms CPU %9.1f KB answer%n", e.getKey(), times.get(2) / 1e6,
                        cpus.get(2) / 1e6, bytes / 1024.0);
            }
        }
    }

    private static String topActor;

    private static String top(LedgerReader r) {
        if (topActor == null) {
            topActor = r.actors(new LedgerQuery(null, null, null, null, null, "person", null, null, null, null, 0, 1))
                    .items().get(0).id();
        }
        return topActor;
    }

    private static LedgerQuery q(String pair, String speakerCountry, String about, String actor, String text) {
        return new LedgerQuery(null, null, pair, null, null, null, actor, null, null, text, 0, 50, speakerCountry, about);
    }
}
