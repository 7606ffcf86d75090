package dev.detente.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/** Distinct short news articles in general English (invented names), as JSON Lines, reproducible from a seed. */
final class GeneratedCorpus {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] FIRST = {"Ana", "Ravi", "Lena", "Tomas", "Amara", "Kenji", "Sofia", "Omar", "Irina", "Pablo"};
    private static final String[] LAST = {"Torres", "Menon", "Halvorsen", "Okafor", "Varga", "Lindgren", "Haddad", "Novak"};
    private static final String[] ROLE = {"foreign minister", "trade minister", "prime minister", "ambassador"};
    private static final String[][] COUNTRY = {{"Brazil", "Brasilia"}, {"Japan", "Tokyo"}, {"Kenya", "Nairobi"},
            {"Norway", "Oslo"}, {"Canada", "Ottawa"}, {"India", "New Delhi"}, {"Egypt", "Cairo"}, {"Poland", "Warsaw"}};
    private static final String[] TOPIC = {"tariffs", "fishing rights", "energy supplies", "visa rules", "a border dispute"};
    private static final String[] MOOD = {"making good progress", "stuck", "going nowhere", "more constructive than before"};

    private GeneratedCorpus() {
    }

    static Path write(Path file, int articles, long seed) throws IOException {
        Random r = new Random(seed);
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 0; i < articles; i++) {
                String first = FIRST[r.nextInt(FIRST.length)];
                String last = LAST[r.nextInt(LAST.length)];
                String[] a = COUNTRY[r.nextInt(COUNTRY.length)];
                String[] b = COUNTRY[(r.nextInt(COUNTRY.length - 1) + 1 + java.util.Arrays.asList(COUNTRY).indexOf(a)) % COUNTRY.length];
                String topic = TOPIC[r.nextInt(TOPIC.length)];
                String text = String.format("%s, %s (Report %d) - %s %s, the %s of %s, said on Tuesday that talks with %s on %s were %s. "
                                + "\"We expect an agreement on %s within %d weeks,\" %s told reporters in %s.",
                        a[1].toUpperCase(java.util.Locale.ROOT), "March " + (1 + i % 28), i, first, last, ROLE[r.nextInt(ROLE.length)],
                        a[0], b[0], topic, MOOD[r.nextInt(MOOD.length)], topic, 2 + r.nextInt(9), last, a[1]);
                ObjectNode rec = JSON.createObjectNode();
                rec.put("id", "gen-" + i);
                rec.put("url", "https://news.example.org/2025/03/" + (1 + i % 28) + "/report-" + i);
                rec.put("text", text);
                w.write(rec.toString());
                w.write('\n');
            }
        }
        return file;
    }
}
