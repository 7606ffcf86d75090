package dev.detente.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;

/**
 * The job's inputs as files, in the order `detente ingest` reads them: the inputs as given, a
 * folder's files recursively in path order, hidden ones (a name starting with "." or, Hadoop's
 * convention for metadata such as _SUCCESS, "_") left out. An input that is a Parquet file, or a
 * folder holding Parquet files, is one article table. Any Hadoop path works (file:, hdfs:, s3a:...).
 */
final class InputFiles {
    /** One file to read with the ingest readers, or one Parquet article table; {@code index} orders them. */
    record Input(int index, String path, boolean parquet) implements java.io.Serializable {
    }

    /** An input that does not exist or cannot be listed. */
    record Missing(String input, String reason) {
    }

    record Listing(List<Input> inputs, List<Missing> missing) {
    }

    private InputFiles() {
    }

    static Listing list(List<String> inputs, Configuration conf) {
        List<Input> out = new ArrayList<>();
        List<Missing> missing = new ArrayList<>();
        for (String input : inputs) {
            try {
                Path p = new Path(input);
                FileSystem fs = p.getFileSystem(conf);
                if (!fs.exists(p)) {
                    missing.add(new Missing(input, "no such file or folder"));
                    continue;
                }
                FileStatus status = fs.getFileStatus(p);
                Path qualified = status.getPath();
                if (status.isFile()) {
                    out.add(new Input(out.size(), qualified.toString(), isParquet(qualified.getName())));
                    continue;
                }
                List<Path> files = new ArrayList<>();
                RemoteIterator<LocatedFileStatus> it = fs.listFiles(qualified, true);
                while (it.hasNext()) {
                    Path f = it.next().getPath();
                    if (!hiddenBelow(qualified, f)) {
                        files.add(f);
                    }
                }
                files.sort(Comparator.comparing(Path::toString));
                if (files.stream().anyMatch(f -> isParquet(f.getName()))) {
                    out.add(new Input(out.size(), qualified.toString(), true));
                } else {
                    files.forEach(f -> out.add(new Input(out.size(), f.toString(), false)));
                }
            } catch (IOException | IllegalArgumentException e) {
                missing.add(new Missing(input, "cannot list: " + e.getMessage()));
            } catch (UncheckedIOException e) {
                missing.add(new Missing(input, "cannot list: " + e.getCause().getMessage()));
            }
        }
        return new Listing(out, missing);
    }

    static boolean isParquet(String name) {
        return name.toLowerCase(Locale.ROOT).endsWith(".parquet");
    }

    private static boolean hiddenBelow(Path folder, Path file) {
        String base = folder.toUri().getPath();
        String rel = file.toUri().getPath();
        rel = rel.startsWith(base) ? rel.substring(base.length()) : file.getName();
        for (String name : rel.split("/")) {
            if (name.startsWith(".") || name.startsWith("_")) {
                return true;
            }
        }
        return false;
    }
}
