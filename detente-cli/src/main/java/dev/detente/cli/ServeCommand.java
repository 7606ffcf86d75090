package dev.detente.cli;

import dev.detente.store.LedgerReader;
import java.nio.file.Files;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** `detente serve`: the dashboard and the REST API over a ledger. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the ledger: the dashboard at http://HOST:PORT/, the REST API under /api",
                "(described at /api/openapi.json). Binds to 127.0.0.1 unless --host says otherwise."})
public final class ServeCommand implements Callable<Integer> {
    @Mixin
    LedgerOption ledger;

    @Mixin
    ServerOptions server;

    @Override
    public Integer call() throws InterruptedException {
        if (!Files.isRegularFile(ledger.db())) {
            System.err.println("detente: " + ledger.db() + ": no such ledger (create it with: detente ingest --db "
                    + ledger.db() + " PATH...)");
            return 2;
        }
        return server.serveUntilStopped(
                LedgerReader.pooled(ledger.db(), Math.max(2, Runtime.getRuntime().availableProcessors())), ledger.db().toString(), () -> { });
    }
}
