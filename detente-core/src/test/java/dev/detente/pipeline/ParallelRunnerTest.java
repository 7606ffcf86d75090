package dev.detente.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The runner keeps input order and never hangs: a writer failure stops it, a work failure is one item's result. */
class ParallelRunnerTest {
    private static final Duration NO_HANG = Duration.ofSeconds(20);

    @Test
    void resultsComeInInputOrder() {
        List<Integer> out = new CopyOnWriteArrayList<>();
        try (var runner = new ParallelRunner<Integer, Integer>(3, i -> i * 2, out::add)) {
            IntStream.range(0, 500).forEach(runner::submit);
        }
        assertThat(out).containsExactlyElementsOf(IntStream.range(0, 500).map(i -> i * 2).boxed().toList());
    }

    @Test
    void aFailingWriterStopsTheRunWithItsReasonInsteadOfHanging() {
        assertTimeoutPreemptively(NO_HANG, () -> assertThatThrownBy(() -> {
            try (var runner = new ParallelRunner<Integer, Integer>(2, i -> i, i -> {
                if (i == 3) {
                    throw new IllegalStateException("writing to the ledger failed: disk full");
                }
            })) {
                for (int i = 0; i < 10_000; i++) {
                    runner.submit(i);
                }
            }
        }).isInstanceOf(ParallelRunner.Failed.class).hasMessage("writing to the ledger failed: disk full"));
    }

    @Test
    void aWriterOutOfMemoryStopsTheRunToo() {
        assertTimeoutPreemptively(NO_HANG, () -> assertThatThrownBy(() -> {
            try (var runner = new ParallelRunner<Integer, Integer>(2, i -> i, i -> {
                throw new OutOfMemoryError("Java heap space");
            })) {
                for (int i = 0; i < 1000; i++) {
                    runner.submit(i);
                }
            }
        }).isInstanceOf(ParallelRunner.Failed.class).hasMessage("out of memory"));
    }

    @Test
    void aWorkFailureIsThatItemsResultAndTheBatchGoesOn() {
        List<String> out = new CopyOnWriteArrayList<>();
        assertTimeoutPreemptively(NO_HANG, () -> {
            try (var runner = new ParallelRunner<Integer, String>(2, i -> {
                if (i == 2) {
                    throw new OutOfMemoryError("Java heap space");
                }
                if (i == 4) {
                    throw new IllegalArgumentException("bad item");
                }
                return "ok " + i;
            }, out::add, (item, reason) -> "failed " + item + ": " + reason, null)) {
                IntStream.range(0, 6).forEach(runner::submit);
            }
        });
        assertThat(out).containsExactly("ok 0", "ok 1", "failed 2: out of memory", "ok 3", "failed 4: bad item", "ok 5");
    }

    @Test
    void anItemPastTheTimeLimitIsAbandonedAndTheOthersGoOn() {
        List<String> out = new CopyOnWriteArrayList<>();
        assertTimeoutPreemptively(NO_HANG, () -> {
            try (var runner = new ParallelRunner<Integer, String>(1, i -> {
                if (i == 1) {
                    long spin = 0;
                    while (!Thread.currentThread().isInterrupted() || spin < 0) {
                        spin++; // a stage that never checks its budget
                    }
                }
                return "ok " + i;
            }, out::add, (item, reason) -> "failed " + item + ": " + reason, Duration.ofMillis(300))) {
                IntStream.range(0, 4).forEach(runner::submit);
            }
        });
        assertThat(out).hasSize(4);
        assertThat(out.get(0)).isEqualTo("ok 0");
        assertThat(out.get(1)).startsWith("failed 1: no result after");
        assertThat(out.subList(2, 4)).containsExactly("ok 2", "ok 3");
    }

    @Test
    void theReasonIsOneLine() {
        assertThat(ParallelRunner.reason(new IllegalStateException("first\nsecond"))).isEqualTo("first");
        assertThat(ParallelRunner.reason(new NullPointerException())).isEqualTo("NullPointerException");
        assertThat(ParallelRunner.reason(new StackOverflowError())).contains("nested too deeply");
    }
}
