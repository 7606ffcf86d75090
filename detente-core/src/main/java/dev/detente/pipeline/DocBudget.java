package dev.detente.pipeline;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * What one document may cost: at most {@code maxChars} characters of text and {@code time} of
 * analysis (CPU time, below). The defaults ({@link #DEFAULT}: 1,000,000 characters, 10 s) are far beyond any real
 * article (a long one is 50,000 characters and a few milliseconds), so only pathological input
 * meets them; such a document fails alone with the reason and the batch goes on.
 *
 * <p>The time is the analysing thread's CPU time where the JVM measures it (else wall time): on a
 * machine loaded by other work a document gets a fraction of a core, and a budget of wall time
 * would fail sound documents there (a seed report took 10 s of wall time at load 9 on two cores,
 * well under one CPU-second). Runaway work, what the budget is for, spends CPU.
 *
 * <p>{@link #run} sets the current thread's deadline; {@link Pipeline} checks it between stages
 * and any stage may call {@link #check()} inside a loop whose cost grows with its input (it is a
 * thread-local read and a clock read). The deadline also ends on interruption, which is how
 * {@link ParallelRunner} abandons a document past its time limit.
 */
public record DocBudget(Duration time, int maxChars) {
    public static final DocBudget DEFAULT = new DocBudget(Duration.ofSeconds(10), 1_000_000);
    private static final ThreadLocal<long[]> DEADLINE = new ThreadLocal<>();
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final boolean CPU_CLOCK = THREADS.isCurrentThreadCpuTimeSupported() && THREADS.isThreadCpuTimeEnabled();

    /** The clock the budget is spent on: the current thread's CPU time, else wall time (nanoseconds). */
    private static long now() {
        return CPU_CLOCK ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
    }

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
        DEADLINE.set(new long[] {now() + time.toNanos(), time.toMillis()});
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
        if (now() - deadline[0] > 0) {
            throw new OverBudget(String.format(java.util.Locale.ROOT,
                    "over the time budget: more than %.1f s%s for one document", deadline[1] / 1000.0, CPU_CLOCK ? " of CPU" : ""));
        }
    }
}
