package dev.detente.ingest;

import dev.detente.doc.ArticleMeta;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

/**
 * A text or Markdown file (.txt, .md, .text, .markdown, or a name without extension) is one
 * article; its id is the file name without the extension. Encoding: BOM, else UTF-8 if valid,
 * else windows-1252 ({@link TextDecoding}).
 */
public final class PlainTextReader implements SourceReader {
    @Override
    public String format() {
        return "text";
    }

    @Override
    public boolean accepts(String name, byte[] head) {
        String lower = name.toLowerCase(Locale.ROOT);
        String base = lower.substring(lower.lastIndexOf('/') + 1);
        return lower.endsWith(".txt") || lower.endsWith(".md") || lower.endsWith(".text") || lower.endsWith(".markdown")
                || !base.contains(".") || name.equals("<stdin>");
    }

    @Override
    public void read(String name, InputStream in, IngestListener listener) throws IOException {
        byte[] bytes = InputLimits.readAtMost(in, InputLimits.MAX_DOCUMENT_BYTES);
        String text = TextDecoding.decode(bytes).text();
        if (text.isBlank()) {
            listener.failed(name, "empty: no text");
            return;
        }
        listener.article(new Article(idFromName(name), text, ArticleMeta.empty(), name));
    }

    static String idFromName(String name) {
        if (name.equals("<stdin>")) {
            return "stdin";
        }
        String base = Ingestor.innerName(name).replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1);
        int dot = base.lastIndexOf('.');
        return dot > 0 ? base.substring(0, dot) : base;
    }
}
