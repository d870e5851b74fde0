package io.hypecheck.engine;

import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs plugin code with a time limit: on a daemon thread of its own, so that a plugin that loops
 * is abandoned after the limit (and cannot keep the process alive), and so that whatever it
 * throws, errors included, comes back as a {@link RuleTypeFailure} naming the plugin.
 */
final class PluginCalls {

    /** How long one call of plugin code may take unless the user says otherwise. */
    static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

    private static final ExecutorService THREADS = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(null, task, "hypecheck-plugin", 64L << 20);
        thread.setDaemon(true);
        return thread;
    });

    private PluginCalls() {
    }

    /** Calls {@code work} for the rule type: directly for a built-in, bounded in time for a plugin. */
    static <T> T call(RegisteredType type, Duration timeout, String doing, Callable<T> work) {
        if (!type.isPlugin()) {
            try {
                return work.call();
            } catch (RuleTypeFailure e) {
                throw e;
            } catch (Exception | Error e) {
                throw new RuleTypeFailure(type.type().name(), type.origin(), e);
            }
        }
        Future<T> future = THREADS.submit(work);
        try {
            return future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new RuleTypeFailure(type.type().name(), type.origin(), new TimeoutException(String.format(Locale.ROOT,
                    "did not finish %s within %s s (see --plugin-timeout)", doing, seconds(timeout))));
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            if (cause instanceof RuleTypeFailure failure) {
                throw failure;
            }
            throw new RuleTypeFailure(type.type().name(), type.origin(), cause);
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new RuleTypeFailure(type.type().name(), type.origin(), e);
        }
    }

    private static String seconds(Duration timeout) {
        return java.math.BigDecimal.valueOf(timeout.toMillis(), 3).stripTrailingZeros().toPlainString();
    }
}
