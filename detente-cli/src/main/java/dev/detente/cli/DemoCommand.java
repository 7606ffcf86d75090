package dev.detente.cli;

import dev.detente.server.DemoLedger;
import dev.detente.store.LedgerReader;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** `detente demo`: the example articles in a fresh temporary ledger, served. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Ingest the example articles (default: examples/) into a fresh temporary ledger and serve it,",
                "as `detente serve` would. The ledger is deleted when the demo stops."})
public final class DemoCommand implements Callable<Integer> {
    static final String EXAMPLES = "examples";

    @Parameters(arity = "0..*", paramLabel = "PATH", description = "Articles to ingest instead of examples/.")
    List<String> inputs;

    @Mixin
    ServerOptions server;

    @Override
    public Integer call() throws InterruptedException {
        PrintStream err = System.err;
        List<String> sources = inputs == null || inputs.isEmpty() ? List.of(EXAMPLES) : inputs;
        for (String source : sources) {
            if (!source.equals("-") && !Files.exists(Path.of(source))) {
                err.println("detente: " + source + ": no such file or folder"
                        + (source.equals(EXAMPLES) ? " (run the demo from the repository root, or name the articles)" : ""));
                return 2;
            }
        }
        DemoLedger demo = DemoLedger.build(sources, err);
        var report = demo.report();
        err.printf("detente: demo ledger with %d articles (%d duplicates, %d failed) in %s%n",
                report.stored() + report.unchanged(), report.duplicates(), report.failed(), demo.db());
        if (report.stored() == 0) {
            err.println("detente: no article could be ingested from " + String.join(", ", sources));
            demo.delete();
            return 1;
        }
        return server.serveUntilStopped(LedgerReader.open(demo.db()), "the demo ledger", demo::delete);
    }
}
