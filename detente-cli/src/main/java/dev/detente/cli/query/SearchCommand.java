package dev.detente.cli.query;

import dev.detente.store.LedgerReader;
import dev.detente.store.Rows.ArticleRow;
import dev.detente.store.Rows.Page;
import dev.detente.store.Rows.StatementRow;
import dev.detente.store.sqlite.SqliteLedgerReader;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** `detente search "text"`: full-text search (bm25, best first) over statements and articles. */
@Command(name = "search", mixinStandardHelpOptions = true, description = "Full-text search over statements and articles, best match first.")
public final class SearchCommand extends LedgerCommand {
    @Parameters(arity = "1..*", paramLabel = "WORDS", description = "Words to find (all must occur).")
    List<String> words;

    @Option(names = "--limit", description = "At most this many hits of each kind (default: ${DEFAULT-VALUE}).")
    int limit = 20;

    record Hit(String kind, String id, String article, String who, String date, String text) {
    }

    @Override
    protected int query(LedgerReader reader, PrintStream out) {
        String text = String.join(" ", words);
        Page<StatementRow> statements = reader.search(text, 0, limit);
        List<ArticleRow> articles = reader instanceof SqliteLedgerReader sqlite
                ? sqlite.searchArticles(text, 0, limit).items() : List.of();
        if (format == Format.json) {
            Printer.json(out, Map.of("statements", statements.items(), "articles", articles.stream()
                    .map(a -> new ArticleRow(a.id(), a.url(), a.title(), a.published(), a.outlet(), a.language(),
                            null, a.duplicateOf(), a.statements(), a.events())).toList()));
            return 0;
        }
        List<Hit> hits = new ArrayList<>();
        for (StatementRow s : statements.items()) {
            hits.add(new Hit("statement", String.valueOf(s.id()), s.articleId(), s.speakerName(), s.saidOn(), s.text()));
        }
        for (ArticleRow a : articles) {
            hits.add(new Hit("article", a.id(), a.id(), a.outlet(), a.published(), a.title() != null ? a.title() : snippet(a.text())));
        }
        Printer.print(out, format, hits, new Columns<Hit>()
                .add("kind", Hit::kind)
                .add("id", Hit::id, 24)
                .add("article", Hit::article, 24)
                .add("who", Hit::who, 24)
                .add("date", Hit::date)
                .add("text", Hit::text, 80));
        return 0;
    }

    private static String snippet(String text) {
        return text == null ? "" : text.length() <= 80 ? text : text.substring(0, 80);
    }
}
