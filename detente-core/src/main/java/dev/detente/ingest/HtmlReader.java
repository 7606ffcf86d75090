package dev.detente.ingest;

import dev.detente.knowledge.Knowledge;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Set;

/** A saved web page (.html, .htm, or content that starts like HTML) is one article. */
public final class HtmlReader implements SourceReader {
    private final HtmlArticleExtractor extractor;
    private final HtmlNesting nesting;
    private final Set<String> windows1252Labels;

    /** Pages read with {@code knowledge}'s lists (its HTML lexicon, the bylines' and titles' host prefixes). */
    public HtmlReader(Knowledge knowledge) {
        HtmlLexicon lexicon = HtmlLexicon.of(knowledge);
        this.extractor = new HtmlArticleExtractor(knowledge);
        this.nesting = new HtmlNesting(lexicon);
        this.windows1252Labels = lexicon.section("windows-1252-labels");
    }

    @Override
    public String format() {
        return "html";
    }

    @Override
    public boolean accepts(String name, byte[] head) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".html") || lower.endsWith(".htm") || lower.endsWith(".xhtml")) {
            return true;
        }
        String start = Sniff.start(head);
        return start.startsWith("<!doctype html") || start.startsWith("<html") || start.startsWith("<head")
                || start.startsWith("<?xml") && start.contains("<html");
    }

    @Override
    public void read(String name, InputStream in, IngestListener listener) throws IOException {
        read(name, InputLimits.readAtMost(in, InputLimits.MAX_DOCUMENT_BYTES), UrlFetcher.isUrl(name) ? name : null, listener);
    }

    /** Reads one page's bytes; {@code url} is where it came from (a fetch, a WARC record), or null. */
    void read(String name, byte[] bytes, String url, IngestListener listener) {
        String html = nesting.bound(TextDecoding.decodeHtml(bytes, windows1252Labels).text());
        HtmlArticleExtractor.Extracted page = extractor.extract(html, url);
        String id = url != null ? ArticleIds.stable("web", url) : PlainTextReader.idFromName(name);
        if (page.text().isBlank()) {
            String reason = "no article text in the page (only scripts, markup or navigation)";
            if (page.meta().title() != null || page.meta().published() != null) {
                listener.metadataOnly(new Article(id, "", page.meta(), name), reason);
            } else {
                listener.failed(name, reason);
            }
            return;
        }
        listener.article(new Article(id, page.text(), page.meta(), name));
    }
}
