package dev.detente.cli.query;

import dev.detente.store.LedgerReader;
import dev.detente.store.Rows.Flow;
import dev.detente.store.Rows.TypeCount;
import dev.detente.store.sqlite.Pairs;
import java.io.PrintStream;
import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** `detente flows --pair RUS-USA`: who acts on whom in a pair (what {@code /api/flows} answers). */
@Command(name = "flows", mixinStandardHelpOptions = true,
        description = "Who acts on whom in a country pair: its events by source and target actor, with the count per PLOVER type.")
public final class FlowsCommand extends LedgerCommand {
    @Option(names = "--pair", required = true, converter = Values.Pair.class, description = "Country pair, e.g. RUS-USA.")
    String pair;

    @Override
    protected int query(LedgerReader reader, PrintStream out) {
        List<Flow> flows = reader.flows(Pairs.normalise(pair));
        if (format == Format.json) {
            Printer.json(out, flows);
            return 0;
        }
        Printer.print(out, format, flows, new Columns<Flow>()
                .add("source", Flow::source, 24)
                .add("from", f -> side(f.sourceName(), f.sourceCountry()), 28)
                .add("target", Flow::target, 24)
                .add("to", f -> side(f.targetName(), f.targetCountry()), 28)
                .add("events", Flow::events)
                .main("types", f -> types(f.types()), 60));
        if (format == Format.table && flows.isEmpty()) {
            out.println("(no events for " + Pairs.normalise(pair) + ")");
        }
        return 0;
    }

    /** "Vladimir Putin (RUS)"; "unknown" when the event names no actor on that side. */
    private static String side(String name, String country) {
        if (name == null) {
            return country == null ? "unknown" : country;
        }
        return country == null ? name : name + " (" + country + ")";
    }

    /** "ACCUSE 3, CONSULT 1": most events first. */
    private static String types(List<TypeCount> types) {
        return types.stream().map(t -> t.type() + " " + t.events()).collect(Collectors.joining(", "));
    }
}
