package io.hypecheck.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class OrderedTest {

    @Test
    void givesResultsBackInInputOrderWhateverOrderTheyFinishIn() {
        // given
        List<Integer> inputs = IntStream.range(0, 200).boxed().toList();

        // when
        List<Integer> out = Ordered.map(inputs, 3, i -> {
            sleep((i * 7919) % 3);
            return i * 2;
        });

        // then
        assertThat(out).isEqualTo(inputs.stream().map(i -> i * 2).toList());
    }

    @Test
    void startsNoMoreWorkThanTheWindowWhileTheOldestTaskIsUnfinished() {
        // given
        int threads = 2;
        int window = threads * Ordered.PER_THREAD;
        AtomicInteger started = new AtomicInteger();
        int[] seenByFirst = new int[1];

        // when
        Ordered.map(IntStream.range(0, 100).boxed().toList(), threads, i -> {
            started.incrementAndGet();
            if (i == 0) {
                for (int waited = 0; waited < 2000 && started.get() < window; waited += 10) {
                    sleep(10);
                }
                sleep(50);
                seenByFirst[0] = started.get();
            }
            return i;
        });

        // then
        assertThat(seenByFirst[0]).isEqualTo(window);
        assertThat(started.get()).isEqualTo(100);
    }

    @Test
    void rethrowsTheFirstFailureAsItWasThrown() {
        // given
        IllegalStateException boom = new IllegalStateException("rule type crashed on 3");

        // when / then
        assertThatThrownBy(() -> Ordered.map(IntStream.range(0, 50).boxed().toList(), 2, i -> {
            if (i == 3) {
                throw boom;
            }
            return i;
        })).isSameAs(boom);
    }

    @Test
    void aWorkerThatDiesOutsideATaskPrintsNoTraceAndKeepsTheError() throws Exception {
        // given
        java.util.concurrent.atomic.AtomicReference<Throwable> outside = new java.util.concurrent.atomic.AtomicReference<>();
        java.io.PrintStream stderr = System.err;
        java.io.ByteArrayOutputStream printed = new java.io.ByteArrayOutputStream();
        OutOfMemoryError error = new OutOfMemoryError("Java heap space");

        // when: a worker thread ends with an error no task caught
        System.setErr(new java.io.PrintStream(printed, true, java.nio.charset.StandardCharsets.UTF_8));
        try {
            Thread worker = Ordered.workers(outside).newThread(() -> {
                throw error;
            });
            worker.start();
            worker.join(10_000);
        } finally {
            System.setErr(stderr);
        }

        // then: nothing on stderr ("Exception in thread ..."), the error kept for the run to report on one line
        assertThat(printed.toString(java.nio.charset.StandardCharsets.UTF_8)).isEmpty();
        assertThat(outside.get()).isSameAs(error);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
