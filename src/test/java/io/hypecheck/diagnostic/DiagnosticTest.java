package io.hypecheck.diagnostic;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DiagnosticTest {

    @Test
    void formatsFileLineColumnAndMessage() {
        assertThat(Diagnostic.error("p.yaml", 3, 4, "bad").format()).isEqualTo("p.yaml:3:4: bad");
        assertThat(Diagnostic.error("p.yaml", 0, 0, "unreadable").format()).isEqualTo("p.yaml: unreadable");
    }

    @Test
    void quotesAFileNameThatCouldPassForAPosition() {
        // given a file named like a position, and one starting with a quote
        assertThat(Diagnostic.error("x.yaml:3:4", 1, 1, "bad").format()).isEqualTo("\"x.yaml:3:4\":1:1: bad");
        assertThat(Diagnostic.warning("\"q.yaml", 0, 0, "w").format()).isEqualTo("\"\\\"q.yaml\": w");
    }

    @Test
    void keepsEveryMessageOnOneLine() {
        assertThat(Diagnostic.error("a\nb.yaml", 1, 1, "line\nbreak").format()).doesNotContain("\n");
    }
}
