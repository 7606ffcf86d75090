package dev.detente.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.Locator;
import dev.detente.pipeline.AnalysisOptions;
import dev.detente.pipeline.Pipelines;
import dev.detente.store.LedgerIngest;
import dev.detente.store.LedgerReader;
import dev.detente.store.sqlite.LedgerWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dashboard over a real ledger: the examples (the seed articles) and, when {@code ../shared} is
 * there, the development corpus, ingested with the standard pipeline and served from SQLite.
 */
class LedgerBrowserTest extends BrowserTestSupport {
    private static final Path EXAMPLES = Path.of("..", "examples");
    private static final Path DEV = Path.of("..", "..", "shared", "corpus", "dev.jsonl");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;

    @BeforeAll
    static void ingestAndServe() throws Exception {
        List<String> inputs = new ArrayList<>(List.of(EXAMPLES.toString()));
        if (Files.exists(DEV)) {
            inputs.add(DEV.toString());
        } else {
            System.err.println("LedgerBrowserTest: " + DEV + " absent, the ledger holds the examples only");
        }
        Path db = dir.resolve("ledger.db");
        var analyzer = Pipelines.standard(AnalysisOptions.defaults());
        new LedgerIngest(analyzer, 2, 200).run(db, inputs, new LedgerIngest.Progress() {
            @Override
            public void settled(String articleId, LedgerWriter.Outcome outcome) {
            }

            @Override
            public void failed(String input, String reason) {
                throw new AssertionError(input + ": " + reason);
            }
        });
        serve(LedgerServer.start(new LedgerApi(LedgerReader.pooled(db, 2), new ArticleAnnotator(analyzer)), "127.0.0.1", 0));
    }

    private static String encode(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static JsonNode get(String path) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(path).isEqualTo(200);
        return JSON.readTree(r.body());
    }

    @Test
    void anActorPageListsOnlyThatActorsStatements() throws Exception {
        JsonNode all = get("/api/statements?limit=500");
        // the person with the most statements, and another speaker
        JsonNode actors = get("/api/actors?type=person&limit=50");
        String id = null;
        int most = 0;
        for (JsonNode a : actors.get("items")) {
            if (a.get("statements").asInt() > most) {
                most = a.get("statements").asInt();
                id = a.get("id").asText();
            }
        }
        assertThat(id).isNotNull();
        assertThat(most).isLessThan(all.get("total").asInt());
        JsonNode detail = get("/api/actors/" + encode(id));
        assertThat(detail.get("statements").get("total").asInt()).isEqualTo(most);
        for (JsonNode s : detail.get("statements").get("items")) {
            assertThat(s.get("speakerId").asText()).isEqualTo(id);
        }
        JsonNode filtered = get("/api/statements?actor=" + encode(id));
        assertThat(filtered.get("total").asInt()).isEqualTo(most);

        BrowserHarness.open(page, base + "/actor/" + encode(id));
        assertThat(page.locator("table.statements tbody tr").count()).isEqualTo(most);
        // every row's speaker links back to this actor (the name may be a variant: "Peskov" for "Dmitry Peskov")
        var links = page.locator("table.statements td.speaker a");
        assertThat(links.count()).isEqualTo(most);
        for (int i = 0; i < links.count(); i++) {
            assertThat(links.nth(i).getAttribute("href")).isEqualTo("/actor/" + encode(id));
        }
        BrowserHarness.screenshot(page, "ledger-actor");
    }

    @Test
    void pairCardsShowTheirEventCounts() throws Exception {
        JsonNode pairs = get("/api/pairs");
        JsonNode rusUsa = null;
        for (JsonNode p : pairs) {
            if (p.get("pair").asText().equals("RUS-USA")) {
                rusUsa = p;
            }
        }
        assertThat(rusUsa).isNotNull();
        int events = rusUsa.get("events").asInt();
        assertThat(events).isPositive().isEqualTo(get("/api/events?pair=RUS-USA").get("total").asInt());
        assertThat(rusUsa.get("statements").asInt()).isEqualTo(get("/api/statements?pair=RUS-USA").get("total").asInt());

        BrowserHarness.open(page, base + "/");
        Locator card = page.locator(".pair-card").filter(new Locator.FilterOptions().setHasText("RUS-USA")).first();
        assertThat(card.locator(".counts").textContent()).contains(events + " event");
        BrowserHarness.screenshot(page, "ledger-overview");
    }

    @Test
    void anUndatedItemIsShownAsSuch() throws Exception {
        JsonNode stats = get("/api/stats");
        assertThat(stats.get("undatedStatements").asInt()).isPositive(); // seed articles without a publication date
        BrowserHarness.open(page, base + "/");
        assertThat(page.locator(".undated-note").textContent()).contains(stats.get("undatedStatements").asInt() + " statement");

        BrowserHarness.open(page, base + "/pair/RUS-USA");
        assertThat(page.locator(".undated-note").textContent()).contains("undated");
        assertThat(page.locator("table.statements td.undated").count() + page.locator("table.events td.undated").count()).isPositive();
        assertThat(page.locator("table td.undated").first().textContent()).isEqualTo("undated");
        BrowserHarness.screenshot(page, "ledger-pair");
    }

    @Test
    void aPairWithoutDatedItemsShowsAnEmptyStateNotAnEmptyChart() throws Exception {
        BrowserHarness.open(page, base + "/pair/AAA-ZZZ");
        assertThat(page.locator(".empty-state").first().textContent()).contains("nothing to chart");
        assertThat(page.locator(".chart canvas").count()).isZero();
    }

