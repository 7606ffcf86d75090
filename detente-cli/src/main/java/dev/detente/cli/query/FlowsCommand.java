package dev.detente.cli.query;

import dev.detente.store.LedgerReader;
import dev.detente.store.Rows.Flow;
import dev.detente.store.Rows.FlowPage;
import dev.detente.store.Rows.TypeCount;
import dev.detente.store.sqlite.Pairs;
import java.io.PrintStream;
import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** `detente flows --pair RUS-USA`: who acts on whom in a pair (what {@code /api/flows} answers). */
@Command(name = "flows", mixinStandardHelpOptions = true,
        description = "Who acts on whom in a country pair: its events by source and target actor, with the count per PLOVER type; "
                + "the flows with the most events first, the rest counted (--limit, --offset page).")
public final class FlowsCommand extends LedgerCommand {
    @Option(names = "--pair", required = true, converter = Values.Pair.class, description = "Country pair, e.g. RUS-USA.")
    String pair;

    @Option(names = "--limit", converter = Values.Limit.class,
            description = "At most this many flows, most events first, 1 to " + Values.MAX_LIMIT + " (default: ${DEFAULT-VALUE}).")
    int limit = DEFAULT_LIMIT;

    @Option(names = "--offset", converter = Values.Offset.class, description = "Skip this many flows first.")
    int offset;

    /** A pair gathers more flows as the ledger grows; the top ones say who acts on whom, the rest is counted. */
    static final int DEFAULT_LIMIT = 25;

    @Override
    protected int query(LedgerReader reader, PrintStream out) {
        FlowPage page = reader.flows(Pairs.normalise(pair), offset, limit);
        List<Flow> flows = page.items();
        if (format == Format.table) {
            note(page);
        }
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
        if (format == Format.table && page.total() == 0) {
            out.println("(no events for " + Pairs.normalise(pair) + ")");
        }
        return 0;
    }

    /** On stderr (pipes get rows only): the events per country direction, and the flows left out. */
    private static void note(FlowPage page) {
        if (!page.directions().isEmpty()) {
            System.err.println("by country: " + page.directions().stream()
                    .map(d -> d.source() + " -> " + d.target() + " " + d.events() + (d.events() == 1 ? " event" : " events"))
                    .collect(Collectors.joining(", ")));
        }
        if (page.items().isEmpty() && page.total() > 0) {
            System.err.printf(java.util.Locale.ROOT, "(%,d %s in all; --offset %d is past the last)%n", page.total(),
                    page.total() == 1 ? "flow" : "flows", page.offset());
        } else if (page.items().size() < page.total()) {
            System.err.printf(java.util.Locale.ROOT, "(%d-%d of %,d flows; %,d more; --offset and --limit page)%n",
                    page.offset() + 1, page.offset() + page.items().size(), page.total(), page.more());
        }
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
