package io.hypecheck.score;

import static org.assertj.core.api.Assertions.assertThat;

import io.hypecheck.project.ProjectLoader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class RankByTest {

    private static ProjectScore scored(String name, int score, int low) {
        var project = ProjectLoader.load(name + ".yaml", ("name: " + name + "\n").getBytes(StandardCharsets.UTF_8))
                .project().orElseThrow();
        return new ProjectScore(project, Verdict.MIXED, score, 0, 0, 1, List.of(), List.of(), List.of(), 0, 0, List.of(),
                new Judgment(low, Math.max(score, 90), 1, List.of(), List.of(), List.of(), List.of()));
    }

    @Test
    void rankingByTheLowEndPutsATransparentProjectAboveAnOpaqueOne() {
        // given: an opaque project with the higher score and a transparent one with the higher floor
        ProjectScore opaque = scored("Opaque", 70, 20);
        ProjectScore open = scored("Open", 65, 60);

        // then
        assertThat(Ranking.rank(List.of(open, opaque), RankBy.SCORE)).extracting(s -> s.project().name())
                .containsExactly("Opaque", "Open");
        assertThat(Ranking.rank(List.of(opaque, open), RankBy.LOW)).extracting(s -> s.project().name())
                .containsExactly("Open", "Opaque");
    }

    @Test
    void equalLowEndsFallBackToTheScoreThenTheName() {
        ProjectScore a = scored("Beta", 60, 40);
        ProjectScore b = scored("Alpha", 60, 40);
        ProjectScore c = scored("Gamma", 70, 40);

        assertThat(Ranking.rank(List.of(a, b, c), RankBy.LOW)).extracting(s -> s.project().name())
                .containsExactly("Gamma", "Alpha", "Beta");
    }
}
