package dev.detente.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.detente.store.model.ArticleEntry;
import dev.detente.store.model.ArticleEntries;
import dev.detente.store.sqlite.LedgerWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A ledger of generated analyzer records for one pair (CHN-USA) over {@code weeks} weeks: cooperative
 * events and upbeat stances until {@code shiftWeek}, hostile ones after, with noise.
 */
public final class SyntheticLedger {
    public static final LocalDate START = LocalDate.parse("2025-01-06"); // a Monday, ISO week 2025-W02
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] GOOD = {"CONSULT", "AGREE", "COOPERATE"};
    private static final String[] BAD = {"ACCUSE", "THREATEN", "SANCTION"};

    private SyntheticLedger() {
    }

    public static Path build(Path dir, int weeks, int shiftWeek, long seed) throws Exception {
        Path db = dir.resolve("synthetic.db");
        Random random = new Random(seed);
        List<ArticleEntry> entries = new ArrayList<>();
        int n = 0;
        for (int w = 0; w < weeks; w++) {
            boolean after = w >= shiftWeek;
            for (int a = 0; a < 3; a++) {
                LocalDate day = START.plusWeeks(w).plusDays(a * 2L);
                String id = "syn-" + (n++);
                String speaker = random.nextBoolean() ? "Ana Torres" : "Ravi Menon";
                String words = (after ? "talks have collapsed and trust is gone " : "cooperation is improving week by week ") + id;
                String text = speaker + " said " + words + ".";
                double stance = after ? -1.5 + random.nextGaussian() * 0.4 : 1.2 + random.nextGaussian() * 0.4;
                String type = after ? BAD[random.nextInt(3)] : GOOD[random.nextInt(3)];
                double weight = after ? -5 - random.nextInt(3) : 3 + random.nextInt(3);
                ObjectNode r = JSON.createObjectNode();
                r.put("id", id).put("published", day.toString()).put("language", "en").put("outlet", "Synthetic Wire");
                ArrayNode quotes = r.putArray("quotes");
                ObjectNode q = quotes.addObject();
                q.put("speaker", speaker).put("direct", false).put("text", words).put("said_on", day.toString())
                        .put("start", text.indexOf(words)).put("end", text.indexOf(words) + words.length());
                q.putArray("topics").add(after ? "sanctions" : "trade");
                ObjectNode st = q.putObject("stance");
                st.put("score", Math.max(-2, Math.min(2, stance)));
                st.putArray("countries").add("CHN").add("USA");
                ObjectNode e = r.putArray("events").addObject();
                e.put("type", type).put("date", day.toString()).put("evidence", speaker).put("start", 0)
                        .put("end", speaker.length()).put("weight", weight);
                e.putArray("actors").add("China").add("United States");
                e.putArray("countries").add("CHN").add("USA");
                e.putArray("topics").add(after ? "sanctions" : "trade");
                entries.add(ArticleEntries.of(r, text, ArticleEntries.sha256(text), "synthetic"));
            }
        }
        try (LedgerWriter w = LedgerWriter.open(db)) {
            w.write(entries);
        }
        return db;
    }
}
