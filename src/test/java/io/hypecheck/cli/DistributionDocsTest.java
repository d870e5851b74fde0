package io.hypecheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The completion script and man pages the build ships come from the command model itself. */
class DistributionDocsTest {

    @TempDir
    Path dir;

    @Test
    void writesACompletionScriptAndAManPagePerCommand() throws Exception {
        // when
        List<Path> files = DistributionDocs.write(dir);

        // then
        String completion = Files.readString(dir.resolve("completion/hypecheck"));
        assertThat(completion).contains("complete -F _complete_hypecheck", "score", "init", "--fail-on");
        assertThat(files).contains(dir.resolve("man/hypecheck.adoc"), dir.resolve("man/hypecheck-score.adoc"),
                dir.resolve("man/hypecheck-init.adoc"), dir.resolve("man/hypecheck-rubrics-list.adoc"));
        assertThat(Files.readString(dir.resolve("man/hypecheck-score.adoc")))
                .contains(":doctype: manpage", "--fail-on-regression", "Exit codes");
    }
}
