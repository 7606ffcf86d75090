package dev.detente.ingest;

import dev.detente.knowledge.Knowledge;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * WARC and WARC.gz web archives (jwarc): every HTTP response record with status 200 and an HTML
 * payload is one article, read like a saved page with the record's target URL; its id is a hash
 * of that URL. Other responses (images, scripts, redirects, errors) and resource records are
 * reported as skipped with the reason; request, metadata and warcinfo records describe the crawl
 * and are passed over silently. The WARC-Date is the capture time, not the publication date, and
 * is not used as one. A damaged archive fails from the damaged record on; the records before it
 * are kept.
 */
public final class WarcFileReader implements SourceReader {
    /** Record types that describe the crawl, passed over silently ({@code ingest.warc_skipped_types}). */
    private final Set<String> crawlRecords;
    private final HtmlReader html;

    /** Skipped record types and the page reader's lists from {@code knowledge}, so --knowledge files reach them. */
    public WarcFileReader(Knowledge knowledge) {
        this.crawlRecords = knowledge.lexicon().words("ingest.warc_skipped_types");
        this.html = new HtmlReader(knowledge);
    }

    @Override
    public String format() {
        return "warc";
    }

    @Override
    public boolean accepts(String name, byte[] head) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".warc") || lower.endsWith(".warc.gz") || Sniff.start(head).startsWith("warc/");
    }

    @Override
    public void read(String name, InputStream in, IngestListener listener) throws IOException {
        try (WarcReader reader = new WarcReader(in)) {
            int index = 0;
            while (true) {
                Optional<WarcRecord> next;
                try {
                    next = reader.next();
                } catch (IOException | RuntimeException e) {
                    listener.failed(name + "#" + (index + 1), "damaged WARC record: " + reason(e));
                    return;
                }
                if (next.isEmpty()) {
                    if (index == 0) {
                        listener.failed(name, "no WARC records");
                    }
                    return;
                }
                index++;
                record(name + "#" + index, next.get(), listener);
            }
        }
    }

    private void record(String where, WarcRecord record, IngestListener listener) {
        String type = record.type();
        if (crawlRecords.contains(type)) {
            return;
        }
        if (!(record instanceof WarcResponse response)) {
            listener.skipped(where, "WARC " + type + " record, not an HTTP response");
            return;
        }
        String target = response.target();
        try {
            HttpResponse http = response.http();
            if (http.status() != 200) {
                listener.skipped(where + " " + target, "HTTP status " + http.status());
                return;
            }
            MediaType type0 = http.contentType();
            String media = type0 == null ? "" : type0.base().toString().toLowerCase(Locale.ROOT);
            if (!media.equals("text/html") && !media.equals("application/xhtml+xml")) {
                listener.skipped(where + " " + target, "not HTML (" + (media.isEmpty() ? "no content type" : media) + ")");
                return;
            }
            byte[] body = InputLimits.readAtMost(http.bodyDecoded().stream(), InputLimits.MAX_DOCUMENT_BYTES);
            html.read(where + " " + target, body, target, listener);
        } catch (StopReading e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            listener.failed(where + " " + target, "cannot read the HTTP response: " + reason(e));
        }
    }

    static String reason(Throwable e) {
        String m = e.getMessage();
        if (m == null || m.isBlank()) {
            return e.getClass().getSimpleName();
        }
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }
}
