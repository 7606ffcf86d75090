package dev.detente.cli.query;

import dev.detente.store.LedgerReader;
import dev.detente.store.Rows.EventRow;
import dev.detente.store.Rows.IssueRow;
import dev.detente.store.Rows.StatementRow;
import dev.detente.store.sqlite.Pairs;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** `detente issues --pair RUS-USA`: each issue of a pair with its trend and latest statements and events. */
@Command(name = "issues", mixinStandardHelpOptions = true,
        description = "The issues between a country pair: trend, latest statements and events of each.")
public final class IssuesCommand extends LedgerCommand {
    @Option(names = "--pair", required = true, converter = Values.Pair.class, description = "Country pair, e.g. RUS-USA.")
    String pair;

    /** One line of the flat (table/CSV) view: an item of an issue. */
    record IssueItem(String issue, String label, String status, String trend, String kind, long id, String date, String who,
                     String text) {
    }

    @Override
    protected int query(LedgerReader reader, PrintStream out) {
        List<IssueRow> issues = reader.issues(Pairs.normalise(pair));
        if (format == Format.json) {
            Printer.json(out, issues);
            return 0;
        }
        List<IssueItem> items = new ArrayList<>();
        for (IssueRow i : issues) {
            for (StatementRow s : i.latestStatements()) {
                items.add(new IssueItem(i.issue(), i.label(), i.status(), i.trend(), "statement", s.id(),
                        Dates.shown(s.day(), s.dayInferred()), s.speakerName(), s.text()));
            }
            for (EventRow e : i.latestEvents()) {
                items.add(new IssueItem(i.issue(), i.label(), i.status(), i.trend(), "event " + e.type(), e.id(),
                        Dates.shown(e.day(), e.dayInferred()), String.join(", ", e.actors()), e.evidence()));
            }
        }
        Columns<IssueItem> columns = new Columns<IssueItem>()
                .add("issue", IssueItem::label, 24)
                .add("status", IssueItem::status)
                .add("trend", IssueItem::trend)
                .add("item", IssueItem::kind)
                .add("id", IssueItem::id)
                .add("date", IssueItem::date)
                .add("who", IssueItem::who, 28)
                .main("text", IssueItem::text, 70);
        Printer.print(out, format, items, columns);
        if (format == Format.table) {
            for (IssueRow i : issues) {
                System.err.println(i.label() + ": " + i.status() + " (" + i.evidence() + ")");
            }
        }
        if (format == Format.table && issues.isEmpty()) {
            out.println("(no statements or events tagged with an issue for " + Pairs.normalise(pair) + ")");
        }
        return 0;
    }
}
