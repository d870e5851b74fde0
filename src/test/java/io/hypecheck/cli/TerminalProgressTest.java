package io.hypecheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class TerminalProgressTest {

    @Test
    void drawsTheLibrarysBarForALongRunAndClearsIt() {
        // given
        StringWriter err = new StringWriter();
        TerminalProgress progress = new TerminalProgress(new PrintWriter(err), 80);

        // when
        progress.started(TerminalProgress.AT_LEAST);
        IntStream.range(0, TerminalProgress.AT_LEAST).parallel().forEach(i -> progress.stepped());
        progress.finished();

        // then: the bar was drawn, and the line it used is blank again
        assertThat(err.toString()).contains("scoring").endsWith("\r" + " ".repeat(80) + "\r");
    }

    @Test
    void staysSilentForAShortRun() {
        StringWriter err = new StringWriter();
        TerminalProgress progress = new TerminalProgress(new PrintWriter(err), 80);

        progress.started(TerminalProgress.AT_LEAST - 1);
        progress.stepped();
        progress.finished();

        assertThat(err.toString()).isEmpty();
    }
}
