package dev.detente.pipeline;

/**
 * How much to write: {@code explain} adds, for each item, the rule that found it and why;
 * {@code text} adds the analysed text itself (the normalised body every offset points into).
 */
public record OutputOptions(boolean explain, boolean text) {
    public static final OutputOptions DEFAULT = new OutputOptions(false, false);

    public OutputOptions(boolean explain) {
        this(explain, false);
    }
}
