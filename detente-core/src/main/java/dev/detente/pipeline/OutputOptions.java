package dev.detente.pipeline;

/** How much to write: {@code explain} adds, for each item, the rule that found it and why. */
public record OutputOptions(boolean explain) {
    public static final OutputOptions DEFAULT = new OutputOptions(false);
}
