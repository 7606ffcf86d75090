package dev.detente.cli;

import dev.detente.cli.query.ActorsCommand;
import dev.detente.cli.query.ChangesCommand;
import dev.detente.cli.query.EventsCommand;
import dev.detente.cli.query.IssuesCommand;
import dev.detente.cli.query.SearchCommand;
import dev.detente.cli.query.StatementsCommand;
import dev.detente.cli.query.StatsCommand;
import dev.detente.cli.query.TimelineCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The `detente` command: one subcommand per job. */
@Command(name = "detente", mixinStandardHelpOptions = true, version = "detente 0.1.0",
        description = "Relations between countries, from the news, as a verified ledger.",
        subcommands = {AnalyzeCommand.class, IngestCommand.class, StatementsCommand.class,
                EventsCommand.class, ActorsCommand.class, TimelineCommand.class, IssuesCommand.class, ChangesCommand.class,
                SearchCommand.class, StatsCommand.class, ServeCommand.class, DemoCommand.class})
public final class Main implements Runnable {

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs a command line and returns its exit code (0 ok, 1 some input failed, 2 usage error). */
    public static int run(String... args) {
        return new CommandLine(new Main()).execute(args);
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }
}
