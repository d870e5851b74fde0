package io.hypecheck.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hypecheck.diagnostic.ExitCode;
import io.hypecheck.diagnostic.HypecheckException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {

    @TempDir
    Path dir;

    @Test
    void readsEverySettingWithPathsRelativeToTheConfigFolder() throws Exception {
        // given
        Path file = Files.writeString(dir.resolve(".hypecheck.yaml"), """
                paths: [projects]
                rubrics: [extra-rubrics]
                default_rubrics: false
                plugins: [plugins/months.jar]
                formats: [table, sarif=out/report.sarif]
                fail_on: mixed
                min_score: 40
                fail_on_regression: 10
                baseline: previous.json
                exclude: [drafts]
                show_suppressed: true
                exemptions:
                  - {project: io-net, rule: rc-rich-multiple, reason: "treasury tokens are locked", until: 2027-01-31}
                """);

        // when
        Config config = ConfigLoader.load(file);

        // then
        assertThat(config.paths()).containsExactly(dir.resolve("projects").toString());
        assertThat(config.rubrics()).containsExactly(dir.toAbsolutePath().resolve("extra-rubrics"));
        assertThat(config.defaultRubrics()).contains(false);
        assertThat(config.formats()).containsExactly("table", "sarif=" + dir.resolve("out/report.sarif"));
        assertThat(config.failOn()).contains("mixed");
        assertThat(config.minScore()).contains(40);
        assertThat(config.failOnRegression()).contains(10);
        assertThat(config.baseline()).contains(dir.toAbsolutePath().resolve("previous.json"));
        assertThat(config.excludes()).containsExactly("drafts");
        assertThat(config.showSuppressed()).contains(true);
        assertThat(config.exemptions()).singleElement().satisfies(e -> {
            assertThat(e.project()).contains("io-net");
            assertThat(e.until()).contains(LocalDate.of(2027, 1, 31));
            assertThat(e.line()).isEqualTo(13);
        });
    }

    @Test
    void anUnknownKeyIsAConfigurationErrorWithFileLineAndSuggestion() throws Exception {
        // given
        Path file = Files.writeString(dir.resolve("c.yaml"), "paths: [x]\nfail_onn: hype\n");

        // when / then
        assertThatThrownBy(() -> ConfigLoader.load(file))
                .isInstanceOf(HypecheckException.class)
                .hasMessage(file + ":2:1: config: unknown key 'fail_onn' (did you mean 'fail_on'?)")
                .extracting(e -> ((HypecheckException) e).exitCode()).isEqualTo(ExitCode.USAGE);
    }

    @Test
    void aBadValueNamesItsPosition() throws Exception {
        // given
        Path file = Files.writeString(dir.resolve("c.yaml"), "min_score: 140\n");

        // when / then
        assertThatThrownBy(() -> ConfigLoader.load(file))
                .hasMessage(file + ":1:12: min_score must be a whole number from 0 to 100, got '140'");
    }

    @Test
    void noFileMeansNoConfig() {
        assertThat(ConfigLoader.find(Optional.empty(), dir)).isEqualTo(Config.none());
    }

    @Test
    void anExplicitMissingFileIsAnError() {
        assertThatThrownBy(() -> ConfigLoader.find(Optional.of(dir.resolve("nope.yaml")), dir))
                .hasMessage("config file not found: " + dir.resolve("nope.yaml"));
    }
}
