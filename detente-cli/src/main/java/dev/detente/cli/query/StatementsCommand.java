package dev.detente.cli.query;

import dev.detente.store.LedgerQuery;
import dev.detente.store.LedgerReader;
import dev.detente.store.Rows.Page;
import dev.detente.store.Rows.StatementRow;
import java.io.PrintStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** `detente statements`: statements of the ledger, latest first, filtered. */
@Command(name = "statements", mixinStandardHelpOptions = true, description = "List statements (latest first).")
public final class StatementsCommand extends LedgerCommand {
    @Option(names = "--speaker", description = "Speaker name (or part of it).")
    String speaker;
    @Option(names = "--country", converter = Values.Country.class,
            description = "Alpha-3 country of the statement: its speaker's, or one it is about or its stance concerns.")
    String country;
    @Option(names = "--speaker-country", converter = Values.Country.class, description = "Alpha-3 country of the speaker.")
    String speakerCountry;
    @Option(names = "--about", converter = Values.Country.class,
            description = "Alpha-3 country the statement is about (the analysis's 'about' when it gives one, else its stance's "
                    + "countries other than the speaker's).")
    String about;
    @Option(names = "--pair", converter = Values.Pair.class,
            description = "Country pair, e.g. RUS-USA: statements by one side about the other, or with a stance on the pair.")
    String pair;
    @Option(names = "--topic", description = "Issue id, e.g. sanctions.")
    String topic;
    @Option(names = "--kind", converter = Values.StatementKind.class, description = "direct or reported.")
    String kind;
    @Option(names = "--text", description = "Words the statement contains (full-text).")
    String text;
    @Mixin
    FilterOptions filter;

    @Override
    protected int query(LedgerReader reader, PrintStream out) {
        Page<StatementRow> page = reader.statements(new LedgerQuery(speaker, country, pair, topic, kind, null, null,
                filter.from, filter.to, text, filter.offset, filter.limit, speakerCountry, about));
        Printer.print(out, format, page.items(), columns());
        PageNote.print(format, page);
        return 0;
    }

    static Columns<StatementRow> columns() {
        return new Columns<StatementRow>()
                .add("id", StatementRow::id)
                .add("date", s -> Dates.shown(s.day(), s.dayInferred()))
                .add("speaker", StatementRow::speakerName, 24)
                .add("country", StatementRow::speakerCountry)
                .add("about", StatementRow::about, 12)
                .add("kind", s -> s.direct() ? "direct" : "reported")
                .main("text", StatementRow::text, 70)
                .add("stance", StatementRow::stance)
                .add("topics", StatementRow::topics, 24)
                .add("article", StatementRow::articleId, 24)
                .add("start", StatementRow::start)
                .add("end", StatementRow::end)
                .add("sources", StatementRow::sourceArticles, 40);
    }
}
