package io.hypecheck.cli;

import io.hypecheck.run.Progress;
import java.io.PrintWriter;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarConsumer;

/**
 * A progress bar on standard error for long runs at a terminal, drawn by the progressbar library
 * (its renderer, ETA and speed): only when there are at least {@value #AT_LEAST} files, and cleared
 * when the run ends so only messages remain.
 */
final class TerminalProgress implements Progress {

    /** Runs over fewer files end before a bar would help. */
    static final int AT_LEAST = 200;

    private final PrintWriter err;
    private final int width;
    private ProgressBar bar;

    TerminalProgress(PrintWriter err, int width) {
        this.err = err;
        this.width = width;
    }

    @Override
    public void started(int files) {
        if (files >= AT_LEAST) {
            bar = new ProgressBarBuilder().setTaskName("scoring").setInitialMax(files).setUnit(" files", 1)
                    .setMaxRenderedLength(width).setConsumer(new Line()).clearDisplayOnFinish().build();
        }
    }

    @Override
    public void stepped() {
        ProgressBar current = bar;
        if (current != null) {
            current.step();
        }
    }

    @Override
    public void finished() {
        if (bar != null) {
            bar.close();
            bar = null;
        }
    }

    /** Draws the library's rendered bar over itself on one line of standard error. */
    private final class Line implements ProgressBarConsumer {

        @Override
        public int getMaxRenderedLength() {
            return width;
        }

        @Override
        public void accept(String rendered) {
            err.print('\r');
            err.print(rendered);
            err.flush();
        }

        @Override
        public void clear() {
            err.print('\r');
            err.print(" ".repeat(width));
            err.print('\r');
            err.flush();
        }

        @Override
        public void close() {
            err.flush();
        }
    }
}
