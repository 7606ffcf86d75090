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
public final class Main implements Runnable {

    public static void main(String[] args) {
        Stdout.install();
        System.exit(run(args));
    }

    /**
     * Runs a command line and returns its exit code (0 ok, 1 some input failed, 2 usage error).
     * Whatever a command throws is one line on stderr and exit 1; output that could not be written
     * to stdout is exit 1 too.
     */
    public static int run(String... args) {
        CommandLine cli = new CommandLine(new Main());
        cli.setExecutionExceptionHandler((e, command, parsed) -> {
            command.getErr().println("detente: " + command.getCommandName() + ": " + Failures.reason(e));
            return 1;
        });
        int code;
        try {
            code = cli.execute(args);
        } catch (Throwable e) { // an Error (out of memory...) escaping picocli
            System.err.println("detente: " + Failures.reason(e));
            return 1;
        }
        String stdoutError = Stdout.error();
        if (stdoutError != null && code == 0) {
            System.err.println("detente: cannot write to stdout: " + stdoutError);
            return 1;
        }
        return code;
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }
}
