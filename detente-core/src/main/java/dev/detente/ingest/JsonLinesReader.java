package dev.detente.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.detente.doc.ArticleMeta;
import dev.detente.knowledge.Knowledge;
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
 * of its URL or text. Each line is judged alone: a broken one (malformed or trailing content, a
 * NUL byte, invalid UTF-8) fails alone and the good lines around it come out; a line over the
 * size limit is skipped unread. Blank lines cost nothing, but more than the size limit of them in
 * a row (a decompression bomb of newlines) stops the file; a file of blank lines only fails.
 */
public final class JsonLinesReader implements SourceReader {
    /** Strict: a line is one JSON value and nothing after it (trailing garbage makes it malformed). */
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    /** A file whose first bytes look binary is given up once this many lines in a row are broken, none good. */
    static final int SUSPECT_GIVE_UP_LINES = 16;
    /** Longest value kept for an unknown field: metadata, not a second copy of the article. */
    static final int MAX_EXTRA_CHARS = 2000;
    /** Field names per article part, in the order tried ({@code ingest.jsonl_fields}, {@code ingest/record-fields.yaml}). */
    private final List<String> idFields;
    private final List<String> textFields;
    private final List<String> titleFields;
    private final List<String> urlFields;
    private final List<String> dateFields;
    private final List<String> authorFields;
    private final List<String> outletFields;
    private final List<String> languageFields;
    private final StructuredDates dates;

    /** Field names from {@code knowledge}'s {@code ingest.jsonl_fields}, so --knowledge files add to them. */
    public JsonLinesReader(Knowledge knowledge) {
        Map<String, String> fields = knowledge.lexicon().table("ingest.jsonl_fields");
        idFields = fields(fields, "id");
        textFields = fields(fields, "text");
        titleFields = fields(fields, "title");
        urlFields = fields(fields, "url");
        dateFields = fields(fields, "date");
        authorFields = fields(fields, "author");
        outletFields = fields(fields, "outlet");
        languageFields = fields(fields, "language");
        dates = StructuredDates.of(knowledge);
    }

