package io.hypecheck.run;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
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
        AtomicReference<Throwable> outside = new AtomicReference<>();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, inputs.size()), workers(outside));
        Deque<Future<O>> inFlight = new ArrayDeque<>();
        try {
            for (I input : inputs) {
                if (inFlight.size() >= threads * PER_THREAD) {
                    out.add(join(inFlight.removeFirst(), outside));
                }
                inFlight.addLast(pool.submit(() -> work.apply(input)));
            }
            while (!inFlight.isEmpty()) {
                out.add(join(inFlight.removeFirst(), outside));
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Daemon worker threads whose failures outside a task (an out-of-memory error in the pool's own
     * code) are kept in {@code outside} instead of printed as a trace: the run reports them once, on
     * one line, as any other failure.
     */
    static ThreadFactory workers(AtomicReference<Throwable> outside) {
        return runnable -> {
            Thread thread = new Thread(runnable, "hypecheck-worker");
            thread.setDaemon(true);
            thread.setUncaughtExceptionHandler((t, e) -> outside.compareAndSet(null, e));
            return thread;
        };
    }

    private static <O> O join(Future<O> future, AtomicReference<Throwable> outside) {
        try {
            while (true) {
                try {
                    return future.get(100, TimeUnit.MILLISECONDS);
                } catch (TimeoutException e) {
                    Throwable lost = outside.get();
                    if (lost instanceof Error error) {
                        throw error;
                    }
                    if (lost != null) {
                        throw new IllegalStateException(lost);
                    }
                }
            }
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
