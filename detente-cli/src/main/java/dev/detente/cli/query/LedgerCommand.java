package dev.detente.cli.query;

import dev.detente.cli.LedgerOption;
import dev.detente.store.LedgerReader;
import dev.detente.store.sqlite.LedgerException;
import java.io.PrintStream;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** A command answering from the ledger: opens it, prints in the chosen format, one-line errors. */
public abstract class LedgerCommand implements Callable<Integer> {
    @Mixin
    protected LedgerOption ledger;

    @Option(names = "--format", description = "table, json or csv (default: ${DEFAULT-VALUE}).")
    protected Format format = Format.table;

    @Override
    public final Integer call() {
        try (LedgerReader reader = LedgerReader.open(ledger.db())) {
            return query(reader, System.out);
        } catch (LedgerException e) {
            System.err.println("detente: " + name() + ": " + e.getMessage());
            return 1;
        } catch (IllegalArgumentException e) {
            System.err.println("detente: " + name() + ": " + e.getMessage());
            return 2; // a value the options could not check alone (e.g. a search query's syntax)
        }
    }

    private String name() {
        return getClass().getAnnotation(picocli.CommandLine.Command.class).name();
    }

    protected abstract int query(LedgerReader reader, PrintStream out);
}
