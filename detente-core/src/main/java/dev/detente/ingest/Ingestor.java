package dev.detente.ingest;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Reads inputs — files, folders (recursively, hidden files left out), "-" for stdin, http(s) URLs
 * of pages or feeds — by detecting each one's format from its name and first bytes and handing it
 * to the matching {@link SourceReader}: WARC, RSS/Atom, HTML, JSON Lines, plain text. Gzip files
 * are decompressed on the fly (a .warc.gz goes to the WARC reader as is). Empty and binary inputs
 * fail with the reason. Streams: articles reach the listener one by one; nothing thrown by one
 * input stops the others.
 */
public final class Ingestor {
    private static final int HEAD_BYTES = 8192;
    private final List<SourceReader> readers;
    private final UrlFetcher fetcher;
    private final HtmlReader html = new HtmlReader();

    public Ingestor(List<SourceReader> readers, UrlFetcher fetcher) {
        this.readers = List.copyOf(readers);
        this.fetcher = fetcher;
    }

    public static Ingestor standard() {
        return new Ingestor(List.of(new WarcFileReader(), new FeedReader(), new HtmlReader(), new JsonLinesReader(),
                new PlainTextReader()), new UrlFetcher());
    }

    public void read(List<String> inputs, IngestListener listener) {
        for (String input : inputs) {
            if (input.equals("-")) {
                readStream("<stdin>", System.in, listener);
                continue;
            }
            if (UrlFetcher.isUrl(input)) {
                readUrl(input, listener);
                continue;
            }
            Path path = Path.of(input);
            if (Files.isDirectory(path)) {
                readFolder(path, listener);
            } else if (Files.isRegularFile(path)) {
                readFile(path, listener);
            } else {
                listener.failed(input, "no such file or folder");
            }
        }
    }

    private void readFolder(Path folder, IngestListener listener) {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.filter(Files::isRegularFile)
                    .filter(f -> !hiddenBelow(folder, f))
                    .sorted()
                    .forEach(files::add);
        } catch (IOException | RuntimeException e) {
            listener.failed(folder.toString(), "cannot list folder: " + WarcFileReader.reason(e));
        }
        for (Path f : files) {
            readFile(f, listener);
        }
    }

    /** A dot-file, or a file inside a dot-folder, below {@code folder} (the folder's own path may hold "..") */
    private static boolean hiddenBelow(Path folder, Path file) {
        for (Path name : folder.relativize(file)) {
            if (name.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private void readFile(Path file, IngestListener listener) {
        try (InputStream in = Files.newInputStream(file)) {
            readStream(file.toString(), in, listener);
        } catch (IOException e) {
            listener.failed(file.toString(), "cannot read: " + WarcFileReader.reason(e));
        }
    }

    private void readUrl(String url, IngestListener listener) {
        UrlFetcher.Fetched page;
        try {
            page = fetcher.fetch(url);
        } catch (IOException | RuntimeException e) {
            listener.failed(url, "cannot fetch: " + WarcFileReader.reason(e));
            return;
        }
        if (page.contentType().equals("text/html") || page.contentType().equals("application/xhtml+xml")) {
            html.read(url, page.body(), page.url(), listener);
        } else {
            readStream(page.url(), new ByteArrayInputStream(page.body()), listener);
        }
    }

    /** Reads one input stream of any supported format; every failure is reported, never thrown. */
    public void readStream(String name, InputStream raw, IngestListener listener) {
        boolean gzip = false;
        try (BufferedInputStream in = new BufferedInputStream(raw, 1 << 16)) {
            byte[] head = head(in);
            if (head.length == 0) {
                listener.failed(name, "empty file");
                return;
            }
            String lower = name.toLowerCase(Locale.ROOT);
            if (Sniff.isGzip(head) && !lower.endsWith(".warc.gz")) {
                gzip = true;
                readGzip(name, in, listener);
                return;
            }
            SourceReader reader = detect(name, head);
            boolean binary = TextDecoding.looksBinary(head, head.length) && !Sniff.isGzip(head);
            if (binary && !(reader instanceof WarcFileReader)) {
                listener.failed(name, "binary content, not text");
                return;
            }
            if (reader == null) {
                listener.skipped(name, "unrecognised format");
                return;
            }
            reader.read(name, in, listener);
        } catch (EOFException | ZipException e) {
            listener.failed(name, (gzip ? "truncated or corrupt gzip: " : "truncated input: ") + WarcFileReader.reason(e));
        } catch (IOException | RuntimeException e) {
            listener.failed(name, WarcFileReader.reason(e));
        }
    }

    private void readGzip(String name, InputStream in, IngestListener listener) throws IOException {
        String inner = name.toLowerCase(Locale.ROOT).endsWith(".gz") ? name.substring(0, name.length() - 3) : name;
        GZIPInputStream gz = new GZIPInputStream(in, 1 << 16);
        try (BufferedInputStream unzipped = new BufferedInputStream(gz, 1 << 16)) {
            byte[] head = head(unzipped);
            if (head.length == 0) {
                listener.failed(name, "empty file (after gunzip)");
                return;
            }
            SourceReader reader = detect(inner, head);
            if (reader == null || TextDecoding.looksBinary(head, head.length) && !(reader instanceof WarcFileReader)) {
                listener.failed(name, reader == null ? "unrecognised format inside gzip" : "binary content inside gzip, not text");
                return;
            }
            reader.read(inner, unzipped, listener);
        }
    }

    private static byte[] head(BufferedInputStream in) throws IOException {
        in.mark(HEAD_BYTES);
        byte[] head = in.readNBytes(HEAD_BYTES);
        in.reset();
        return head;
    }

    SourceReader detect(String name, byte[] head) {
        for (SourceReader r : readers) {
            if (r.accepts(name, head)) {
                return r;
            }
        }
        return null;
    }
}
