package dev.detente.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The dashboard in headless Chromium over the in-memory ledger: pages, filters, chart clicks, escaping. */
class DashboardBrowserTest extends BrowserTestSupport {
    @BeforeAll
    static void start() {
        serve(LedgerServer.start(new LedgerApi(new InMemoryLedger(), new ArticleAnnotator(FixtureLayersStage.analyzer())),
                "127.0.0.1", 0));
    }

    @Test
    void everyPageLoads() {
        BrowserHarness.open(page, base + "/");
        assertThat(page.locator(".pair-card h2").allTextContents()).containsExactly("RUS-USA", "CHN-USA");
        assertThat(page.locator(".pair-card canvas").count()).isEqualTo(2);
        assertThat(page.locator(".pair-card .change").first().textContent()).contains("Moscow rejected threats");
        BrowserHarness.screenshot(page, "overview");

        BrowserHarness.open(page, base + "/pair/RUS-USA");
        assertThat(page.locator(".chart canvas").count()).isPositive();
        assertThat(page.locator(".pt-statement").count()).isEqualTo(3);
        assertThat(page.locator(".pt-event").count()).isEqualTo(2);
        assertThat(page.locator(".issues h3").allTextContents()).anySatisfy(t -> assertThat(t).contains("Arms control"));
        BrowserHarness.screenshot(page, "pair");

        BrowserHarness.open(page, base + "/actor/ivan-sorokin");
        assertThat(page.locator("h1").textContent()).isEqualTo("Ivan Sorokin");
        assertThat(page.locator("table.roles td").first().textContent()).isEqualTo("Foreign Minister");
        assertThat(page.locator("table.roles td").nth(2).textContent()).isEqualTo("2025-03-03");
        assertThat(page.locator("table.roles td.evidence a").getAttribute("href"))
                .isEqualTo("/article/" + InMemoryLedger.TALKS_ID + "?hl=0-12");
        assertThat(page.locator("table.statements tbody tr").count()).isEqualTo(2);
        BrowserHarness.screenshot(page, "actor");

        BrowserHarness.open(page, base + "/article/" + InMemoryLedger.TALKS_ID);
        assertThat(page.locator(".duplicates li").textContent()).contains("Coastal Times");
        assertThat(page.locator(".doc .a-speaker").allTextContents()).containsExactly("Ivan Sorokin");
        assertThat(page.locator(".doc .a-date").allTextContents()).contains("March 3", "Monday");
        assertThat(page.locator(".doc .a-quote").count()).isPositive();
        assertThat(page.locator(".doc [data-label=person]").count()).isPositive();
        BrowserHarness.screenshot(page, "article");
        // a statement of the side list highlights it in the text; layers can be switched off
        page.locator(".side-statements a").first().click();
        page.waitForURL("**?hl=*");
        page.waitForSelector("body[data-ready=true]");
        assertThat(String.join("", page.locator(".doc .hl").allTextContents()))
                .isEqualTo("We had a frank and useful exchange on strategic stability,");
        page.locator(".layers label.a-actor input").uncheck();
        assertThat(page.locator(".doc.show-actor").count()).isZero();
    }

    @Test
    void filtersChangeTheLedger() {
        BrowserHarness.open(page, base + "/statements");
        assertThat(page.locator(".result-count").textContent()).isEqualTo("4 statements");
        BrowserHarness.screenshot(page, "statements");

        page.fill("#filters input[name=speaker]", "Sorokin");
        page.click("#filters button[type=submit]");
        page.waitForURL("**/statements?speaker=Sorokin");
        page.waitForSelector("body[data-ready=true]");
        assertThat(page.locator(".result-count").textContent()).isEqualTo("2 statements");
        assertThat(page.locator("td.speaker").allTextContents()).allSatisfy(t -> assertThat(t).contains("Ivan Sorokin"));

        page.selectOption("#filters select[name=kind]", "direct");
        page.fill("#filters input[name=from]", "2025-03-10");
        page.click("#filters button[type=submit]");
        page.waitForURL("**/statements?speaker=Sorokin&from=2025-03-10&kind=direct");
        page.waitForSelector("body[data-ready=true]");
        assertThat(page.locator(".result-count").textContent()).isEqualTo("1 statement");

        BrowserHarness.open(page, base + "/statements");
        page.fill("header input[name=text]", "winners");
        page.press("header input[name=text]", "Enter");
        page.waitForURL("**/statements?text=winners");
        page.waitForSelector("body[data-ready=true]");
        assertThat(page.locator(".result-count").textContent()).isEqualTo("1 statement");
        assertThat(page.locator("#filters input[name=text]").inputValue()).isEqualTo("winners");
        BrowserHarness.screenshot(page, "statements-filtered");
    }

    @Test
    void aTimelinePointOpensItsArticleWithTheStatementHighlighted() {
        BrowserHarness.open(page, base + "/pair/RUS-USA");
        Locator point = page.locator(".pt-statement").first();
        point.hover();
        assertThat(page.locator("#tooltip").isVisible()).isTrue();
        assertThat(page.locator("#tooltip").textContent()).contains("Ivan Sorokin").contains("frank and useful exchange");
        BrowserHarness.screenshot(page, "pair-hover");
        point.click();
        page.waitForURL("**/article/" + InMemoryLedger.TALKS_ID + "?hl=*");
        page.waitForSelector("body[data-ready=true]");
        String highlighted = String.join("", page.locator(".doc .hl").allTextContents());
        assertThat(highlighted).isEqualTo("We had a frank and useful exchange on strategic stability,");
        assertThat(page.locator(".doc .hl").first().isVisible()).isTrue();
        BrowserHarness.screenshot(page, "article-highlight");
    }

    @Test
    void hostileArticleTextIsShownAsText() {
        BrowserHarness.open(page, base + "/article/" + InMemoryLedger.HOSTILE_ID);
        assertThat(page.evaluate("() => window.__xss === undefined")).isEqualTo(true);
        assertThat(page.locator("h1").textContent()).startsWith("<script>window.__xss=3</script>");
        String text = page.locator(".doc").textContent();
        assertThat(text).contains("<script>window.__xss=1</script>").contains("<img src=x onerror=\"window.__xss=2\">");
        assertThat(page.locator(".doc script, .doc img, .doc b, h1 script").count()).isZero();
        BrowserHarness.screenshot(page, "article-hostile");

        BrowserHarness.open(page, base + "/actor/chen-lu");
        assertThat(page.locator("table.roles tbody tr").nth(1).locator("td").first().textContent())
                .isEqualTo("<img src=x onerror=\"window.__xss=4\">");
        assertThat(page.locator("table.roles img").count()).isZero();
        assertThat(page.evaluate("() => window.__xss === undefined")).isEqualTo(true);

        BrowserHarness.open(page, base + "/statements?text=threats");
        assertThat(page.locator("a.statement-text").textContent()).contains("<b>threats</b>");
        assertThat(page.locator("a.statement-text b").count()).isZero();
        assertThat(page.evaluate("() => window.__xss === undefined")).isEqualTo(true);
    }
}
