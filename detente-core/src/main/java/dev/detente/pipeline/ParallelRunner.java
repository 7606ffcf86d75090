package dev.detente.pipeline;

import dev.detente.ingest.StopReading;
import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Streams items through a function on worker threads and hands results to one consumer thread in
 * input order. A bounded window of in-flight items keeps memory flat whatever the corpus size.
 *
 * <p>It never hangs: a failure of the consumer (the writer) stops the run at once — every waiting
 * {@link #submit} and {@link #close} throws {@link Failed} with the cause in one line. A failure of
 * the work on one item (an exception, an out-of-memory error) is handed to the consumer as that
 * item's result through {@link ItemFailure} when one is given (else it stops the run too). An item
 * still running after the item time limit is abandoned: its thread is interrupted (which ends a
 * {@link DocBudget}), the consumer gets the failure, and a fresh worker takes the stuck one's place
 * until it returns, so the batch goes on.
 */
public final class ParallelRunner<I, O> implements AutoCloseable {
    private static final long POLL_MILLIS = 100;
    private final ThreadPoolExecutor workers;
    private final BlockingQueue<Slot<I, O>> inFlight;
    private final Function<I, O> work;
    private final ItemFailure<I, O> onItemFailure;
    private final long itemTimeoutNanos;
    private final Thread drainer;
    private final Slot<I, O> end = new Slot<>(null);
    private volatile Throwable failure;

    /** Turns an item whose work failed (the reason in one line) into the result the consumer gets. */
    @FunctionalInterface
    public interface ItemFailure<I, O> {
        O failed(I item, String reason);
    }

    /** The run stopped: the consumer or the work failed. The message is the cause in one line. */
    public static final class Failed extends StopReading {
        private static final long serialVersionUID = 1L;

        Failed(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** One item in the window; {@code state} settles the race between its end and its abandonment. */
    private static final class Slot<I, O> {
        static final int WAITING = 0;
        static final int RUNNING = 1;
        static final int DONE = 2;
        static final int ABANDONED = 3;
        final I item;
        final AtomicInteger state = new AtomicInteger(WAITING);
        volatile long startNanos;
        Future<O> result;

        Slot(I item) {
            this.item = item;
        }
    }

    /** Any failure stops the run; no time limit per item. */
    public ParallelRunner(int threads, Function<I, O> work, Consumer<O> consumer) {
        this(threads, work, consumer, null, null);
    }

    /**
     * @param onItemFailure turns one item's failure into its result (null: an item failure stops the run)
     * @param itemTimeout   how long one item may run before it is abandoned (null: no limit)
     */
    public ParallelRunner(int threads, Function<I, O> work, Consumer<O> consumer, ItemFailure<I, O> onItemFailure,
                          Duration itemTimeout) {
        int n = Math.max(1, threads);
        this.workers = new ThreadPoolExecutor(n, n, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
            Thread t = new Thread(r, "detente-worker");
            t.setDaemon(true);
            return t;
        });
        this.inFlight = new ArrayBlockingQueue<>(Math.max(4, n * 8));
        this.work = work;
        this.onItemFailure = onItemFailure;
        this.itemTimeoutNanos = itemTimeout == null ? 0 : itemTimeout.toNanos();
        this.drainer = new Thread(() -> drain(consumer), "detente-output");
        this.drainer.setDaemon(true);
        this.drainer.start();
    }

    /**
     * The wall-time limit per item for analyses within {@code budget} (CPU time): far past it, so the
     * budget's own check ends a runaway analysis first and a loaded machine, where a document gets a
     * fraction of a core, does not; the limit is for work that never reaches a check.
     */
    public static Duration itemTimeout(DocBudget budget) {
        return budget.time().multipliedBy(6).plusSeconds(30);
    }

    public static int defaultThreads() {
        return Runtime.getRuntime().availableProcessors();
    }

    /** Queues one item; blocks while the window is full (back-pressure on the reader). */
    public void submit(I item) {
        checkFailed();
        Slot<I, O> slot = new Slot<>(item);
        try {
            slot.result = workers.submit(() -> run(slot));
        } catch (RejectedExecutionException e) {
            checkFailed();
            throw new Failed("the workers have stopped", e);
        }
        put(slot);
    }

    private O run(Slot<I, O> slot) {
        slot.startNanos = System.nanoTime();
        if (!slot.state.compareAndSet(Slot.WAITING, Slot.RUNNING)) {
            return null;
        }
        try {
            return work.apply(slot.item);
        } finally {
            if (!slot.state.compareAndSet(Slot.RUNNING, Slot.DONE)) {
                resize(-1); // it was abandoned: the extra worker that replaced it can go
            }
        }
    }

    private void put(Slot<I, O> slot) {
        try {
            while (!inFlight.offer(slot, POLL_MILLIS, TimeUnit.MILLISECONDS)) {
                checkFailed();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Failed("interrupted", e);
        }
    }

    private void checkFailed() {
        Throwable t = failure;
        if (t != null) {
            throw new Failed(reason(t), t);
        }
    }

    private void drain(Consumer<O> consumer) {
        try {
            while (true) {
                Slot<I, O> next = inFlight.take();
                if (next == end) {
                    return;
                }
                consumer.accept(await(next));
            }
        } catch (Throwable t) {
            failure = t;
            inFlight.clear();
            workers.shutdownNow();
        }
    }

    /** The item's result, or its failure as a result; abandons it past the time limit. */
    private O await(Slot<I, O> slot) throws InterruptedException {
        while (true) {
            try {
                return slot.result.get(POLL_MILLIS, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                if (itemTimeoutNanos > 0 && slot.state.get() == Slot.RUNNING
                        && System.nanoTime() - slot.startNanos > itemTimeoutNanos
                        && slot.state.compareAndSet(Slot.RUNNING, Slot.ABANDONED)) {
                    resize(+1);
                    slot.result.cancel(true);
                    return itemFailed(slot, new TimeoutException(String.format(java.util.Locale.ROOT,
                            "no result after %.0f s (over the time limit for one document); abandoned",
                            itemTimeoutNanos / 1e9)));
                }
            } catch (ExecutionException e) {
                return itemFailed(slot, e.getCause());
            } catch (CancellationException e) {
                return itemFailed(slot, e);
            }
        }
    }

    private O itemFailed(Slot<I, O> slot, Throwable cause) {
        if (onItemFailure == null) {
            throw new IllegalStateException(reason(cause), cause);
        }
        return onItemFailure.failed(slot.item, reason(cause));
    }

    /** Grows the pool by one for each abandoned item still running, and shrinks it back as they return. */
    private synchronized void resize(int delta) {
        int size = workers.getCorePoolSize() + delta;
        if (size < 1) {
            return;
        }
        if (delta > 0) {
            workers.setMaximumPoolSize(size);
            workers.setCorePoolSize(size);
        } else {
            workers.setCorePoolSize(size);
            workers.setMaximumPoolSize(size);
        }
    }

    /** One line for a failure: its message (first line), or what it is when it has none. */
    public static String reason(Throwable t) {
        if (t instanceof OutOfMemoryError) {
            return "out of memory";
        }
        if (t instanceof StackOverflowError) {
            return "input nested too deeply (stack overflow)";
        }
        String m = t.getMessage();
        if ((t instanceof IllegalStateException || t instanceof Failed) && t.getCause() != null
                && m != null && m.equals(t.getCause().toString())) {
            return reason(t.getCause());
        }
        if (m == null || m.isBlank()) {
            return t.getCause() != null ? reason(t.getCause()) : t.getClass().getSimpleName();
        }
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }

    /** Waits for every queued item to reach the consumer; throws {@link Failed} if the run stopped. */
    @Override
    public void close() {
        try {
            if (failure == null) {
                put(end);
                while (drainer.isAlive()) {
                    drainer.join(POLL_MILLIS);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Failed("interrupted", e);
        } catch (Failed e) {
            // reported below
        } finally {
            workers.shutdownNow();
        }
        checkFailed();
    }
}
