package dev.detente.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/** Distinct short news articles (a dateline and one sentence) in general English (invented names), as JSON Lines, reproducible from a seed. */
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

    /** Sentences an article is drawn from ({0} speaker, {1} surname, {2} role, {3} country, {4} other country, {5} topic, {6} city, {7} number). */
    private static final String[] SENTENCES = {
        "{0}, the {2} of {3}, said on Tuesday that talks with {4} on {5} were {8}.",
        "\"We expect an agreement on {5} within {7} weeks,\" {1} told reporters in {6}.",
        "Officials from {4} declined to comment on the remarks.",
        "The two governments last met in {6} to discuss {5} and port fees.",
        "According to {1}, negotiators will meet again before the end of the month.",
        "Trade between {3} and {4} grew by {7} percent last year, customs figures show.",
        "Opposition lawmakers in {3} accused the government of giving too much ground on {5}.",
        "{4} has previously warned it could impose new duties if no deal is reached.",
        "\"Nobody should expect miracles,\" {1} added, calling the previous round {8}.",
        "Analysts in {6} said a compromise on {5} looked likelier than a month ago.",
        "The ministry of {3} said {7} technical working groups had been set up.",
        "A spokesperson for {4} said the next round would focus on {5}."};

    static Path write(Path file, int articles, long seed) throws IOException {
        Random r = new Random(seed);
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 0; i < articles; i++) {
                String first = FIRST[r.nextInt(FIRST.length)];
                String last = LAST[r.nextInt(LAST.length)];
                int ia = r.nextInt(COUNTRY.length);
                int ib = (ia + 1 + r.nextInt(COUNTRY.length - 1)) % COUNTRY.length;
                Object[] fill = {first + " " + last, last, ROLE[r.nextInt(ROLE.length)], COUNTRY[ia][0], COUNTRY[ib][0],
                    TOPIC[r.nextInt(TOPIC.length)], COUNTRY[ia][1], 2 + r.nextInt(40), MOOD[r.nextInt(MOOD.length)]};
                StringBuilder text = new StringBuilder(COUNTRY[ia][1].toUpperCase(java.util.Locale.ROOT))
                        .append(", March ").append(1 + i % 28).append(" (Report ").append(i).append(") - ");
                // one sentence: short, so 10,000 articles ingest in seconds; most are statements
                int pick = r.nextInt(3) == 0 ? r.nextInt(SENTENCES.length) : r.nextInt(2);
                text.append(java.text.MessageFormat.format(SENTENCES[pick].replace("'", "''"), fill));
                ObjectNode rec = JSON.createObjectNode();
                rec.put("id", "gen-" + i);
                rec.put("url", "https://news.example.org/2025/03/" + (1 + i % 28) + "/report-" + i);
                rec.put("text", text.toString());
                w.write(rec.toString());
                w.write('\n');
            }
        }
        return file;
    }
}
