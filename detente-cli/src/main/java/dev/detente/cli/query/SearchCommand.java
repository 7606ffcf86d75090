package dev.detente.cli.query;

import dev.detente.store.LedgerReader;
import dev.detente.store.Rows.ArticleRow;
import dev.detente.store.Rows.Page;
import dev.detente.store.Rows.StatementRow;
import dev.detente.store.sqlite.FtsQuery;
import dev.detente.store.sqlite.SqliteLedgerReader;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** `detente search "text"`: full-text search (bm25, best first among the newest matches) over statements and articles. */
@Command(name = "search", mixinStandardHelpOptions = true, description = "Full-text search over statements and articles, best match first (ranked among the newest 1,000 matches; counts stop at 1,000+).")
public final class SearchCommand extends LedgerCommand {
    @Parameters(arity = "1..*", paramLabel = "QUERY", description = "Words to find, all of them; FTS5 syntax: "
            + "a OR b, a NOT b, \"a phrase\", prefix*, (grouping). Matches are shown in [brackets] (bold on a terminal).")
    List<String> words;

    @Option(names = "--limit", converter = Values.Limit.class,
            description = "At most this many hits of each kind (default: ${DEFAULT-VALUE}).")
    int limit = 20;

    record Hit(String kind, String id, String article, String who, String date, String text) {
    }

    @Override
    protected int query(LedgerReader reader, PrintStream out) {
        String text = String.join(" ", words);
        Page<StatementRow> statements = reader.search(text, 0, limit);
        Page<ArticleRow> articlePage = reader instanceof SqliteLedgerReader sqlite ? sqlite.searchArticles(text, 0, limit) : null;
        List<ArticleRow> articles = articlePage == null ? List.of() : articlePage.items();
        if (format == Format.json) {
            Printer.json(out, Map.of("statements", statements.items(), "articles", articles.stream()
                    .map(a -> new ArticleRow(a.id(), a.url(), a.title(), a.published(), a.outlet(), a.language(),
                            null, a.duplicateOf(), a.statements(), a.events())).toList()));
            return 0;
        }
        FtsQuery query;
        try {
            query = FtsQuery.parse(text);
        } catch (IllegalArgumentException e) {
            System.err.println("detente: search: " + e.getMessage() + "; searched for the words alone");
            query = FtsQuery.lenient(text);
        }
        boolean terminal = format == Format.table && TerminalWidth.isTerminal();
        String open = format != Format.table ? "" : terminal ? "\u001b[1m" : "[";
        String close = format != Format.table ? "" : terminal ? "\u001b[0m" : "]";
        List<Hit> hits = new ArrayList<>();
        for (StatementRow s : statements.items()) {
            hits.add(new Hit("statement", String.valueOf(s.id()), s.articleId(), s.speakerName(), Dates.shown(s.day(), s.dayInferred()),
                    query.highlight(s.text(), open, close)));
        }
        for (ArticleRow a : articles) {
            hits.add(new Hit("article", a.id(), a.id(), a.outlet(), a.published() == null ? "undated" : a.published(),
                    query.highlight(snippet(query, a), open, close)));
        }
        Printer.print(out, format, hits, new Columns<Hit>()
                .add("kind", Hit::kind)
                .add("id", Hit::id, 24)
                .add("article", Hit::article, 24)
                .add("who", Hit::who, 24)
                .add("date", Hit::date)
                .main("text", Hit::text, 110));
        if (format == Format.table) {
            // on stderr, so pipes get rows only; the best matches are ranked among the newest (RankedSearch)
            System.err.printf("(%d of %s matching statements%s, best first among the newest)%n", statements.items().size(),
                    PageNote.total(statements), articlePage == null ? ""
                            : "; " + articles.size() + " of " + PageNote.total(articlePage) + " matching articles");
        }
        return 0;
    }

    /** The words around the article's first match (its title when the match is there or there is none). */
    private static String snippet(FtsQuery query, ArticleRow a) {
        if (a.title() != null && (!query.matches(a.title()).isEmpty() || a.text() == null)) {
            return a.title();
        }
        String text = a.text() == null ? "" : a.text();
        List<int[]> at = query.matches(text);
        int start = at.isEmpty() ? 0 : Math.max(0, at.get(0)[0] - 30);
        while (start > 0 && !Character.isWhitespace(text.charAt(start - 1))) {
            start--;
        }
        int end = Math.min(text.length(), start + 110);
        return (start > 0 ? "…" : "") + text.substring(start, end).strip() + (end < text.length() ? "…" : "");
    }
}
