package dev.detente.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The `detente` command: one subcommand per job. */
@Command(name = "detente", mixinStandardHelpOptions = true, version = "detente 0.1.0",
        description = "Relations between countries, from the news, as a verified ledger.",
        subcommands = {AnalyzeCommand.class, IngestCommand.class})
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