    @Test
    void theStatementTableDownloadsWhatItShows() throws Exception {
        BrowserHarness.open(page, base + "/pair/RUS-USA");
        var statements = page.locator(".downloads[data-name='statements-RUS-USA']");
        var download = page.waitForDownload(() -> statements.locator(".download-csv").click());
        assertThat(Files.readString(download.path()).lines().findFirst().orElse("")).startsWith("id,day,dayInferred,speakerName");
        var json = page.waitForDownload(() -> statements.locator(".download-json").click());
        assertThat(JSON.readTree(Files.readString(json.path())).size())
                .isEqualTo(get("/api/statements?pair=RUS-USA&limit=500").get("items").size());
    }

    @Test
    void theSourceTargetViewSaysWhoActsOnWhomAndDownloads() throws Exception {
        JsonNode answer = get("/api/flows?pair=RUS-USA");
        JsonNode flows = answer.get("items");
        assertThat(flows).isNotEmpty();
        assertThat(answer.get("more").asInt()).isZero(); // the seeds' pair has fewer flows than a page
        int sum = 0;
        for (JsonNode f : flows) {
            int types = 0;
            for (JsonNode t : f.get("types")) {
                types += t.get("events").asInt();
            }
            assertThat(types).isEqualTo(f.get("events").asInt());
            sum += f.get("events").asInt();
        }
        assertThat(sum).isEqualTo(get("/api/events?pair=RUS-USA").get("total").asInt());

        BrowserHarness.open(page, base + "/pair/RUS-USA");
        String countries = page.locator(".country-flows").textContent();
        assertThat(countries).matches(".*(RUS → USA|USA → RUS): \\d+ events?.*").doesNotContain("object");
        var rows = page.locator("table.flows tbody tr");
        assertThat(rows.count()).isEqualTo(flows.size());
        assertThat(rows.first().locator(".flow-events").textContent()).isEqualTo(flows.get(0).get("events").asText());
        if (flows.get(0).hasNonNull("source")) {
            assertThat(rows.first().locator(".flow-source a").getAttribute("href"))
                    .isEqualTo("/actor/" + encode(flows.get(0).get("source").asText()));
        }
        var csv = page.waitForDownload(() -> page.locator(".downloads[data-name='flows-RUS-USA'] .download-csv").click());
        List<String> lines = Files.readAllLines(csv.path());
        assertThat(lines.get(0)).isEqualTo("source,sourceName,sourceCountry,target,targetName,targetCountry,events,types");
        assertThat(lines).hasSize(flows.size() + 1);
        var json = page.waitForDownload(() -> page.locator(".downloads[data-name='flows-RUS-USA'] .download-json").click());
        assertThat(JSON.readTree(Files.readString(json.path())).get(0).get("events").asInt()).isEqualTo(flows.get(0).get("events").asInt());
        BrowserHarness.screenshot(page, "ledger-flows");

        // the top flow only: the rest is stated, with a link to show them all
        int total = answer.get("total").asInt();
        BrowserHarness.open(page, base + "/pair/RUS-USA?flows=1");
        assertThat(page.locator("table.flows tbody tr").count()).isEqualTo(1);
        if (total > 1) {
            assertThat(page.locator(".flows-more").textContent()).contains((total - 1) + " more flow").contains(total + " in all");
            assertThat(page.locator(".flows-more a").getAttribute("href")).isEqualTo("/pair/RUS-USA?by=week&flows=" + total);
        } else {
            assertThat(page.locator(".flows-more").count()).isZero();
        }
        assertThat(page.locator(".country-flows").textContent()).isEqualTo(countries); // over every flow, whatever the page
    }

    @Test
    void thePairPageCountsEventsPerTypeAndMonth() throws Exception {
        JsonNode counts = get("/api/event-counts?pair=RUS-USA");
        int sum = 0;
        boolean undated = false;
        for (JsonNode c : counts) {
            sum += c.get("events").asInt();
            undated |= c.get("month").isNull();
        }
        assertThat(sum).isEqualTo(get("/api/events?pair=RUS-USA").get("total").asInt());
        BrowserHarness.open(page, base + "/pair/RUS-USA");
        var table = page.locator("table.type-months");
        int allColumn = table.locator("thead th").count() - 1;
        int shown = 0;
        for (int i = 0; i < table.locator("tbody tr").count(); i++) {
            shown += Integer.parseInt(table.locator("tbody tr").nth(i).locator("td").nth(allColumn).textContent());
        }
        assertThat(shown).isEqualTo(sum);
        if (undated) { // events without a date have a row of their own, labelled as such
            assertThat(table.locator("tbody tr").last().locator("td").first().textContent()).isEqualTo("undated");
        }
        var csv = page.waitForDownload(() -> page.locator(".downloads[data-name='event-counts-RUS-USA'] .download-csv").click());
        assertThat(Files.readAllLines(csv.path())).hasSize(counts.size() + 1).first().isEqualTo("month,type,events");
    }

    @Test
    void theStatementTableShowsStanceAndOutlet() throws Exception {
        JsonNode statements = get("/api/statements?pair=RUS-USA&limit=500").get("items");
        BrowserHarness.open(page, base + "/pair/RUS-USA");
        var table = page.locator("table.statements").first();
        assertThat(table.locator("thead th").allTextContents()).contains("Stance", "Outlet");
        var first = table.locator("tbody tr").first();
        JsonNode s = statements.get(0);
        assertThat(first.locator("td.outlet").textContent()).isEqualTo(s.get("outlet").isNull() ? "" : s.get("outlet").asText());
        String stance = first.locator("td.stance").textContent();
        if (s.get("stance").isNull()) {
            assertThat(stance).isEqualTo("–");
        } else {
            assertThat(Double.parseDouble(stance)).isCloseTo(s.get("stance").asDouble(), org.assertj.core.data.Offset.offset(0.006));
        }
    }
}
