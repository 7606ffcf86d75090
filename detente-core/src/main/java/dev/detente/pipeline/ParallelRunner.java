package dev.detente.pipeline;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Streams items through a function on all cores and hands results to a consumer in input order.
 * A bounded window of in-flight items keeps memory flat whatever the corpus size.
 */
public final class ParallelRunner<I, O> implements AutoCloseable {
    private static final Object END = new Object();
    private final ExecutorService workers;
    private final BlockingQueue<Object> inFlight;
    private final Function<I, O> work;
    private final Thread drainer;
    private volatile Throwable consumerFailure;

    public ParallelRunner(int threads, Function<I, O> work, Consumer<O> consumer) {
        this.workers = Executors.newFixedThreadPool(Math.max(1, threads), r -> {
            Thread t = new Thread(r, "detente-worker");
            t.setDaemon(true);
            return t;
        });
        this.inFlight = new ArrayBlockingQueue<>(Math.max(4, threads * 8));
        this.work = work;
        this.drainer = new Thread(() -> drain(consumer), "detente-output");
        this.drainer.setDaemon(true);
        this.drainer.start();
    }

    public static int defaultThreads() {
        return Runtime.getRuntime().availableProcessors();
    }

    /** Queues one item; blocks while the window is full (back-pressure on the reader). */
    public void submit(I item) {
        Future<O> f = workers.submit(() -> work.apply(item));
        try {
            inFlight.put(f);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    @SuppressWarnings("unchecked")
    private void drain(Consumer<O> consumer) {
        try {
            while (true) {
                Object next = inFlight.take();
                if (next == END) {
                    return;
                }
                try {
                    consumer.accept(((Future<O>) next).get());
                } catch (ExecutionException e) {
                    throw new IllegalStateException(e.getCause());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Throwable t) {
            consumerFailure = t;
            inFlight.clear();
        }
    }

    /** Waits for every queued item to reach the consumer. */
    @Override
    public void close() {
        try {
            if (consumerFailure == null) {
                inFlight.put(END);
            }
            drainer.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            workers.shutdownNow();
        }
        if (consumerFailure != null) {
            throw new IllegalStateException("processing failed: " + consumerFailure.getMessage(), consumerFailure);
        }
    }
}
