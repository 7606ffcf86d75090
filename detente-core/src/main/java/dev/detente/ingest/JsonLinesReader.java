package dev.detente.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.detente.doc.ArticleMeta;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * JSON Lines as news crawlers and APIs export them (news-please, Trafilatura, NewsAPI-like):
 * one article a line. The text is the first of text/maintext/content/body/article/full_text; also
 * read are title/headline, url/link, the publication date (date_publish, published, publishedAt,
 * date...), author(s), outlet (source, site_name, publisher) and language. Every other field is
 * kept, as text, in {@code ArticleMeta.extra}. The id is the record's id field, else a stable hash
 * of its URL or text. A broken line fails alone; a line over the size limit is skipped unread.
 */
public final class JsonLinesReader implements SourceReader {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Longest value kept for an unknown field: metadata, not a second copy of the article. */
    static final int MAX_EXTRA_CHARS = 2000;
    private static final List<String> ID = List.of("id", "_id", "uuid", "guid", "doc_id", "document_id", "article_id");
    private static final List<String> TEXT = List.of("text", "maintext", "content", "body", "article", "full_text",
            "fulltext", "text_content", "article_text", "raw_text");
    private static final List<String> TITLE = List.of("title", "headline", "title_page");
    private static final List<String> URL = List.of("url", "link", "source_url", "canonical_url", "article_url", "uri");
    private static final List<String> DATE = List.of("date_publish", "published", "publishedAt", "published_at",
            "publish_date", "publication_date", "datePublished", "pubDate", "date");
    private static final List<String> AUTHOR = List.of("author", "authors", "byline", "creator");
    private static final List<String> OUTLET = List.of("source", "source_domain", "site_name", "sitename", "publisher", "outlet");
    private static final List<String> LANGUAGE = List.of("language", "lang", "language_code");

    @Override
    public String format() {
        return "jsonl";
    }

    @Override
    public boolean accepts(String name, byte[] head) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".jsonl") || lower.endsWith(".ndjson") || lower.endsWith(".json")
                || Sniff.start(head).startsWith("{");
    }

    @Override
    public void read(String name, InputStream in, IngestListener listener) throws IOException {
        int lineNo = 0;
        ByteArrayOutputStream line = new ByteArrayOutputStream(1 << 14);
        byte[] buf = new byte[1 << 16];
        boolean tooLong = false;
        int n;
        while ((n = in.read(buf)) > 0) {
            int from = 0;
            for (int i = 0; i < n; i++) {
                if (buf[i] == '\n') {
                    if (!tooLong) {
                        line.write(buf, from, i - from);
                    }
                    lineNo++;
                    finishLine(name, lineNo, line, tooLong, listener);
                    line.reset();
                    tooLong = false;
                    from = i + 1;
                }
            }
            if (!tooLong) {
                line.write(buf, from, n - from);
                if (line.size() > InputLimits.MAX_DOCUMENT_BYTES) {
                    tooLong = true;
                    line.reset();
                }
            }
        }
        if (line.size() > 0 || tooLong) {
            finishLine(name, lineNo + 1, line, tooLong, listener);
        }
    }

    private void finishLine(String name, int lineNo, ByteArrayOutputStream bytes, boolean tooLong, IngestListener listener) {
        String where = name + ":" + lineNo;
        if (tooLong) {
            listener.failed(where, "line " + new InputLimits.TooLargeException(InputLimits.MAX_DOCUMENT_BYTES).getMessage());
            return;
        }
        String line = TextDecoding.strictUtf8(bytes.toByteArray());
        if (line == null) {
            listener.failed(where, "invalid UTF-8 (JSON Lines must be UTF-8)");
            return;
        }
        if (line.isBlank()) {
            return;
        }
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            listener.failed(where, "malformed JSON: " + firstLine(e.getOriginalMessage()));
            return;
        }
        if (node == null || !node.isObject()) {
            listener.failed(where, "not a JSON object");
            return;
        }
        record(where, node, listener);
    }

    private void record(String where, JsonNode node, IngestListener listener) {
        Set<String> used = new java.util.HashSet<>();
        String text = first(node, TEXT, used);
        if (text == null || text.isBlank()) {
            listener.failed(where, "record has no text (looked for " + String.join("/", TEXT.subList(0, 4)) + ")");
            return;
        }
        ArticleMeta meta = ArticleMeta.empty();
        String url = first(node, URL, used);
        if (url != null) {
            meta = meta.withUrl(url, "record");
        }
        String title = first(node, TITLE, used);
        if (title != null && !title.isBlank()) {
            meta = meta.withTitle(title.strip(), "record");
        }
        LocalDate published = date(node, used);
        if (published != null) {
            meta = meta.withPublished(published, "record");
        }
        String author = first(node, AUTHOR, used);
        if (author != null && !author.isBlank()) {
            meta = meta.withAuthor(author, "record");
        }
        String outlet = first(node, OUTLET, used);
        if (outlet != null && !outlet.isBlank()) {
            meta = meta.withOutlet(outlet, "record");
        }
        String language = first(node, LANGUAGE, used);
        String id = first(node, ID, used);
        if (id == null || id.isBlank()) {
            id = ArticleIds.stable("doc", url != null ? url : text);
        }
        Map<String, String> extra = new HashMap<>();
        Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> f = fields.next();
            if (!used.contains(f.getKey()) && !f.getValue().isNull()) {
                String v = f.getValue().isValueNode() ? f.getValue().asText() : f.getValue().toString();
                extra.put(f.getKey(), v.length() > MAX_EXTRA_CHARS ? v.substring(0, MAX_EXTRA_CHARS) : v);
            }
        }
        if (language != null) {
            extra.put("declared_language", language);
        }
        meta = new ArticleMeta(meta.url(), meta.title(), meta.published(), meta.outlet(), meta.author(), meta.language(),
                meta.sources(), extra);
        listener.article(new Article(id, text, meta, where));
    }

    private static LocalDate date(JsonNode node, Set<String> used) {
        for (String field : DATE) {
            JsonNode v = node.get(field);
            if (v != null && !v.isNull()) {
                used.add(field);
                LocalDate d = StructuredDates.parse(v.asText());
                if (d != null) {
                    return d;
                }
            }
        }
        return null;
    }

    /** The first of the fields that holds a value: a string, a number, an object's name, or a list joined by ", ". */
    private static String first(JsonNode node, List<String> fields, Set<String> used) {
        for (String field : fields) {
            JsonNode v = node.get(field);
            String s = value(v);
            if (s != null) {
                used.add(field);
                return s;
            }
        }
        return null;
    }

    private static String value(JsonNode v) {
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.isValueNode()) {
            return v.asText();
        }
        if (v.isObject()) {
            return value(v.get("name"));
        }
        if (v.isArray()) {
            StringBuilder b = new StringBuilder();
            for (JsonNode e : v) {
                String s = value(e);
                if (s != null && !s.isBlank()) {
                    b.append(b.length() > 0 ? ", " : "").append(s);
                }
            }
            return b.length() == 0 ? null : b.toString();
        }
        return null;
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "unknown error";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
