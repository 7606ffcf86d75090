package dev.detente.cli.query;

import dev.detente.store.LedgerReader;
import dev.detente.store.Rows.Change;
import dev.detente.store.Rows.Page;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** `detente changes --since DATE`: the weeks where a relationship shifted, and what moved it. */
@Command(name = "changes", mixinStandardHelpOptions = true,
        description = "Weeks where relations between a pair shifted since a date, with the items that moved them; "
                + "newest first, the total counted (--limit, --offset page).")
public final class ChangesCommand extends LedgerCommand {
    @Option(names = "--since", paramLabel = "DATE", converter = Values.FirstDay.class,
            description = "Changes from this date's week on: YYYY, YYYY-MM or YYYY-MM-DD (default: all).")
    LocalDate since;

    @Option(names = "--pair", converter = Values.Pair.class, description = "Only this country pair (default: every pair).")
    String pair;

    @Option(names = "--limit", converter = Values.Limit.class,
            description = "At most this many changes, newest first, 1 to " + Values.MAX_LIMIT + " (default: ${DEFAULT-VALUE}).")
    int limit = 50;

    @Option(names = "--offset", converter = Values.Offset.class, description = "Skip this many changes first.")
    int offset;

    @Override
    protected int query(LedgerReader reader, PrintStream out) {
        Page<Change> page = reader.changes(since, pair, offset, limit);
        List<Change> changes = page.items();
        Printer.print(out, format, changes, new Columns<Change>()
                .add("week", Change::period)
                .add("pair", Change::pair)
                .add("before", Change::before)
                .add("after", Change::after)
                .add("confidence", c -> c.confidence().name().toLowerCase(Locale.ROOT))
                .add("statements", Change::statementIds, 30)
                .add("events", Change::eventIds, 30)
                .main("summary", Change::summary, 120));
        PageNote.print(format, page);
        if (format == Format.table && page.total() == 0) {
            out.println("(no shift detected" + (since == null ? "" : " since " + since) + ")");
        }
        return 0;
    }
}
