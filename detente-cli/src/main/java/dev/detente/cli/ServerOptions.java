package dev.detente.cli;

import dev.detente.server.LedgerServer;
import dev.detente.store.LedgerReader;
import java.io.PrintStream;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Option;

/** Where `serve` and `demo` listen, and how they run until stopped. */
public final class ServerOptions {
    @Option(names = "--port", description = "Port to listen on (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port = 8080;

    @Option(names = "--host", paramLabel = "H",
            description = "Address to bind (default: ${DEFAULT-VALUE}, this machine only).")
    String host = LedgerServer.DEFAULT_HOST;

    /** Starts the server; a port in use or a bad address is a one-line error, not a stack trace. */
    LedgerServer start(LedgerReader ledger, PrintStream err) {
        try {
            return LedgerServer.start(ledger, host, port);
        } catch (RuntimeException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            err.println("detente: cannot listen on " + host + ":" + port + ": " + cause.getMessage());
            return null;
        }
    }

    /** Serves until the process is stopped (Ctrl-C), then closes the server and the ledger and runs {@code cleanup}. */
    int serveUntilStopped(LedgerReader ledger, String what, Runnable cleanup) throws InterruptedException {
        PrintStream err = System.err;
        LedgerServer server = start(ledger, err);
        if (server == null) {
            ledger.close();
            cleanup.run();
            return 1;
        }
        String shown = host.contains(":") ? "[" + host + "]" : host;
        err.println("detente: serving " + what + " at http://" + shown + ":" + server.port() + "/ (Ctrl-C to stop)");
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            ledger.close();
            cleanup.run();
            stopped.countDown();
        }, "detente-stop"));
        stopped.await();
        return 0;
    }
}
