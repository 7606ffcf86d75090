package dev.detente.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.detente.store.LedgerReader;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dashboard over the demo ledger, built as `detente demo` builds it (examples/ through the
 * store's ingest and the standard pipeline) plus one hostile article, in headless Chromium.
 */
class DemoBrowserTest extends BrowserTestSupport {
    static final String HOSTILE_ID = "hostile-demo";
    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir
    static Path extra;
    private static DemoLedger demo;
    private static LedgerReader ledger;

    @BeforeAll
    static void start() throws IOException {
        String text = "LONDON, 12 March - A post shared online read <script>window.__xss=1</script> and "
                + "<img src=x onerror=\"window.__xss=2\"> before it was taken down. \"We will not accept <b>threats</b>,\" "
                + "the British foreign secretary said on Wednesday.";
        Files.writeString(extra.resolve("hostile.jsonl"), JSON.writeValueAsString(Map.of("id", HOSTILE_ID,
                "url", "https://news.example/hostile", "title", "<script>window.__xss=3</script> A hostile headline",
                "published", "2025-03-12", "text", text)) + "\n");
        demo = DemoLedger.build(List.of(Path.of("..", "examples").toString(), extra.toString()), System.err);
        assertThat(demo.report().failed()).isZero();
        ledger = LedgerReader.open(demo.db());
        serve(LedgerServer.start(ledger, "127.0.0.1", 0));
    }

    @AfterAll
    static void closeLedger() {
        if (ledger != null) {
            ledger.close();
        }
        if (demo != null) {
            demo.delete();
        }
    }

    private static JsonNode api(String path) throws IOException {
        return JSON.readTree(URI.create(base + path).toURL());
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    @Test
    void everyPageOfTheDemoLoads() throws IOException {
        BrowserHarness.open(page, base + "/");
        BrowserHarness.screenshot(page, "demo-overview");
        JsonNode articles = api("/api/articles?limit=500").get("items");
        assertThat(articles.size()).isGreaterThanOrEqualTo(6);
        List<String> pages = new ArrayList<>(List.of("/statements"));
        articles.forEach(a -> pages.add("/article/" + enc(a.get("id").asText())));
        api("/api/pairs").forEach(p -> pages.add("/pair/" + p.get("pair").asText()));
        api("/api/actors?limit=5").get("items").forEach(a -> pages.add("/actor/" + enc(a.get("id").asText())));
        for (String path : pages) {
            BrowserHarness.open(page, base + path);
            assertThat(page.locator(".error").count()).as(path).isZero();
        }
        BrowserHarness.open(page, base + "/article/" + enc(articles.get(0).get("id").asText()));
        BrowserHarness.screenshot(page, "demo-article");
    }

    @Test
    void hostileArticleIsShownAsText() {
        BrowserHarness.open(page, base + "/article/" + HOSTILE_ID);
        assertThat(page.evaluate("() => window.__xss === undefined")).isEqualTo(true);
        assertThat(page.locator(".doc").textContent())
                .contains("<script>window.__xss=1</script>").contains("onerror=\"window.__xss=2\"");
        assertThat(page.locator(".doc script, .doc img, .doc b, h1 script").count()).isZero();
        BrowserHarness.screenshot(page, "demo-hostile");
    }

    @Test
    void filtersChangeTheDemoLedger() throws IOException {
        JsonNode all = api("/api/statements?limit=500");
        assumeTrue(all.get("total").asInt() > 1, "the pipeline extracts fewer than two statements from the examples");
        String speaker = null;
        for (JsonNode s : all.get("items")) {
            if (!s.get("speakerName").isNull()) {
                speaker = s.get("speakerName").asText();
                break;
            }
        }
        assumeTrue(speaker != null, "no statement has a speaker");
        int bySpeaker = api("/api/statements?speaker=" + enc(speaker)).get("total").asInt();
        BrowserHarness.open(page, base + "/statements");
        assertThat(page.locator(".result-count").textContent()).startsWith(all.get("total").asInt() + " statement");
        page.fill("#filters input[name=speaker]", speaker);
        page.click("#filters button[type=submit]");
        page.waitForURL("**/statements?speaker=*");
        page.waitForSelector("body[data-ready=true]");
        assertThat(page.locator(".result-count").textContent()).startsWith(bySpeaker + " statement");
        assertThat(page.locator("table.statements tbody tr").count()).isEqualTo(Math.min(bySpeaker, 50));
        BrowserHarness.screenshot(page, "demo-statements-filtered");
    }

    @Test
    void aTimelinePointOfTheDemoOpensItsStatement() throws IOException {
        String pair = null;
        for (JsonNode p : api("/api/pairs")) {
            if (p.get("statements").asInt() > 0) {
                pair = p.get("pair").asText();
                break;
            }
        }
        assumeTrue(pair != null, "no country pair with statements in the demo ledger");
        BrowserHarness.open(page, base + "/pair/" + pair);
        BrowserHarness.screenshot(page, "demo-pair");
        assumeTrue(page.locator(".pt-statement").count() > 0, "no dated statement for " + pair);
        // points of near days may overlap: take the first one no other point covers (the one a reader can point at)
        int uncovered = ((Number) page.evaluate("() => [...document.querySelectorAll('.pt-statement')].findIndex(e => {"
                + " e.scrollIntoView({block: 'center'}); const r = e.getBoundingClientRect();"
                + " const top = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);"
                + " return top === e || e.contains(top); })")).intValue();
        assertThat(uncovered).as("a statement point no other point covers").isGreaterThanOrEqualTo(0);
        var point = page.locator(".pt-statement").nth(uncovered);
        String href = point.getAttribute("href");
        point.hover();
        assertThat(page.locator("#tooltip").isVisible()).isTrue();
        point.click();
        page.waitForURL("**/article/**");
        page.waitForSelector("body[data-ready=true]");
        var range = java.util.regex.Pattern.compile("hl=(\\d+)-(\\d+)").matcher(href);
        assertThat(range.find()).isTrue();
        String articleId = java.net.URLDecoder.decode(href.substring("/article/".length(), href.indexOf('?')), StandardCharsets.UTF_8);
        String text = api("/api/articles/" + enc(articleId) + "/annotations").get("text").asText();
        String expected = text.substring(Integer.parseInt(range.group(1)), Integer.parseInt(range.group(2)));
        assertThat(String.join("", page.locator(".doc .hl").allTextContents())).isEqualTo(expected);
        BrowserHarness.screenshot(page, "demo-article-highlight");
    }
}
