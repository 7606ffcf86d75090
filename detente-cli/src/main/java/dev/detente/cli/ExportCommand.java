package dev.detente.cli;

import dev.detente.store.export.LedgerExport;
import dev.detente.store.sqlite.LedgerException;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** `detente export --format jsonl|csv|parquet --out DIR`: the ledger's tables, with provenance offsets. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write the ledger's articles, statements, events and actors to DIR (one file each), with "
                + "provenance: each item's article id and [start, end) offsets, and every source reporting it.")
public final class ExportCommand implements Callable<Integer> {
    @Mixin
    LedgerOption ledger;

    @Option(names = "--format", description = "jsonl, csv or parquet (default: ${DEFAULT-VALUE}).")
    String format = "jsonl";

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder to write into (created if needed).")
    Path out;

    @Override
    public Integer call() {
        try {
            Map<Path, Long> written = LedgerExport.export(ledger.db(), out, LedgerExport.format(format));
            written.forEach((file, rows) -> System.err.println("detente: " + rows + " rows to " + file));
            return 0;
        } catch (IOException | SQLException | LedgerException | IllegalArgumentException e) {
            System.err.println("detente: export: " + e.getMessage());
            return 1;
        }
    }
}
