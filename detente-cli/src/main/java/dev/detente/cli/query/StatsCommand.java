package dev.detente.cli.query;

import dev.detente.store.LedgerReader;
import dev.detente.store.Rows.StoreStats;
import java.io.PrintStream;
import java.util.List;
import picocli.CommandLine.Command;

/** `detente stats`: what the ledger holds. */
@Command(name = "stats", mixinStandardHelpOptions = true,
        description = "Counts (articles, statements, events, actors), date range, sources, languages, duplicates.")
public final class StatsCommand extends LedgerCommand {
    record Line(String what, Object value) {
    }

    @Override
    protected int query(LedgerReader reader, PrintStream out) {
        StoreStats s = reader.stats();
        if (format == Format.json) {
            Printer.json(out, s);
            return 0;
        }
        List<Line> lines = List.of(new Line("articles", s.articles()), new Line("statements", s.statements()),
                new Line("events", s.events()), new Line("actors", s.actors()), new Line("duplicates", s.duplicates()),
                new Line("first date", s.firstDate()), new Line("last date", s.lastDate()),
                new Line("sources", s.sourceCount() > s.sources().size() ? s.sourceCount() + " (the " + s.sources().size()
                        + " with the most articles: " + String.join(", ", s.sources()) + ")" : s.sources()),
                new Line("languages", s.languages()),
                new Line("undated", s.undatedStatements() + " statements, " + s.undatedEvents() + " events"
                        + (s.undatedStatements() + s.undatedEvents() == 0 ? "" : " (" + s.undatedArticles()
                        + " articles have no publication date and their text gives none; give one with --published)")),
                new Line("dated by publication", s.inferredStatements() + " statements, " + s.inferredEvents()
                        + " events (the text gives no date; shown with ~)"));
        Printer.print(out, format, lines, new Columns<Line>().add("what", Line::what).add("value", Line::value, 300));
        return 0;
    }
}
