package dev.detente.knowledge;

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
}
