package io.hypecheck.spill;

import static org.assertj.core.api.Assertions.assertThat;

import io.hypecheck.api.Basis;
import io.hypecheck.api.Evidence;
import io.hypecheck.api.Location;
import io.hypecheck.api.Provenance;
import io.hypecheck.rubric.Citation;
import io.hypecheck.rubric.Effect;
import io.hypecheck.rubric.Kind;
import io.hypecheck.run.Engine;
import io.hypecheck.run.Runner;
import io.hypecheck.run.Settings;
import io.hypecheck.score.Finding;
import io.hypecheck.score.ProjectScore;
import io.hypecheck.score.Suppression;
import io.hypecheck.score.Verdict;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ScoreCodecTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    @Test
    void readsBackEveryScoreOfTheSamplesEqualToWhatWasWritten() {
        // given
        ScoreCodec codec = new ScoreCodec();
        List<ProjectScore> scores = Runner.run(Engine.load(Settings.defaults(TODAY)), "test", List.of("samples"),
                new ByteArrayInputStream(new byte[0])).report().projects();

        // when
        List<ProjectScore> read = scores.stream().map(s -> codec.decode(codec.encode(s), s.project())).toList();

        // then
        assertThat(scores).hasSizeGreaterThan(10);
        assertThat(read).isEqualTo(scores);
        assertThat(scores).anySatisfy(s -> assertThat(s.judgment().claims()).isNotEmpty());
        assertThat(scores).anySatisfy(s -> assertThat(s.trends()).isNotEmpty());
    }

    @Test
    void keepsNonAsciiTextALoneSurrogateAndASuppressionsDateAsTheyWere() {
        // given
        ScoreCodec codec = new ScoreCodec();
        Evidence odd = new Evidence("summary", "déjà vu \uD800 ✓", new Location(2, 3, 2, 9, 3, 10), Basis.PROSE,
                Provenance.DISPUTED);
        Finding finding = new Finding("r-odd", "rubric", Effect.HYPE, 7, "Odd", "why", new Citation("1", "T", null, null),
                List.of(odd), Kind.NARRATIVE, 0.25);
        ProjectScore score = new ProjectScore(Spill.summary(sample()).project(), Verdict.HYPE, 12, 80, 10, 0.5,
                List.of(), List.of(finding),
                List.of(new Suppression(finding, "accepted ✓", Optional.of(LocalDate.of(2027, 1, 31)), "config"),
                        new Suppression(finding, "for now", Optional.empty(), "file")),
                9, 2, List.of(finding));

        // when
        ProjectScore read = codec.decode(codec.encode(score), score.project());

        // then
        assertThat(read).isEqualTo(score);
    }

    private static ProjectScore sample() {
        return Runner.run(Engine.load(Settings.defaults(TODAY)), "test", List.of("samples/olas.yaml"),
                new ByteArrayInputStream(new byte[0])).report().projects().get(0);
    }
}
