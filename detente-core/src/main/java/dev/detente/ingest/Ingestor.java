package dev.detente.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads inputs (files, folders recursively, "-" for stdin) by detecting each one's format and
 * handing it to the matching {@link SourceReader}. Streams: articles reach the listener one by one.
 */
public final class Ingestor {
    private static final int HEAD_BYTES = 4096;
    private final List<SourceReader> readers;

    public Ingestor(List<SourceReader> readers) {
        this.readers = List.copyOf(readers);
    }

    public static Ingestor standard() {
        return new Ingestor(List.of(new JsonLinesReader(), new PlainTextReader()));
    }

    public void read(List<String> inputs, IngestListener listener) {
        for (String input : inputs) {
            if (input.equals("-")) {
                readStream("<stdin>", System.in, listener);
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
            walk.filter(Files::isRegularFile).sorted().forEach(files::add);
        } catch (IOException e) {
            listener.failed(folder.toString(), "cannot list folder: " + e.getMessage());
        }
        for (Path f : files) {
            String name = f.getFileName().toString();
            if (name.startsWith(".")) {
                continue;
            }
            readFile(f, listener);
        }
    }

    private void readFile(Path file, IngestListener listener) {
        try (InputStream in = Files.newInputStream(file)) {
            readStream(file.toString(), in, listener);
        } catch (IOException e) {
            listener.failed(file.toString(), "cannot read: " + e.getMessage());
        }
    }

    private void readStream(String name, InputStream raw, IngestListener listener) {
        try (BufferedInputStream in = new BufferedInputStream(raw, 1 << 16)) {
            in.mark(HEAD_BYTES);
            byte[] head = in.readNBytes(HEAD_BYTES);
            in.reset();
            SourceReader reader = detect(name, head);
            if (reader == null) {
                listener.skipped(name, "unrecognised format");
                return;
            }
            reader.read(name, in, listener);
        } catch (IOException | RuntimeException e) {
            listener.failed(name, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
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
