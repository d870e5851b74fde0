package io.hypecheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A standard output that is closed or full is an error (exit 4, a message on stderr), never a silent 0. */
class BrokenStdoutTest {

    @TempDir
    Path dir;

    @Test
    void aFullStandardOutputIsExitFour() throws Exception {
        // given
        Path project = Files.writeString(dir.resolve("p.yaml"), "name: P\n");
        OutputStream full = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("No space left on device");
            }
        };
        StringWriter err = new StringWriter();

        // when
        int code = Main.run(new LfPrintWriter(full), new PrintWriter(err), new ByteArrayInputStream(new byte[0]), false,
                "score", project.toString());

        // then
        assertThat(code).isEqualTo(4);
        assertThat(err.toString()).isEqualTo("error: cannot write the report to standard output (it is closed or full)\n");
    }

    @Test
    void aClosedOrFullStandardOutputOfTheProcessIsExitFour() throws Exception {
        // given
        Files.writeString(dir.resolve("p.yaml"), "name: P\n");

        // when: stdout is /dev/full
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "score", "p.yaml")
                .directory(dir.toFile()).redirectOutput(new java.io.File("/dev/full"));
        Process process = builder.start();
        String err = new String(process.getErrorStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);

        // then
        assertThat(process.waitFor()).isEqualTo(4);
        assertThat(err).contains("cannot write the report to standard output");
        assertThat(Subprocess.run(dir, Map.of(), List.of(), "score", "p.yaml").code()).isZero();
    }
}
