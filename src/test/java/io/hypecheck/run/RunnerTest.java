package io.hypecheck.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.hypecheck.baseline.BaselineReader;
import io.hypecheck.baseline.Comparison;
import io.hypecheck.diagnostic.Diagnostic;
import io.hypecheck.report.JsonReport;
import io.hypecheck.report.JsonRenderer;
import io.hypecheck.report.Renderers;
import io.hypecheck.report.RenderOptions;
import io.hypecheck.score.Exemption;
import io.hypecheck.score.FailCondition;
import io.hypecheck.score.Verdict;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunnerTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    private static final Engine ENGINE = Engine.load(Settings.defaults(TODAY));

    /** The samples three times over under other names, with an invalid file and a warning among them. */
    private static Path watchlist(Path dir) throws IOException {
        List<Path> samples;
        try (Stream<Path> files = Files.list(Path.of("samples"))) {
            samples = files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        for (int copy = 0; copy < 3; copy++) {
            for (Path sample : samples) {
                String text = Files.readString(sample).replaceFirst("(?m)^id: .*$", "id: c" + copy + "-" + sample.getFileName()
                        .toString().replace(".yaml", ""));
                Files.writeString(dir.resolve(copy + "-" + sample.getFileName()), text);
            }
        }
        Files.writeString(dir.resolve("1-broken.yaml"), "name: Broken\ntraction: {live: maybe}\n");
        Files.writeString(dir.resolve("2-odd.yaml"), "name: Odd\nsumary: misspelt\n");
        return dir;
    }

    private static Runner.Result run(Path dir, int threads) {
        return run(dir, threads, Optional.empty(), Runner.Request.SPILL_ABOVE);
    }

    private static Runner.Result run(Path dir, int threads, Optional<Comparison> baseline, int spillAbove) {
        Exemption configured = new Exemption(Optional.of("c1-olas"), "rc-decentralized-but-central-ai", "tools only",
                Optional.empty(), ".hypecheck.yaml", 3, 5);
        FailCondition fail = new FailCondition(Optional.of(Verdict.HYPE), Optional.of(40), Optional.empty());
        return Runner.run(ENGINE, "test", new Runner.Request(List.of(dir.toString()),
                new ByteArrayInputStream(new byte[0]), List.of(configured), baseline, fail, threads).spillingAbove(spillAbove));
    }

    @Test
    void aParallelRunGivesByteForByteTheReportOfASequentialOne(@TempDir Path dir) throws IOException {
        // given
        Path files = watchlist(dir);

        // when
        Runner.Result sequential = run(files, 1);
        Runner.Result parallel = run(files, 4);

        // then
        assertThat(parallel.report().projects().size()).isEqualTo(37);
        for (String format : Renderers.names()) {
            assertThat(Renderers.forName(format, RenderOptions.defaults()).render(parallel.report())).as(format)
                    .isEqualTo(Renderers.forName(format, RenderOptions.defaults()).render(sequential.report()));
        }
        assertThat(parallel.warnings()).isEqualTo(sequential.warnings());
        assertThat(parallel.report().errors()).isEqualTo(sequential.report().errors()).isNotEmpty();
        assertThat(parallel.report().failures()).isEqualTo(sequential.report().failures()).isNotEmpty();
    }

    @Test
    void aRunSpilledToATemporaryFileGivesByteForByteTheReportOfOneKeptInMemory(@TempDir Path dir) throws IOException {
        // given: a baseline with a project that is no longer there
        Path files = watchlist(Files.createDirectories(dir.resolve("files")));
        Files.writeString(files.resolve("9-gone.yaml"), "name: Gone\nid: gone\n");
        Path baseline = dir.resolve("baseline.json");
        try (Runner.Result before = run(files, 2, Optional.empty(), Runner.Request.SPILL_ABOVE)) {
            Files.writeString(baseline, new JsonRenderer().render(before.report()));
        }
        Files.delete(files.resolve("9-gone.yaml"));
        Optional<Comparison> comparison = Optional.of(BaselineReader.read(baseline, JsonReport.REPORT_VERSION));

        // when
        try (Runner.Result kept = run(files, 2, comparison, Runner.Request.SPILL_ABOVE);
             Runner.Result spilled = run(files, 2, comparison, 0)) {

            // then
            assertThat(spilled.report().projects()).isInstanceOf(io.hypecheck.spill.SpilledScores.class);
            assertThat(kept.report().projects()).isNotInstanceOf(io.hypecheck.spill.SpilledScores.class);
            for (String format : Renderers.names()) {
                assertThat(Renderers.forName(format, RenderOptions.defaults()).render(spilled.report())).as(format)
                        .isEqualTo(Renderers.forName(format, RenderOptions.defaults()).render(kept.report()));
            }
            assertThat(spilled.report().failures()).isEqualTo(kept.report().failures()).isNotEmpty();
            assertThat(spilled.warnings()).isEqualTo(kept.warnings());
        }
    }

    @Test
    void decidesTheFailReasonsOnceInTheRun(@TempDir Path dir) throws IOException {
        // given
        Path files = watchlist(dir);

        // when
        Runner.Result result = run(files, 2);

        // then
        var report = result.report();
        for (int i = 0; i < report.projects().size(); i++) {
            var project = report.projects().get(i);
            boolean fails = project.verdict() == Verdict.HYPE || project.score() < 40;
            assertThat(report.failReasons(i)).as(project.project().file()).hasSize(fails ? (project.verdict() == Verdict.HYPE
                    && project.score() < 40 ? 2 : 1) : 0);
        }
        assertThat(report.failures()).allSatisfy(line -> assertThat(line).startsWith(files + "/"));
    }

    @Test
    void appliesAConfigExemptionBeforeScoringAndWarnsAboutOneNoProjectUses(@TempDir Path dir) throws IOException {
        // given
        Path files = watchlist(dir);
        Exemption unused = new Exemption(Optional.of("nobody"), "rc-live-product", "n/a", Optional.empty(), ".hypecheck.yaml", 9, 5);

        // when
        Runner.Result result = Runner.run(ENGINE, "test", new Runner.Request(List.of(files.toString()),
                new ByteArrayInputStream(new byte[0]), List.of(unused), Optional.empty(), FailCondition.none(), 2));
        Runner.Result exempted = run(files, 2);

        // then
        assertThat(result.warnings()).extracting(Diagnostic::message)
                .contains("unused exemption: no project with id 'nobody' was scored");
        var olas = exempted.report().projects().stream().filter(p -> p.project().id().equals("c1-olas")).findFirst().orElseThrow();
        assertThat(olas.suppressed()).extracting(s -> s.finding().rule()).containsExactly("rc-decentralized-but-central-ai");
        assertThat(olas.findings()).extracting(f -> f.rule()).doesNotContain("rc-decentralized-but-central-ai");
    }

    @Test
    void keepsOnlyTheProjectSummaryOnceScored(@TempDir Path dir) throws IOException {
        // given
        Path files = watchlist(dir);

        // when
        Runner.Result result = run(files, 2);

        // then
        assertThat(result.report().projects()).allSatisfy(p -> assertThat(p.project().fields().fields().keySet())
                .isSubsetOf("as_of"));
        String json = new JsonRenderer().render(result.report());
        assertThat(json).contains("\"as_of\": \"2025-06\"");
    }

    @Test
    void readsStandardInputOnceAmongFiles(@TempDir Path dir) throws IOException {
        // given
        Files.writeString(dir.resolve("a.yaml"), "name: A\n");
        byte[] stdin = "name: From Stdin\n".getBytes(StandardCharsets.UTF_8);

        // when
        Runner.Result result = Runner.run(ENGINE, "test", new Runner.Request(List.of(dir.toString(), "-"),
                new ByteArrayInputStream(stdin), List.of(), Optional.empty(), FailCondition.none(), 2));

        // then
        assertThat(result.report().projects()).extracting(p -> p.project().file())
                .containsExactlyInAnyOrder(dir + "/a.yaml", "-");
    }
}
