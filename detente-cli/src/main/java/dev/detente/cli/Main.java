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
                SearchCommand.class, StatsCommand.class, ExportCommand.class, ServeCommand.class, DemoCommand.class})
public final class Main implements java.util.concurrent.Callable<Integer> {

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs a command line and returns its exit code (0 ok, 1 some input failed, 2 usage error). */
    public static int run(String... args) {
        CommandLine cli = new CommandLine(new Main());
        // a bad option value is one line naming the command, the option and what it allows, exit 2
        cli.setParameterExceptionHandler((e, ignored) -> {
            String command = e.getCommandLine().getCommandName();
            e.getCommandLine().getErr().println((command.equals("detente") ? "detente" : "detente " + command) + ": "
                    + firstLine(e.getMessage()) + " (see --help)");
            return 2;
        });
        cli.setExecutionExceptionHandler((e, commandLine, ignored) -> {
            String command = commandLine.getCommandName();
            boolean usage = e instanceof IllegalArgumentException;
            commandLine.getErr().println("detente " + command + ": " + (usage ? "" : "failed: ") + firstLine(String.valueOf(e.getMessage())));
            return usage ? 2 : 1;
        });
        return cli.execute(args);
    }

    static String firstLine(String message) {
        int nl = message.indexOf('\n');
        return (nl < 0 ? message : message.substring(0, nl)).strip();
    }

    /** Without a command: the help, and exit 2 (a usage error). */
    @Override
    public Integer call() {
        new CommandLine(this).usage(System.err);
        return 2;
    }
}
