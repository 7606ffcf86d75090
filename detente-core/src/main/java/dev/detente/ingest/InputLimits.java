package dev.detente.ingest;

import java.io.IOException;
import java.io.InputStream;

/**
 * Size limits on what is read into memory. One article (a text or HTML file, a JSON line, a WARC
 * record, a fetched page or feed) may be at most {@link #MAX_DOCUMENT_BYTES} (16 MiB): real news
 * articles are a few hundred kilobytes at most, so anything larger is not an article and is
 * reported instead of exhausting memory. Multi-article files (JSON Lines, WARC) stream and have no
 * total limit.
 */
public final class InputLimits {
    public static final int MAX_DOCUMENT_BYTES = 16 * 1024 * 1024;

    private InputLimits() {
    }

    /** Thrown when an input is over the limit; the message is the one-line reason. */
    public static final class TooLargeException extends IOException {
        public TooLargeException(long limit) {
            super("larger than the " + (limit / (1024 * 1024)) + " MiB limit for one article");
        }
    }

    /** Reads the whole stream, failing once it passes {@code limit} bytes. */
    public static byte[] readAtMost(InputStream in, int limit) throws IOException {
        byte[] bytes = in.readNBytes(limit + 1);
        if (bytes.length > limit) {
            throw new TooLargeException(limit);
        }
        return bytes;
    }
}
