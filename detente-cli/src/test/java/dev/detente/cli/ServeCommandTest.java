package dev.detente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.detente.server.LedgerServer;
import dev.detente.store.LedgerReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** `serve` and `demo`: what they refuse, where they bind, and that the server answers over a real ledger. */
class ServeCommandTest {
    @TempDir
    static Path dir;
    static Path db;

    @BeforeAll
    static void ingest() throws Exception {
        Path article = dir.resolve("talks.txt");
        Files.writeString(article, "GENEVA, 2 June 2025 - Diplomats from France and Brazil met on Monday to discuss "
                + "a trade agreement. \"We made progress,\" the French trade minister said.");
        db = dir.resolve("ledger.db");
        CliRun run = CliRun.of("ingest", "--db", db.toString(), "--no-progress", article.toString());
        assertThat(run.code()).as(run.err()).isZero();
    }

    @Test
    void serveRefusesAMissingLedger() {
        CliRun run = CliRun.of("serve", "--db", dir.resolve("absent.db").toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("absent.db: no such ledger");
        assertThat(Files.exists(dir.resolve("absent.db"))).isFalse();
    }

    @Test
    void demoRefusesMissingArticles() {
        CliRun run = CliRun.of("demo", dir.resolve("nothing-here").toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("nothing-here: no such file or folder");
    }

    @Test
    void aPortInUseIsAOneLineError() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            CliRun run = CliRun.of("serve", "--db", db.toString(), "--port", Integer.toString(taken.getLocalPort()));
            assertThat(run.code()).isEqualTo(1);
            assertThat(run.err()).startsWith("detente: cannot listen on 127.0.0.1:" + taken.getLocalPort());
            assertThat(run.err().lines().count()).isEqualTo(1);
        }
    }

    @Test
    void servesTheLedgerOnLoopbackByDefault() throws Exception {
        ServeCommand serve = new ServeCommand();
        new CommandLine(serve).parseArgs("--db", db.toString(), "--port", "0");
        assertThat(serve.server.host).isEqualTo("127.0.0.1");
        PrintStream err = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        try (LedgerReader ledger = LedgerReader.open(db); LedgerServer server = serve.server.start(ledger, err)) {
            HttpResponse<String> stats = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + server.port() + "/api/stats")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(stats.statusCode()).isEqualTo(200);
            assertThat(stats.body()).contains("\"articles\":1");
        }
    }
}
