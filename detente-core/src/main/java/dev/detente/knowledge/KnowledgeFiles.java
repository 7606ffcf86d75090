package dev.detente.knowledge;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The built-in data files, as listed in {@code dev/detente/knowledge/files.txt} (one name a line,
 * relative to that folder or an absolute resource path). */
final class KnowledgeFiles {
    private static final String INDEX = "/dev/detente/knowledge/files.txt";

    private KnowledgeFiles() {
    }

    static List<String> builtInNames() {
        try (InputStream in = KnowledgeFiles.class.getResourceAsStream(INDEX)) {
            if (in == null) {
                throw new IllegalStateException("built-in knowledge index missing: " + INDEX);
            }
            List<String> names = new ArrayList<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                String t = line.strip();
                if (!t.isEmpty() && !t.startsWith("#")) {
                    names.add(t);
                }
            }
            return List.copyOf(names);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + INDEX + ": " + e.getMessage(), e);
        }
    }
}
