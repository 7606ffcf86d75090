package dev.detente.cli.query;

import java.time.LocalDate;
import picocli.CommandLine.Option;

/** Date range and paging shared by the list commands. */
public final class FilterOptions {
    @Option(names = "--from", paramLabel = "DATE", converter = Values.FirstDay.class,
            description = "From this date on (inclusive): YYYY, YYYY-MM or YYYY-MM-DD.")
    LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", converter = Values.LastDay.class,
            description = "Up to this date (inclusive): YYYY, YYYY-MM (the whole month) or YYYY-MM-DD.")
    LocalDate to;

    @Option(names = "--limit", converter = Values.Limit.class,
            description = "At most this many rows, 1 to " + Values.MAX_LIMIT + " (default: ${DEFAULT-VALUE}).")
    int limit = 50;

    @Option(names = "--offset", converter = Values.Offset.class, description = "Skip this many rows first.")
    int offset;
}
