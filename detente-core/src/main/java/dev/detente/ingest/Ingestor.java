package dev.detente.ingest;

import dev.detente.knowledge.Knowledge;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.EnumSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
    private final HtmlReader html;

    private Ingestor(List<SourceReader> readers, HtmlReader html, UrlFetcher fetcher) {
        this.readers = List.copyOf(readers);
        this.html = html;
        this.fetcher = fetcher;
    }

    /**
     * Every reader, each with {@code knowledge}'s lists (JSON Lines field names, skipped WARC record
     * types, byline and host words): the pipeline's one Knowledge ({@code Analyzer.knowledge()}), so
     * --knowledge files reach ingest too.
     */
    public static Ingestor standard(Knowledge knowledge) {
        HtmlReader html = new HtmlReader(knowledge);
        return new Ingestor(List.of(new WarcFileReader(knowledge), new FeedReader(knowledge), html,
                new JsonLinesReader(knowledge), new PlainTextReader()), html, new UrlFetcher());
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
            Path path;
            try {
                path = Path.of(input);
            } catch (java.nio.file.InvalidPathException e) {
                listener.failed(input, "not a valid path: " + e.getReason());
                continue;
            }
            if (Files.isDirectory(path)) {
                readFolder(path, listener);
            } else if (Files.exists(path)) {
                readFile(path, listener); // a file, or a pipe or device (read as a stream)
            } else if (Files.isSymbolicLink(path)) {
                listener.failed(input, "broken symbolic link (its target does not exist)");
            } else {
                listener.failed(input, "no such file or folder");
            }
        }
    }

    /**
     * Reads a folder's regular files, in name order, following symbolic links; a link that leads
     * back into a folder being read (a loop) is skipped with the reason.
     */
    private void readFolder(Path folder, IngestListener listener) {
        List<Path> files = new ArrayList<>();
        try {
            Files.walkFileTree(folder, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                    new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                            return dir.equals(folder) || !hiddenBelow(folder, dir) ? FileVisitResult.CONTINUE
                                    : FileVisitResult.SKIP_SUBTREE;
                        }

                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                            if (attrs.isRegularFile() && !hiddenBelow(folder, file)) {
                                files.add(file);
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path file, IOException e) {
                            if (e instanceof FileSystemLoopException) {
                                listener.skipped(file.toString(), "symbolic link loop (leads back to "
                                        + "a folder being read), not followed");
                            } else if (!hiddenBelow(folder, file)) {
                                listener.failed(file.toString(), "cannot read: " + WarcFileReader.reason(e));
                            }
                            return FileVisitResult.CONTINUE;
                        }
                    });
        } catch (IOException | RuntimeException e) {
            listener.failed(folder.toString(), "cannot list folder: " + WarcFileReader.reason(e));
        }
        files.sort(null);
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
            listener.failed(file.toString(), "cannot read: " + reason(e));
        }
    }

    private static String reason(IOException e) {
        if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        return WarcFileReader.reason(e);
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
            if (binary && reader instanceof JsonLinesReader jsonl) {
                jsonl.readSuspect(name, in, listener); // judged line by line: a NUL byte spoils its line only
                return;
            }
            if (binary && !(reader instanceof WarcFileReader)) {
                listener.failed(name, "binary content, not text");
                return;
            }
            if (reader == null) {
                listener.skipped(name, "unrecognised format");
                return;
            }
            reader.read(name, in, listener);
        } catch (StopReading e) {
            throw e;
        } catch (EOFException | ZipException e) {
            listener.failed(name, (gzip ? "truncated or corrupt gzip: " : "truncated input: ") + WarcFileReader.reason(e));
        } catch (IOException | RuntimeException e) {
            listener.failed(name, WarcFileReader.reason(e));
        }
    }

    /**
     * A gzip file is read as what it holds, detected by its name without ".gz"; messages and
     * origins keep the full name. Limits count decompressed bytes (the readers see only those).
     */
    private void readGzip(String name, InputStream in, IngestListener listener) throws IOException {
        String inner = innerName(name);
        GZIPInputStream gz = new GZIPInputStream(in, 1 << 16);
        try (BufferedInputStream unzipped = new BufferedInputStream(gz, 1 << 16)) {
            byte[] head = head(unzipped);
            if (head.length == 0) {
                listener.failed(name, "empty file (after gunzip)");
                return;
            }
            SourceReader reader = detect(inner, head);
            boolean binary = TextDecoding.looksBinary(head, head.length);
            if (binary && reader instanceof JsonLinesReader jsonl) {
                jsonl.readSuspect(name, unzipped, listener);
                return;
            }
            if (reader == null || binary && !(reader instanceof WarcFileReader)) {
                listener.failed(name, reader == null ? "unrecognised format inside gzip" : "binary content inside gzip, not text");
                return;
            }
            reader.read(name, unzipped, listener);
        }
    }

    /** The name without a final ".gz", which names the format inside. */
    static String innerName(String name) {
        return name.toLowerCase(Locale.ROOT).endsWith(".gz") ? name.substring(0, name.length() - 3) : name;
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
