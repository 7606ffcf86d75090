package dev.detente.knowledge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The knowledge layer of tests: stages and readers are built from a {@link Knowledge} as
 * {@code Pipelines} builds them, never from a constructor that reads the built-in data itself.
 */
public final class TestKnowledge {
    private TestKnowledge() {
    }

    /** The built-in data files only. */
    public static Knowledge builtIn() {
        return Knowledge.builtIn();
    }

    /** The built-in data extended by one user file of {@code yaml}, as {@code --knowledge FILE.yaml} would. */
    public static Knowledge with(String yaml) {
        try {
            Path file = Files.createTempFile("detente-knowledge", ".yaml");
            file.toFile().deleteOnExit();
            Files.writeString(file, yaml);
            return Knowledge.load(List.of(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
