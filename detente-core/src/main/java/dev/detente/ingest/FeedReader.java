package dev.detente.ingest;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import dev.detente.doc.ArticleMeta;
import dev.detente.knowledge.Knowledge;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;

/**
 * RSS and Atom feeds (Rome): each item is one article, its text from the item's content (else
 * its description/summary, HTML reduced to paragraphs), with its link, title, author, publication
 * date (the item's published date, never its updated date) and the feed's title as outlet. The id
 * is a hash of the item's guid/link. Items without text are skipped with the reason. DOCTYPEs are
 * refused (no entity expansion from untrusted feeds).
 */
public final class FeedReader implements SourceReader {
    private final HtmlArticleExtractor extractor;

    /** Items' HTML read with {@code knowledge}'s lists. */
    public FeedReader(Knowledge knowledge) {
        this.extractor = new HtmlArticleExtractor(knowledge);
    }

    @Override
    public String format() {
        return "feed";
    }

    @Override
    public boolean accepts(String name, byte[] head) {
        String lower = name.toLowerCase(Locale.ROOT);
        String start = Sniff.start(head);
        return lower.endsWith(".rss") || lower.endsWith(".atom")
                || start.contains("<rss") || start.contains("<feed") || start.contains("<rdf:rdf");
    }

    @Override
    public void read(String name, InputStream in, IngestListener listener) throws IOException {
        byte[] bytes = InputLimits.readAtMost(in, InputLimits.MAX_DOCUMENT_BYTES);
        SyndFeed feed;
        try {
            SyndFeedInput input = new SyndFeedInput();
            input.setAllowDoctypes(false);
            feed = input.build(new XmlReader(new ByteArrayInputStream(bytes)));
        } catch (FeedException | IllegalArgumentException e) {
            listener.failed(name, "not a valid RSS/Atom feed: " + WarcFileReader.reason(e));
            return;
        }
        String outlet = feed.getTitle() == null || feed.getTitle().isBlank() ? null : feed.getTitle().strip();
        int index = 0;
        for (SyndEntry entry : feed.getEntries()) {
            index++;
            item(name + "#" + index, entry, outlet, listener);
        }
        if (index == 0) {
            listener.skipped(name, "feed has no items");
        }
    }

    private void item(String where, SyndEntry entry, String outlet, IngestListener listener) {
        String html = null;
        for (SyndContent c : entry.getContents()) {
            if (c.getValue() != null && !c.getValue().isBlank()) {
                html = c.getValue();
                break;
            }
        }
        if (html == null && entry.getDescription() != null) {
            html = entry.getDescription().getValue();
        }
        String link = entry.getLink();
        String text = html == null ? "" : extractor.extract("<html><body>" + html + "</body></html>", link).text();
        if (text.isBlank()) {
            listener.skipped(where, "feed item without text");
            return;
        }
        ArticleMeta meta = ArticleMeta.empty();
        if (link != null && !link.isBlank()) {
            meta = meta.withUrl(link.strip(), "feed");
        }
        if (entry.getTitle() != null && !entry.getTitle().isBlank()) {
            meta = meta.withTitle(entry.getTitle().strip(), "feed");
        }
        if (entry.getPublishedDate() != null) {
            meta = meta.withPublished(LocalDate.ofInstant(entry.getPublishedDate().toInstant(), ZoneOffset.UTC), "feed");
        }
        if (entry.getAuthor() != null && !entry.getAuthor().isBlank()) {
            meta = meta.withAuthor(entry.getAuthor().strip(), "feed");
        }
        if (outlet != null) {
            meta = meta.withOutlet(outlet, "feed");
        }
        String key = entry.getUri() != null && !entry.getUri().isBlank() ? entry.getUri() : link != null ? link : text;
        listener.article(new Article(ArticleIds.stable("feed", key), text, meta, where));
    }
}
