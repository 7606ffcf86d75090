package dev.detente.ingest;

import dev.detente.doc.ArticleMeta;
import dev.detente.doc.Doc;
import dev.detente.knowledge.Knowledge;
import dev.detente.text.ArticleCleaner;
import dev.detente.text.CleanedArticle;
import dev.detente.text.DateFinder;
import dev.detente.text.NormalizedText;
import dev.detente.text.TextNormalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Turns a read {@link Article} into the pipeline's {@link Doc}: normalises the text, removes the
 * headline and boilerplate lines, and resolves the metadata. The Doc's text is the normalised
 * body only (the headline is in {@code meta.title}); {@link IngestLayers#OFFSET_MAP} maps it back
 * to the article text.
 *
 * <p>Publication date, first found wins: the source's own metadata (HTML meta, JSON-LD, a record
 * field, a feed item date); a "date YYYY-MM-DD" field line; a date line near the top; a dateline
 * that carries a year; a full date in the URL path (year first, else day first: /29-10-2021); a dateline's month and day in the URL's year and
 * month (/2025/03/); the user's {@code --published}. Otherwise
 * null: never today's date or a file time. Outlet: source metadata, then a byline naming an
 * outlet, then the URL host. Thread-safe.
 */
public final class ArticleDocFactory implements Function<Article, Doc> {
    private final TextNormalizer normalizer = new TextNormalizer();
    private final ArticleCleaner cleaner;
    private final DateFinder dates;
    private final Bylines bylines;
    private static final java.util.regex.Pattern REPORTED_FROM = java.util.regex.Pattern.compile("\\s+in\\s+\\p{Lu}.*$");
    private final LocalDate defaultPublished;

    /** Cleaning, dating and bylines with {@code knowledge}'s word lists, so --knowledge files reach them. */
    public ArticleDocFactory(LocalDate defaultPublished, Knowledge knowledge) {
        this.defaultPublished = defaultPublished;
        this.bylines = Bylines.of(knowledge);
        this.cleaner = new ArticleCleaner(knowledge);
        this.dates = new DateFinder(knowledge);
    }

    @Override
    public Doc apply(Article article) {
        NormalizedText normalized = normalizer.normalize(article.text());
        CleanedArticle cleaned = cleaner.clean(normalized, article.meta().title());
        ArticleMeta meta = resolve(article.meta(), cleaned);
        return Doc.of(article.id(), cleaned.body(), meta).with(IngestLayers.OFFSET_MAP, cleaned.map());
    }

    ArticleMeta resolve(ArticleMeta known, CleanedArticle cleaned) {
        ArticleMeta meta = known;
        if (meta.title() == null && cleaned.title() != null) {
            meta = meta.withTitle(cleaned.title(), "headline-line");
        }
        if (meta.url() == null && !cleaned.urls().isEmpty()) {
            meta = meta.withUrl(cleaned.urls().get(0), "url-line");
        }
        if (meta.published() == null) {
            meta = published(meta, cleaned);
        }
        Bylines.Parsed byline = bylines.parse(cleaned.byline());
        if (meta.author() == null && byline.author() != null) {
            meta = meta.withAuthor(byline.author(), "byline");
            if (byline.authorRole() != null) {
                meta = meta.withExtra(ArticleMeta.AUTHOR_ROLE, byline.authorRole());
            }
            if (!byline.coAuthors().isEmpty()) {
                meta = meta.withExtra(ArticleMeta.CO_AUTHORS, String.join(ArticleMeta.CO_AUTHOR_SEPARATOR, byline.coAuthors()));
            }
        }
        String credits = credits(cleaned);
        if (!credits.isEmpty()) {
            meta = meta.withExtra(ArticleMeta.CREDITS, credits);
        }
        if (meta.outlet() == null && byline.outlet() != null) {
            meta = meta.withOutlet(byline.outlet(), "byline");
        }
        if (meta.outlet() == null) {
            String host = bylines.outletFromUrl(meta.url());
            if (host != null) {
                meta = meta.withOutlet(host, "url-host");
            }
        }
        return meta;
    }

    /**
     * The people of the credit lines ("(Reporting by A; Editing by B)"), each field read as a byline of
     * its own: "name=role" pairs, joined; empty when there are none (the byline's author is among them).
     */
    private String credits(CleanedArticle cleaned) {
        List<String> out = new ArrayList<>();
        for (CleanedArticle.ClassifiedLine line : cleaned.lines()) {
            if (line.kind() != dev.detente.text.LineKind.BYLINE) {
                continue;
            }
            for (String field : line.text().replace("(", " ").replace(")", " ").split(";")) {
                // "Reporting by A in Oslo": where the reporter wrote from is no part of the name
                Bylines.Parsed p = bylines.parse(REPORTED_FROM.matcher(field.strip()).replaceFirst(""));
                if (p.author() != null && p.authorRole() != null && !out.contains(p.author() + "=" + p.authorRole())) {
                    out.add(p.author() + "=" + p.authorRole());
                }
            }
        }
        return String.join(ArticleMeta.CO_AUTHOR_SEPARATOR, out);
    }

    private ArticleMeta published(ArticleMeta meta, CleanedArticle cleaned) {
        if (cleaned.fieldDate() != null) {
            return meta.withPublished(cleaned.fieldDate(), "date-line");
        }
        if (cleaned.topDate() != null) {
            return meta.withPublished(cleaned.topDate(), "top-date-line");
        }
        if (cleaned.datelineDate() != null) {
            return meta.withPublished(cleaned.datelineDate(), "dateline");
        }
        LocalDate fromUrl = dates.fromUrl(meta.url());
        if (fromUrl == null) {
            fromUrl = UrlDates.dayFirst(meta.url());
        }
        if (fromUrl != null) {
            return meta.withPublished(fromUrl, "url-path");
        }
        // "BEIJING, March 3 --" under a URL of /2025/03/: the dateline's day in the URL's month
        java.time.YearMonth urlMonth = dates.yearMonthFromUrl(meta.url());
        java.time.MonthDay day = cleaned.datelineMonthDay();
        if (urlMonth != null && day != null && day.getMonthValue() == urlMonth.getMonthValue()
                && urlMonth.isValidDay(day.getDayOfMonth())) {
            return meta.withPublished(urlMonth.atDay(day.getDayOfMonth()), "dateline+url-month");
        }
        if (defaultPublished != null) {
            return meta.withPublished(defaultPublished, "user");
        }
        return meta;
    }
}
