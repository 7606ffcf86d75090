package dev.detente.cli;

import dev.detente.cli.query.ActorsCommand;
import dev.detente.cli.query.ChangesCommand;
import dev.detente.cli.query.EventsCommand;
import dev.detente.cli.query.FlowsCommand;
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
                EventsCommand.class, ActorsCommand.class, TimelineCommand.class, IssuesCommand.class, FlowsCommand.class, ChangesCommand.class,
                SearchCommand.class, StatsCommand.class, ExportCommand.class, ServeCommand.class, DemoCommand.class})
public final class Main implements java.util.concurrent.Callable<Integer> {

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
        // a bad option value is one line naming the command, the option and what it allows, exit 2
        cli.setParameterExceptionHandler((e, ignored) -> {
            String command = e.getCommandLine().getCommandName();
            e.getCommandLine().getErr().println((command.equals("detente") ? "detente" : "detente: " + command) + ": "
                    + firstLine(e.getMessage()) + " (see --help)");
            return 2;
        });
        // a bad value found while running is a usage error (exit 2); any other failure one line, exit 1
        cli.setExecutionExceptionHandler((e, commandLine, ignored) -> {
            String command = commandLine.getCommandName();
            if (e instanceof IllegalArgumentException) {
                commandLine.getErr().println("detente: " + command + ": " + firstLine(String.valueOf(e.getMessage())));
                return 2;
            }
            commandLine.getErr().println("detente: " + command + ": " + Failures.reason(e));
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
