package dev.detente.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/**
 * One browser and one server per test class, a fresh page per test, and no console error or
 * uncaught exception allowed on any page. A subclass starts its server with {@link #serve}.
 */
abstract class BrowserTestSupport {
    static BrowserHarness browser;
    static LedgerServer server;
    static String base;
    List<String> errors;
    Page page;

    @BeforeAll
    static void launchBrowser() {
        browser = BrowserHarness.launch();
    }

    static void serve(LedgerServer started) {
        server = started;
        base = "http://127.0.0.1:" + started.port();
    }

    @AfterAll
    static void closeServerAndBrowser() {
        if (server != null) {
            server.close();
            server = null;
        }
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }

    @BeforeEach
    void newPage() {
        errors = BrowserHarness.errors();
        page = browser.page(errors);
    }

    @AfterEach
    void noConsoleErrors() {
        page.close();
        assertThat(errors).as("console errors and uncaught exceptions").isEmpty();
    }
}
