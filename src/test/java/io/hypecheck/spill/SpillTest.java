package io.hypecheck.spill;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hypecheck.run.Engine;
import io.hypecheck.run.Runner;
import io.hypecheck.run.Settings;
import io.hypecheck.score.ProjectScore;
import io.hypecheck.score.RankBy;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpillTest {

    private static final List<ProjectScore> SCORES = Runner.run(Engine.load(Settings.defaults(LocalDate.of(2026, 11, 24))),
            "test", List.of("samples"), new ByteArrayInputStream(new byte[0])).report().projects();

    @Test
    void givesBackTheFullScoresInTheRankingsOrderWithOnlyTheirSummariesInMemory() throws IOException {
        // given
        List<ProjectScore> byFile = SCORES.stream().sorted(Comparator.comparing(s -> s.project().file())).toList();

        try (Spill spill = Spill.open()) {
            // when
            List<Spill.Kept> kept = byFile.stream().map(spill::keep).toList();
            List<ProjectScore> ranked = spill.ranked(kept, RankBy.SCORE.order());

            // then
            assertThat(ranked).isEqualTo(SCORES);
            SpilledScores spilled = (SpilledScores) ranked;
            assertThat(spilled.summaries()).extracting(s -> s.project().file())
                    .containsExactlyElementsOf(SCORES.stream().map(s -> s.project().file()).toList());
            assertThat(spilled.summaries()).allSatisfy(s -> assertThat(s.findings()).isEmpty());
            assertThat(spilled.summaries()).extracting(ProjectScore::score)
                    .containsExactlyElementsOf(SCORES.stream().map(ProjectScore::score).toList());
        }
    }

    @Test
    void cannotReadAFullScoreOnceClosedButStillHasTheSummaries() throws IOException {
        // given
        Spill spill = Spill.open();
        SpilledScores ranked = (SpilledScores) spill.ranked(SCORES.stream().map(spill::keep).toList(), RankBy.SCORE.order());

        // when
        ranked.close();

        // then
        assertThatThrownBy(() -> ranked.get(0)).isInstanceOf(UncheckedIOException.class);
        assertThat(ranked.summaries()).hasSameSizeAs(SCORES);
    }
}