    private static List<String> fields(Map<String, String> fields, String part) {
        String names = fields.get(part);
        if (names == null) {
            throw new IllegalStateException("ingest.jsonl_fields has no '" + part + "'");
        }
        return List.of(names.strip().split("\\s+"));
    }

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
        read(name, in, listener, false);
    }

    /** Reads a file whose first bytes look binary: line by line still, but given up if its first lines are all broken. */
    void readSuspect(String name, InputStream in, IngestListener listener) throws IOException {
        read(name, in, listener, true);
    }

    private void read(String name, InputStream in, IngestListener listener, boolean suspect) throws IOException {
        LineState state = new LineState(name, listener, suspect);
        ByteArrayOutputStream line = new ByteArrayOutputStream(1 << 14);
        byte[] buf = new byte[1 << 16];
        boolean tooLong = false;
        boolean blank = true;
        int n;
        while ((n = in.read(buf)) > 0) {
            int from = 0;
            for (int i = 0; i < n; i++) {
                byte b = buf[i];
                if (b == '\n') {
                    if (blank && !tooLong && line.size() == 0) {
                        if (!state.blank(i - from + 1, true)) {
                            return;
                        }
                    } else {
                        if (!tooLong) {
                            line.write(buf, from, i - from);
                        }
                        if (!state.line(line, tooLong)) {
                            return;
                        }
                        line.reset();
                    }
                    tooLong = false;
                    blank = true;
                    from = i + 1;
                } else if (blank && b != ' ' && b != '\t' && b != '\r' && b != '\f') {
                    blank = false;
                }
            }
            if (!tooLong && !blank) {
                line.write(buf, from, n - from);
                if (line.size() > InputLimits.MAX_DOCUMENT_BYTES) {
                    tooLong = true;
                    line.reset();
                }
            } else if (!tooLong) {
                if (!state.blank(n - from, false)) {
                    return;
                }
            }
        }
        if (!blank || tooLong || line.size() > 0) {
            state.line(line, tooLong);
        }
        state.finish();
    }

    /** Where a file's reading is: line numbers, runs of blank bytes, and whether any line was good. */
    private final class LineState {
        private final String name;
        private final IngestListener listener;
        private final boolean suspect;
        private int lineNo;
        private long blankRun;
        private boolean anyRecordLine;
        private boolean anyGood;
        private int brokenInARow;

        LineState(String name, IngestListener listener, boolean suspect) {
            this.name = name;
            this.listener = listener;
            this.suspect = suspect;
        }

        /** Blank bytes (ending a line when they end with a newline); false when the file must stop. */
        boolean blank(int bytes, boolean endsLine) {
            if (endsLine) {
                lineNo++;
            }
            blankRun += bytes;
            if (blankRun > InputLimits.MAX_DOCUMENT_BYTES) {
                listener.failed(name, "more than " + (InputLimits.MAX_DOCUMENT_BYTES >> 20)
                        + " MiB of blank lines in a row near line " + lineNo + ": reading stopped");
                return false;
            }
            return true;
        }

        boolean line(ByteArrayOutputStream bytes, boolean tooLong) {
            lineNo++;
            blankRun = 0;
            anyRecordLine = true;
            boolean good = finishLine(name, lineNo, bytes, tooLong, listener);
            anyGood |= good;
            brokenInARow = good ? 0 : brokenInARow + 1;
            if (suspect && !anyGood && brokenInARow >= SUSPECT_GIVE_UP_LINES) {
                listener.failed(name, "binary content, not JSON Lines (the first " + SUSPECT_GIVE_UP_LINES
                        + " lines are all broken): reading stopped");
                return false;
            }
            return true;
        }

        void finish() {
            if (!anyRecordLine) {
                listener.failed(name, "no records: only blank lines");
            }
        }
    }

    /** Judges one line; true if it held a readable JSON object. */
    private boolean finishLine(String name, int lineNo, ByteArrayOutputStream bytes, boolean tooLong, IngestListener listener) {
        String where = name + ":" + lineNo;
        if (tooLong) {
            listener.failed(where, "line " + new InputLimits.TooLargeException(InputLimits.MAX_DOCUMENT_BYTES).getMessage());
            return false;
        }
        String line = TextDecoding.strictUtf8(bytes.toByteArray());
        if (line == null) {
            listener.failed(where, "invalid UTF-8 (JSON Lines must be UTF-8)");
            return false;
        }
        if (line.indexOf('\0') >= 0) {
            listener.failed(where, "malformed JSON: a NUL byte in the line");
            return false;
        }
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            listener.failed(where, "malformed JSON: " + firstLine(e.getOriginalMessage()));
            return false;
        }
        if (node == null || !node.isObject()) {
            listener.failed(where, "not a JSON object");
            return false;
        }
        record(where, node, listener);
        return true;
    }

    private void record(String where, JsonNode node, IngestListener listener) {
        Set<String> used = new java.util.HashSet<>();
        String text = first(node, textFields, used);
        if (text == null || text.isBlank()) {
            listener.failed(where, "record has no text (looked for " + String.join("/", textFields.subList(0, Math.min(4, textFields.size()))) + ")");
            return;
        }
        ArticleMeta meta = ArticleMeta.empty();
        String url = first(node, urlFields, used);
        if (url != null) {
            meta = meta.withUrl(url, "record");
        }
        String title = first(node, titleFields, used);
        if (title != null && !title.isBlank()) {
            meta = meta.withTitle(title.strip(), "record");
        }
        LocalDate published = date(node, used);
        if (published != null) {
            meta = meta.withPublished(published, "record");
        }
        String author = first(node, authorFields, used);
        if (author != null && !author.isBlank()) {
            meta = meta.withAuthor(author, "record");
        }
        String outlet = first(node, outletFields, used);
        if (outlet != null && !outlet.isBlank()) {
            meta = meta.withOutlet(outlet, "record");
        }
        String language = first(node, languageFields, used);
        String id = first(node, idFields, used);
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

    private LocalDate date(JsonNode node, Set<String> used) {
        for (String field : dateFields) {
            JsonNode v = node.get(field);
            if (v != null && !v.isNull()) {
                used.add(field);
                LocalDate d = dates.parse(v.asText());
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
