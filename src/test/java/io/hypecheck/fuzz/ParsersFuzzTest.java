package io.hypecheck.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.hypecheck.diagnostic.Diagnostic;
import io.hypecheck.diagnostic.ExitCode;
import io.hypecheck.diagnostic.HypecheckException;
import io.hypecheck.engine.Compiler;
import io.hypecheck.engine.RuleTypeRegistry;
import io.hypecheck.project.AmountParser;
import io.hypecheck.project.DateParser;
import io.hypecheck.project.LoadResult;
import io.hypecheck.project.ProjectLoader;
import io.hypecheck.baseline.BaselineReader;
import io.hypecheck.rubric.RubricLoader;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Coverage-guided fuzz targets, one per parser of untrusted input. Under {@code mvn test} each
 * runs its seed and regression inputs (in {@code ParsersFuzzTestInputs/}); {@code .ci/fuzz}
 * fuzzes each for a bounded time ({@code JAZZER_FUZZ=1}). The property is always the same: bad
 * input is a diagnostic or a configuration error, one line each, never any other exception.
 */
class ParsersFuzzTest {

    private static final RubricLoader RUBRICS = new RubricLoader(new Compiler(RuleTypeRegistry.builtIns()));

    @FuzzTest(maxDuration = "60s")
    void projectLoader(byte[] bytes) {
        LoadResult result = ProjectLoader.load("f.yaml", bytes);
        for (Diagnostic d : result.diagnostics()) {
            assertThat(d.format()).doesNotContain("\n", "\r");
        }
        assertThat(result.project().isPresent()).isEqualTo(result.errors().isEmpty());
    }

    @FuzzTest(maxDuration = "60s")
    void amountParser(String text) {
        if (text == null) {
            return;
        }
        AmountParser.parse(text).ifPresent(amount -> {
            assertThat(amount.signum()).isNotNegative();
            assertThat(amount.toPlainString()).hasSizeLessThan(text.length() + 40);
        });
    }

    @FuzzTest(maxDuration = "60s")
    void dateParser(String text) {
        if (text == null) {
            return;
        }
        DateParser.parse(text).ifPresent(date -> assertThat(date.getYear()).isBetween(0, 9999));
    }

    @FuzzTest(maxDuration = "60s")
    void rubricLoader(byte[] bytes) {
        try {
            RUBRICS.load("r.yaml", bytes);
        } catch (HypecheckException e) {
            assertThat(e.exitCode()).isEqualTo(ExitCode.USAGE);
            assertThat(e.getMessage()).doesNotContain("\n");
        }
    }

    @FuzzTest(maxDuration = "60s")
    void baselineReader(byte[] bytes) throws Exception {
        Path file = Files.createTempFile("baseline", ".json");
        try {
            Files.write(file, bytes);
            BaselineReader.read(file, io.hypecheck.report.JsonReport.REPORT_VERSION);
        } catch (HypecheckException e) {
            assertThat(e.exitCode()).isEqualTo(ExitCode.USAGE);
            assertThat(e.getMessage()).doesNotContain("\n");
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
