package dev.detente.cli.query;

import java.time.LocalDate;
import picocli.CommandLine.Option;

/** Date range and paging shared by the list commands. */
public final class FilterOptions {
    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "From this day on (inclusive).")
    LocalDate from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Up to this day (inclusive).")
    LocalDate to;

    @Option(names = "--limit", description = "At most this many rows (default: ${DEFAULT-VALUE}).")
    int limit = 50;

    @Option(names = "--offset", description = "Skip this many rows first.")
    int offset;
}
