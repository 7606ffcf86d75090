package dev.detente.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The ledger file option shared by the ledger commands. */
public final class LedgerOption {
    @Option(names = "--db", paramLabel = "FILE", description = "The ledger (SQLite file; default: ${DEFAULT-VALUE}).")
    Path db = Path.of("detente.db");

    public Path db() {
        return db;
    }
}
