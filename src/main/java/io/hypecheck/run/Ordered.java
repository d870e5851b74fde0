package io.hypecheck.run;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Maps inputs on several threads with a bounded amount of work in flight, and gives the results
 * back in input order, so the output does not depend on the number of threads. At most
 * {@value #PER_THREAD} tasks per thread are queued or running at once: the inputs of a large
 * run are never all loaded together, only their results (which should be small) are kept.
 */
final class Ordered {

    /** Tasks in flight per thread: enough to keep every core busy while the oldest one finishes. */
    static final int PER_THREAD = 4;

    private Ordered() {
    }

    /**
     * The results of {@code work} over {@code inputs}, in input order; the first failure (in input
     * order) is rethrown as it was thrown, and no further work starts after it.
     */
    static <I, O> List<O> map(List<I> inputs, int threads, Function<I, O> work) {
        List<O> out = new ArrayList<>(inputs.size());
        if (threads <= 1 || inputs.size() <= 1) {
            inputs.forEach(input -> out.add(work.apply(input)));
            return out;
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, inputs.size()), runnable -> {
            Thread thread = new Thread(runnable, "hypecheck-worker");
            thread.setDaemon(true);
            return thread;
        });
        Deque<Future<O>> inFlight = new ArrayDeque<>();
        try {
            for (I input : inputs) {
                if (inFlight.size() >= threads * PER_THREAD) {
                    out.add(join(inFlight.removeFirst()));
                }
                inFlight.addLast(pool.submit(() -> work.apply(input)));
            }
            while (!inFlight.isEmpty()) {
                out.add(join(inFlight.removeFirst()));
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    private static <O> O join(Future<O> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while scoring", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
