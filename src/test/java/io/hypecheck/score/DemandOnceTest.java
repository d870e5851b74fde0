package io.hypecheck.score;

import static org.assertj.core.api.Assertions.assertThat;

import io.hypecheck.rubric.Citation;
import io.hypecheck.rubric.Effect;
import io.hypecheck.rubric.Kind;
import java.util.List;
import org.junit.jupiter.api.Test;

class DemandOnceTest {

    private static Finding finding(String rule, Effect effect, int points, Kind kind) {
        return new Finding(rule, "r", effect, points, rule, "why", new Citation("s", "t", null, null), List.of(), kind, 1.0);
    }

    @Test
    void countsOnlyTheLargestOfSeveralMissingDemandFindings() {
        // given two rubrics that each find no demand, beside other hype
        List<Finding> findings = List.of(finding("no-demand", Effect.HYPE, 10, Kind.DEMAND),
                finding("no-buyers", Effect.HYPE, 15, Kind.DEMAND), finding("grand", Effect.HYPE, 5, Kind.NARRATIVE));
        // when
        List<Finding> out = DemandOnce.apply(findings);
        // then the larger counts in full, the smaller stays in the report at weight 0, the rest unchanged
        assertThat(out).extracting(Finding::rule).containsExactly("no-demand", "no-buyers", "grand");
        assertThat(out).extracting(Finding::counted).containsExactly(0.0, 15.0, 5.0);
    }

    @Test
    void keepsTheFirstOfEqualDemandFindingsAndLeavesOneAloneOrSubstanceUntouched() {
        List<Finding> equal = DemandOnce.apply(List.of(finding("a", Effect.HYPE, 10, Kind.DEMAND), finding("b", Effect.HYPE, 10, Kind.DEMAND)));
        assertThat(equal).extracting(Finding::counted).containsExactly(10.0, 0.0);
        List<Finding> single = List.of(finding("a", Effect.HYPE, 10, Kind.DEMAND), finding("u", Effect.SUBSTANCE, 15, Kind.USAGE));
        assertThat(DemandOnce.apply(single)).isEqualTo(single);
    }
}
