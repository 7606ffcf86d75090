package dev.detente.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.detente.doc.ArticleMeta;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/** JSON Lines of {"id", "url", "text"} records: one article a line; a broken line fails alone. */
public final class JsonLinesReader implements SourceReader {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public String format() {
        return "jsonl";
    }

    @Override
    public boolean accepts(String name, byte[] head) {
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        return lower.endsWith(".jsonl") || lower.endsWith(".ndjson") || lower.endsWith(".json");
    }

    @Override
    public void read(String name, InputStream in, IngestListener listener) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        int lineNo = 0;
        while ((line = reader.readLine()) != null) {
            lineNo++;
            if (line.isBlank()) {
                continue;
            }
            String where = name + ":" + lineNo;
            try {
                JsonNode node = JSON.readTree(line);
                if (!node.isObject()) {
                    listener.failed(where, "not a JSON object");
                    continue;
                }
                String id = text(node, "id");
                String text = text(node, "text");
                if (id == null) {
                    listener.failed(where, "record has no id");
                    continue;
                }
                if (text == null) {
                    listener.failed(where, "record " + id + " has no text");
                    continue;
                }
                ArticleMeta meta = ArticleMeta.empty();
                String url = text(node, "url");
                if (url != null) {
                    meta = meta.withUrl(url, "record");
                }
                listener.article(new Article(id, text, meta, where));
            } catch (IOException e) {
                listener.failed(where, "malformed JSON: " + firstLine(e.getMessage()));
            }
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "unknown error";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
