package dev.detente.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** How many articles the inputs hold, for the progress bar: -1 when it cannot be known cheaply (stdin, URLs). */
final class InputCounter {
    private InputCounter() {
    }

    static long count(List<String> inputs) {
        try {
            return countAll(inputs);
        } catch (RuntimeException e) { // a name that is no path, a folder changing under us
            return -1;
        }
    }

    private static long countAll(List<String> inputs) {
        long total = 0;
        for (String input : inputs) {
            if (input.equals("-") || input.contains("://")) {
                return -1;
            }
            Path p = Path.of(input);
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    total += walk.filter(Files::isRegularFile)
                            .filter(f -> !f.getFileName().toString().startsWith("."))
                            .mapToLong(InputCounter::countFile).sum();
                } catch (IOException e) {
                    return -1;
                }
            } else if (Files.isRegularFile(p)) {
                total += countFile(p);
            }
        }
        return total;
    }

    private static long countFile(Path f) {
        String name = f.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!(name.endsWith(".jsonl") || name.endsWith(".ndjson") || name.endsWith(".json"))) {
            return 1;
        }
        try (BufferedReader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
            return r.lines().filter(l -> !l.isBlank()).count();
        } catch (IOException | java.io.UncheckedIOException e) {
            return 0;
        }
    }
}
