package io.hypecheck.score;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hypecheck.project.Project;
import io.hypecheck.rubric.Effect;
import io.hypecheck.rubric.Kind;
import io.hypecheck.rubric.Stance;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The score records accept every value at the ends of their ranges and nothing past them. */
class ScoreRecordsTest {

    private static final Project PROJECT = ScoreFixtures.project("name: P\n");

    private static ProjectScore score(int score, int hype, int substance, double confidence) {
        return new ProjectScore(PROJECT, Verdict.MIXED, score, hype, substance, confidence, List.of(), List.of(), List.of(),
                1, 0, List.of());
    }

    private static Finding finding(double weight) {
        return new Finding("r", "b", Effect.HYPE, 5, "m", "w", ScoreFixtures.CITES, List.of(), Kind.OTHER, weight);
    }

    @ParameterizedTest(name = "score {0}, hype {1}, substance {2}, confidence {3}")
    @CsvSource({"0, 0, 0, 0", "100, 100, 100, 1"})
    void aProjectScoreTakesTheEndsOfEachRange(int score, int hype, int substance, double confidence) {
        assertThatCode(() -> score(score, hype, substance, confidence)).doesNotThrowAnyException();
    }

    @ParameterizedTest(name = "score {0}, hype {1}, substance {2}, confidence {3}")
    @CsvSource({"-1, 0, 0, 0", "101, 0, 0, 0", "0, -1, 0, 0", "0, 101, 0, 0", "0, 0, -1, 0", "0, 0, 101, 0",
        "0, 0, 0, -0.01", "0, 0, 0, 1.01"})
    void aProjectScoreRefusesAnythingPastThem(int score, int hype, int substance, double confidence) {
        assertThatThrownBy(() -> score(score, hype, substance, confidence)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "weight {0}")
    @CsvSource({"0.01", "1"})
    void aFindingWeighsAboveZeroUpToOne(double weight) {
        assertThatCode(() -> finding(weight)).doesNotThrowAnyException();
    }

    @ParameterizedTest(name = "weight {0}")
    @CsvSource({"-0.01", "-0.5", "1.01", "NaN"})
    void aFindingRefusesAWeightBelowZeroOrPastOne(double weight) {
        assertThatThrownBy(() -> finding(weight)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "weight {0}")
    @CsvSource({"0", "0.25", "1"})
    void aFindingTakesAWeightFromZeroToOne(double weight) {
        assertThatCode(() -> finding(weight)).doesNotThrowAnyException();
    }

    @ParameterizedTest(name = "strength {0}")
    @CsvSource({"0, true", "1, true", "-0.01, false", "1.01, false"})
    void aTrendsStrengthIsFromZeroToOne(double strength, boolean valid) {
        if (valid) {
            assertThatCode(() -> new TrendScore("zk-ai", Stance.HYPED, strength)).doesNotThrowAnyException();
        } else {
            assertThatThrownBy(() -> new TrendScore("zk-ai", Stance.HYPED, strength)).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
