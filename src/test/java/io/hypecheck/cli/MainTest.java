package io.hypecheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The top level of the command line: version, help, usage errors and how errors are shown. */
class MainTest {

    private static long lines(String text) {
        return text.lines().count();
    }

    @Test
    void versionPrintsNameVersionCommitAndBuildDate() {
        // when
        CliResult result = CliResult.run("--version");

        // then
        assertThat(result.code()).isZero();
        assertThat(result.out()).matches("hypecheck " + java.util.regex.Pattern.quote(Version.current())
                + "\ncommit ([0-9a-f]{12}|unknown)\nbuilt \\d{4}-\\d{2}-\\d{2}T[0-9:]+Z\n");
        assertThat(Version.current()).matches("[0-9]+\\.[0-9]+\\.[0-9]+.*");
        assertThat(result.err()).isEmpty();
    }

    @Test
    void helpListsTheCommandsAndEveryExitCode() {
        // when
        CliResult result = CliResult.run("--help");

        // then
        assertThat(result.code()).isZero();
        assertThat(result.out()).contains("Usage: hypecheck", "validate", "schema", "score", "Exit codes:")
                .containsPattern("(?m)^  0 +everything was scored")
                .containsPattern("(?m)^  1 +the fail condition")
                .containsPattern("(?m)^  2 +usage or configuration error")
                .containsPattern("(?m)^  3 +some input files were invalid")
                .containsPattern("(?m)^  4 +internal error");
        assertThat(result.err()).isEmpty();
    }

    @Test
    void aCommandsHelpGoesToStdout() {
        // when
        CliResult result = CliResult.run("validate", "--help");

        // then
        assertThat(result.code()).isZero();
        assertThat(result.out()).contains("Usage: hypecheck validate", "--exclude");
        assertThat(result.err()).isEmpty();
    }

    @Test
    void noCommandIsAUsageErrorShowingTheUsageOnStderr() {
        // when
        CliResult result = CliResult.run();

        // then
        assertThat(result.code()).isEqualTo(2);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).contains("Usage: hypecheck", "Exit codes:");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "--frobnicate              | error: Unknown option: '--frobnicate'",
        "validate --frobnicate     | error: Unknown option: '--frobnicate'",
        "schema --format=json      | error: Unknown option: '--format=json'",
    })
    void anUnknownOptionIsAOneLineUsageError(String args, String message) {
        // when
        CliResult result = CliResult.run(args.split(" "));

        // then
        assertThat(result.code()).isEqualTo(2);
        assertThat(result.out()).isEmpty();
        assertThat(result.err().lines().filter(l -> l.startsWith("error:"))).containsExactly(message);
        assertThat(result.err()).doesNotContain("\tat ", "Exception");
        assertThat(lines(result.err())).isEqualTo(2);
    }

    @Test
    void aMisspeltOptionSuggestsTheRightOne() {
        // when
        CliResult result = CliResult.run("validate", "--exlude", "x", "samples");

        // then
        assertThat(result.code()).isEqualTo(2);
        assertThat(result.err()).startsWith("error: Unknown option: '--exlude' (did you mean '--exclude'?)\n")
                .contains("Try 'hypecheck validate --help'");
    }

    @Test
    void aMisspeltCommandSuggestsTheRightOne() {
        // when
        CliResult result = CliResult.run("valdate", "samples");

        // then
        assertThat(result.code()).isEqualTo(2);
        assertThat(result.out()).isEmpty();
        assertThat(result.err().lines().findFirst()).hasValueSatisfying(line -> assertThat(line)
                .startsWith("error: ").contains("'valdate'").endsWith("(did you mean 'validate'?)"));
    }

    @Test
    void aMissingOptionValueIsAUsageError() {
        // when
        CliResult result = CliResult.run("validate", "--exclude");

        // then
        assertThat(result.code()).isEqualTo(2);
        assertThat(result.err()).startsWith("error: Missing required parameter for option '--exclude'");
    }

    @Test
    void anErrorShowsNoStackTraceUnlessAskedTo() {
        // when
        CliResult plain = CliResult.run("validate", "no/such/folder");
        CliResult traced = CliResult.run("validate", "--stacktrace", "no/such/folder");

        // then
        assertThat(plain.code()).isEqualTo(2);
        assertThat(plain.err()).isEqualTo("error: no such file or folder: no/such/folder\n");
        assertThat(traced.code()).isEqualTo(2);
        assertThat(traced.err()).startsWith("error: no such file or folder: no/such/folder\n")
                .contains("HypecheckException", "\tat io.hypecheck");
    }

    @Test
    void theStackTraceOptionWorksBeforeTheCommandToo() {
        // when
        CliResult result = CliResult.run("--stacktrace", "validate", "no/such/folder");

        // then
        assertThat(result.code()).isEqualTo(2);
        assertThat(result.err()).contains("\tat io.hypecheck");
    }
}
