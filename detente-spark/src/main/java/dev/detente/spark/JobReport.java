package dev.detente.spark;

import dev.detente.store.sqlite.LedgerWriter.Outcome;
import java.util.Map;

/**
 * What one run did. {@code read} articles were read, {@code analysed} of them analysed; {@code failed}
 * counts unreadable inputs and failed analyses, {@code skipped} inputs left out (not articles); all
 * are in the rejects table with their reasons. {@code ledger} gives the store's outcome per article
 * (added, duplicate...), {@code tables} the rows written per table; times are in milliseconds,
 * merge counting only what outlasted the analysis it overlaps
 * ({@code cpuMillis}: this JVM's CPU time in the three phases; in local mode it includes the executors).
 */
record JobReport(long read, long analysed, long skipped, long failed, Map<Outcome, Long> ledger, Map<String, Long> tables,
                 long analyseMillis, long mergeMillis, long exportMillis, java.util.List<Long> cpuMillis) {
    double articlesPerSecond() {
        long ms = analyseMillis + mergeMillis + exportMillis;
        return ms == 0 ? 0 : read * 1000.0 / ms;
    }

    String summary() {
        return String.format(java.util.Locale.ROOT,
                "read %d, analysed %d, skipped %d, failed %d | ledger %s | tables %s | analyse %.1f s, merge %.1f s, "
                        + "export %.1f s, %.1f articles/s (JVM CPU s per phase %s)",
                read, analysed, skipped, failed, ledger, tables, analyseMillis / 1000.0, mergeMillis / 1000.0,
                exportMillis / 1000.0, articlesPerSecond(), cpuMillis.stream().map(c -> String.format(java.util.Locale.ROOT,
                        "%.1f", c / 1000.0)).toList());
    }

    /** The counters as one JSON object (the output's marker file). */
    String json() {
        StringBuilder b = new StringBuilder("{\"read\":").append(read).append(",\"analysed\":").append(analysed)
                .append(",\"skipped\":").append(skipped).append(",\"failed\":").append(failed).append(",\"ledger\":{");
        String sep = "";
        for (Map.Entry<Outcome, Long> e : ledger.entrySet()) {
            b.append(sep).append('"').append(e.getKey().name().toLowerCase(java.util.Locale.ROOT)).append("\":").append(e.getValue());
            sep = ",";
        }
        b.append("},\"tables\":{");
        sep = "";
        for (Map.Entry<String, Long> e : tables.entrySet()) {
            b.append(sep).append('"').append(e.getKey()).append("\":").append(e.getValue());
            sep = ",";
        }
        return b.append("}}\n").toString();
    }
}
