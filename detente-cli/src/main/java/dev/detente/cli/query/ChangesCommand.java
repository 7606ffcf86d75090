package dev.detente.cli.query;

import dev.detente.store.LedgerReader;
import dev.detente.store.Rows.Change;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** `detente changes --since DATE`: the weeks where a relationship shifted, and what moved it. */
@Command(name = "changes", mixinStandardHelpOptions = true,
        description = "Weeks where relations between a pair shifted since a date, with the items that moved them.")
public final class ChangesCommand extends LedgerCommand {
    @Option(names = "--since", paramLabel = "DATE", converter = Values.FirstDay.class,
            description = "Changes from this date's week on: YYYY, YYYY-MM or YYYY-MM-DD (default: all).")
    LocalDate since;

    @Option(names = "--pair", converter = Values.Pair.class, description = "Only this country pair (default: every pair).")
    String pair;

    @Override
    protected int query(LedgerReader reader, PrintStream out) {
        List<Change> changes = reader.changes(since, pair);
        Printer.print(out, format, changes, new Columns<Change>()
                .add("week", Change::period)
                .add("pair", Change::pair)
                .add("before", Change::before)
                .add("after", Change::after)
                .add("statements", Change::statementIds, 30)
                .add("events", Change::eventIds, 30)
                .main("summary", Change::summary, 120));
        if (format == Format.table && changes.isEmpty()) {
            out.println("(no shift detected" + (since == null ? "" : " since " + since) + ")");
        }
        return 0;
    }
}
