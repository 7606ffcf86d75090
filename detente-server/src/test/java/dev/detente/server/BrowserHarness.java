package dev.detente.server;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One Debian Chromium driven by Playwright for a whole test class. Playwright never downloads a
 * browser here; without /usr/bin/chromium the tests are skipped, not failed.
 */
final class BrowserHarness implements AutoCloseable {
    static final Path CHROMIUM = Paths.get(System.getProperty("detente.chromium", "/usr/bin/chromium"));
    static final Path SCREENSHOTS = Paths.get("target", "screenshots");

    private final Playwright playwright;
    private final Browser browser;

    private BrowserHarness(Playwright playwright, Browser browser) {
        this.playwright = playwright;
        this.browser = browser;
    }

    static BrowserHarness launch() {
        assumeTrue(Files.isExecutable(CHROMIUM), "no Chromium at " + CHROMIUM + ": browser tests skipped");
        Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM)
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--disable-dev-shm-usage")));
        return new BrowserHarness(playwright, browser);
    }

    /** A fresh page that records console errors and uncaught exceptions into {@code errors}. */
    Page page(List<String> errors) {
        Page page = browser.newPage(new Browser.NewPageOptions().setViewportSize(1280, 900));
        page.onConsoleMessage(m -> {
            if (m.type().equals("error")) {
                errors.add(m.text() + " at " + m.location());
            }
        });
        page.onPageError(errors::add);
        page.setDefaultTimeout(10_000);
        return page;
    }

    /** Opens a page and waits until the dashboard script has rendered it. */
    static void open(Page page, String url) {
        page.navigate(url);
        page.waitForSelector("body[data-ready=true]");
    }

    static void screenshot(Page page, String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
    }

    static List<String> errors() {
        return new ArrayList<>();
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
