package dev.detente.pipeline;

import java.time.Duration;
import java.util.function.Supplier;

/**
 * What one document may cost: at most {@code maxChars} characters of text and {@code time} of
 * analysis. The defaults ({@link #DEFAULT}: 1,000,000 characters, 10 s) are far beyond any real
 * article (a long one is 50,000 characters and a few milliseconds), so only pathological input
 * meets them; such a document fails alone with the reason and the batch goes on.
 *
 * <p>{@link #run} sets the current thread's deadline; {@link Pipeline} checks it between stages
 * and any stage may call {@link #check()} inside a loop whose cost grows with its input (it is a
 * thread-local read and a clock read). The deadline also ends on interruption, which is how
 * {@link ParallelRunner} abandons a document past its time limit.
 */
public record DocBudget(Duration time, int maxChars) {
    public static final DocBudget DEFAULT = new DocBudget(Duration.ofSeconds(10), 1_000_000);
    private static final ThreadLocal<long[]> DEADLINE = new ThreadLocal<>();

    public DocBudget {
        if (time.isNegative() || time.isZero()) {
            throw new IllegalArgumentException("the time budget per document must be positive, not " + time);
        }
        if (maxChars < 1) {
            throw new IllegalArgumentException("the size budget per document must be at least 1 character, not " + maxChars);
        }
    }

    /** A document that is over its budget; the message is the one-line reason. */
    public static final class OverBudget extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public OverBudget(String message) {
            super(message, null, false, false);
        }
    }

    /** Runs the analysis of one document of {@code chars} characters within this budget. */
    public <T> T run(int chars, Supplier<T> analysis) {
        if (chars > maxChars) {
            throw new OverBudget(String.format(java.util.Locale.ROOT,
                    "over the size budget: %,d characters of text, at most %,d per document", chars, maxChars));
        }
        long[] outer = DEADLINE.get();
        if (outer != null) {
            return analysis.get(); // nested (an analysis inside an analysis): the outer deadline holds
        }
        DEADLINE.set(new long[] {System.nanoTime() + time.toNanos(), time.toMillis()});
        try {
            return analysis.get();
        } finally {
            DEADLINE.remove();
        }
    }

    /** Throws {@link OverBudget} when the current document's time is spent or its thread was interrupted. */
    public static void check() {
        long[] deadline = DEADLINE.get();
        if (deadline == null) {
            return;
        }
        if (Thread.currentThread().isInterrupted()) {
            throw new OverBudget("stopped: over the time limit for one document");
        }
        if (System.nanoTime() - deadline[0] > 0) {
            throw new OverBudget(String.format(java.util.Locale.ROOT,
                    "over the time budget: more than %.1f s for one document", deadline[1] / 1000.0));
        }
    }
}
