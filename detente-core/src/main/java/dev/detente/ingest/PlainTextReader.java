package dev.detente.ingest;

import dev.detente.doc.ArticleMeta;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** A .txt (or .md) file is one article; its id is the file name without the extension. */
public final class PlainTextReader implements SourceReader {
    @Override
    public String format() {
        return "text";
    }

    @Override
    public boolean accepts(String name, byte[] head) {
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        return lower.endsWith(".txt") || lower.endsWith(".md") || lower.endsWith(".text");
    }

    @Override
    public void read(String name, InputStream in, IngestListener listener) throws IOException {
        String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        listener.article(new Article(idFromName(name), text, ArticleMeta.empty(), name));
    }

    static String idFromName(String name) {
        String base = name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1);
        int dot = base.lastIndexOf('.');
        return dot > 0 ? base.substring(0, dot) : base;
    }
}
