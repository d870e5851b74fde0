package io.hypecheck.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hypecheck.score.FailCondition;
import io.hypecheck.score.Verdict;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReportTest {

    @Test
    void decidesEachProjectsFailReasonsOnceInRankOrder() {
        // given
        FailCondition fail = new FailCondition(Optional.of(Verdict.MIXED), Optional.of(20), Optional.empty());

        // when
        Report report = ReportFixtures.scenario("several", fail);

        // then
        assertThat(report.failReasons(0)).isEmpty();
        assertThat(report.failReasons(1)).containsExactly("verdict mixed (--fail-on mixed)");
        assertThat(report.failReasons(2)).containsExactly("verdict hype (--fail-on mixed)", "score 15 is below --min-score 20");
        assertThat(report.failures()).containsExactly("samples/beta.yaml: verdict mixed (--fail-on mixed)",
                "./samples/gamma.yaml: verdict hype (--fail-on mixed)", "./samples/gamma.yaml: score 15 is below --min-score 20");
    }

    @Test
    void hasNoFailReasonsWithoutAFailCondition() {
        // when
        Report report = ReportFixtures.scenario("baseline", FailCondition.none());

        // then
        assertThat(report.failReasons()).hasSize(3).allSatisfy(reasons -> assertThat(reasons).isEmpty());
        assertThat(report.failures()).isEmpty();
    }

    @Test
    void refusesFailReasonsThatDoNotMatchTheProjects() {
        // given
        Report several = ReportFixtures.scenario("several");

        // when / then
        assertThatThrownBy(() -> new Report("1", several.projects(), List.of(), Optional.empty(), List.of(List.of())))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
