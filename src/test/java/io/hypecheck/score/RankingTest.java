package io.hypecheck.score;

import static org.assertj.core.api.Assertions.assertThat;

import io.hypecheck.project.ProjectLoader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class RankingTest {

    private static ProjectScore scored(String name, String file, int score) {
        var project = ProjectLoader.load(file, ("name: " + name + "\n").getBytes(StandardCharsets.UTF_8)).project().orElseThrow();
        return new ProjectScore(project, Verdict.MIXED, score, 0, 0, 1, List.of(), List.of(), List.of(), 0, 0, List.of());
    }

    @Test
    void ranksHigherScoreFirst() {
        // when
        List<ProjectScore> ranked = Ranking.rank(List.of(scored("Low", "a.yaml", 20), scored("High", "b.yaml", 80)));

        // then
        assertThat(ranked).extracting(s -> s.project().name()).containsExactly("High", "Low");
    }

    @Test
    void breaksTiesByNameThenFile() {
        // when
        List<ProjectScore> ranked = Ranking.rank(List.of(scored("beta", "z.yaml", 50), scored("Alpha", "y.yaml", 50),
                scored("Alpha", "x.yaml", 50)));

        // then
        assertThat(ranked).extracting(s -> s.project().file()).containsExactly("x.yaml", "y.yaml", "z.yaml");
    }

    @Test
    void tiesGoByNameEvenWhenTheFilesSortTheOtherWay() {
        // when: names in one order, files in the other
        List<ProjectScore> ranked = Ranking.rank(List.of(scored("Alpha", "z.yaml", 50), scored("Zeta", "a.yaml", 50),
                scored("Same", "d.yaml", 50), scored("Same", "c.yaml", 50)));

        // then
        assertThat(ranked).extracting(s -> s.project().name() + "@" + s.project().file())
                .containsExactly("Alpha@z.yaml", "Same@c.yaml", "Same@d.yaml", "Zeta@a.yaml");
    }

    @Test
    void tiesIgnoreCaseFirstAndUseItOnlyBetweenNamesThatDifferInCaseAlone() {
        // when: 'Beta' sorts before 'alpha' by code point, after it ignoring case
        List<ProjectScore> ranked = Ranking.rank(List.of(scored("Beta", "a.yaml", 50), scored("alpha", "b.yaml", 50),
                scored("ALPHA", "c.yaml", 50)));

        // then
        assertThat(ranked).extracting(s -> s.project().name()).containsExactly("ALPHA", "alpha", "Beta");
    }
}
