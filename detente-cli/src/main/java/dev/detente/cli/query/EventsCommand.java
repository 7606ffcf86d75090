package dev.detente.cli.query;

import dev.detente.store.LedgerQuery;
import dev.detente.store.LedgerReader;
import dev.detente.store.Rows.EventRow;
import dev.detente.store.Rows.Page;
import java.io.PrintStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** `detente events`: PLOVER events of the ledger, latest first, filtered. */
@Command(name = "events", mixinStandardHelpOptions = true, description = "List events (latest first).")
public final class EventsCommand extends LedgerCommand {
    @Option(names = "--type", converter = Values.EventType.class,
            description = "PLOVER type: AGREE, CONSULT, SUPPORT, CONCEDE, COOPERATE, AID, RETREAT, REQUEST, ACCUSE, REJECT, "
                    + "THREATEN, PROTEST, SANCTION, MOBILIZE, COERCE or ASSAULT.")
    String type;
    @Option(names = "--actor", description = "An actor taking part (id, or name or part of it).")
    String actor;
    @Option(names = "--pair", converter = Values.Pair.class, description = "Country pair, e.g. RUS-USA.")
    String pair;
    @Option(names = "--country", converter = Values.Country.class, description = "Alpha-3 country taking part.")
    String country;
    @Option(names = "--topic", description = "Issue id.")
    String topic;
    @Mixin
    FilterOptions filter;

    @Override
    protected int query(LedgerReader reader, PrintStream out) {
        Page<EventRow> page = reader.events(new LedgerQuery(null, country, pair, topic, null, type, actor,
                filter.from, filter.to, null, filter.offset, filter.limit));
        Printer.print(out, format, page.items(), columns());
        PageNote.print(format, page);
        return 0;
    }

    static Columns<EventRow> columns() {
        return new Columns<EventRow>()
                .add("id", EventRow::id)
                .add("date", e -> Dates.shown(e.day(), e.dayInferred()))
                .add("type", EventRow::type)
                .add("actors", EventRow::actors, 36)
                .add("place", EventRow::place, 20)
                .add("weight", EventRow::weight)
                .add("countries", EventRow::countries)
                .main("evidence", EventRow::evidence, 60)
                .add("article", EventRow::articleId, 24)
                .add("start", EventRow::start)
                .add("end", EventRow::end)
                .add("sources", EventRow::sourceArticles, 40);
    }
}
