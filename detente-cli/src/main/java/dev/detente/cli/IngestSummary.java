package dev.detente.cli;

import dev.detente.ingest.Names;
import java.io.PrintStream;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts what an analyze run read, skipped and failed, prints one line per problem and a summary
 * at the end (stderr), and, when asked, a progress line that rewrites itself at most every
 * {@value #PROGRESS_EVERY_MS} ms. Thread-safe.
 */
final class IngestSummary {
    static final long PROGRESS_EVERY_MS = 500;
    private final PrintStream err;
    private final boolean progress;
    private final AtomicLong read = new AtomicLong();
    private final AtomicLong analysed = new AtomicLong();
    private final AtomicLong skipped = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private final long started = System.nanoTime();
    private volatile long lastProgress;

    IngestSummary(PrintStream err, boolean progress) {
        this.err = err;
        this.progress = progress;
    }

    /**
     * Whether the run is interactive: a console attached to a terminal. Java 21 returns no console
     * when redirected; newer JDKs return one and say through isTerminal() (looked up reflectively
     * since we compile for 21).
     */
    static boolean interactive() {
        return dev.detente.cli.query.TerminalWidth.isTerminal();
    }

    void read() {
        read.incrementAndGet();
    }

    void analysed() {
        analysed.incrementAndGet();
        if (progress) {
            long now = System.nanoTime() / 1_000_000;
            if (now - lastProgress >= PROGRESS_EVERY_MS) {
                lastProgress = now;
                double s = (System.nanoTime() - started) / 1e9;
                synchronized (err) {
                    err.printf("\rdetente: %d analysed, %d skipped, %d failed (%.0f docs/s)   ",
                            analysed.get(), skipped.get(), failed.get(), analysed.get() / Math.max(s, 1e-3));
                }
            }
        }
    }

    void failed(String input, String reason) {
        failed.incrementAndGet();
        line("detente: " + Names.printable(input) + ": " + Names.printable(reason));
    }

    void skipped(String input, String reason) {
        skipped.incrementAndGet();
        line("detente: skipped " + Names.printable(input) + ": " + Names.printable(reason));
    }

    /** A remark on an input that was analysed (e.g. its language). */
    void note(String input, String remark) {
        line("detente: note: " + Names.printable(input) + ": " + Names.printable(remark));
    }

    private void line(String text) {
        synchronized (err) {
            err.println(progress ? "\r" + text : text);
        }
    }

    void finish() {
        synchronized (err) {
            if (progress) {
                err.print("\r");
            }
            err.printf("detente: %d read, %d skipped, %d failed%n", read.get(), skipped.get(), failed.get());
        }
    }

    long analysedCount() {
        return analysed.get();
    }

    long failedCount() {
        return failed.get();
    }
}
