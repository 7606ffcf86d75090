package dev.detente.ingest;

import java.io.IOException;
import java.io.InputStream;

/**
 * One parser per input format (Tika's model): detection looks at the name and the first bytes,
 * then the chosen reader streams articles to the listener.
 */
public interface SourceReader {
    /** A short format name ("text", "jsonl", ...). */
    String format();

    /** Whether this reader handles an input with this name and these first bytes. */
    boolean accepts(String name, byte[] head);

    /** Reads every article of the input; per-record problems go to {@link IngestListener#failed}. */
    void read(String name, InputStream in, IngestListener listener) throws IOException;
}
