package io.hypecheck.score;

import static org.assertj.core.api.Assertions.assertThat;

import io.hypecheck.api.Basis;
import io.hypecheck.api.Evidence;
import io.hypecheck.api.Location;
import io.hypecheck.api.Outcome;
import io.hypecheck.api.Provenance;
import io.hypecheck.rubric.Citation;
import io.hypecheck.rubric.Effect;
import io.hypecheck.rubric.Kind;
import io.hypecheck.rubric.Rule;
import java.util.List;
import org.junit.jupiter.api.Test;

class NextFactsTest {

    private static Rule rule(String id, Effect effect, int points, String source) {
        return new Rule(id, id + " title", facts -> Outcome.unknown(), effect, points, "w", 1, source, Kind.USAGE);
    }

    @Test
    void listsTheLargestMovesFirstUpBeforeDownThenById() {
        // given undecided rules of 20 (substance and hype, same size), 10 and 3 points
        List<Rule> undecided = List.of(rule("b-hype", Effect.HYPE, 20, "{}"), rule("a-sub", Effect.SUBSTANCE, 20, "{}"),
                rule("c", Effect.SUBSTANCE, 3, "{}"), rule("d", Effect.HYPE, 10, "{}"));

        // when
        List<Next> next = NextFacts.of(List.of(), undecided);

        // then: half their points, rounded up
        assertThat(next).extracting(Next::rule).containsExactly("a-sub", "b-hype", "d", "c");
        assertThat(next).extracting(Next::points).containsExactly(10, -10, -5, 2);
    }

    @Test
    void namesTheFieldsARuleNeedsFromItsCondition() {
        List<Next> next = NextFacts.of(List.of(), List.of(rule("r", Effect.SUBSTANCE, 10,
                "{any: [{range: {field: traction.monthly_active_users, min: 1000}}, {absent: code.repo}, {phrase: [users]}]}")));

        assertThat(next.get(0).fields()).containsExactly("traction.monthly_active_users", "code.repo");
        assertThat(next.get(0).text()).isEqualTo("r title: up to +5 with traction.monthly_active_users, code.repo");
    }

    @Test
    void offersTheRestOfAWeakFindingAndKeepsAtMostFive() {
        Evidence own = new Evidence("traction.paying_customers", "30", Location.at(1, 1), Basis.FIELD, Provenance.SELF_REPORTED);
        Finding weak = new Finding("w", "rc", Effect.SUBSTANCE, 16, "Customers", "why", new Citation("s", "t", "", ""),
                List.of(own), Kind.USAGE, 0.5);
        Finding full = new Finding("f", "rc", Effect.SUBSTANCE, 16, "Open", "why", new Citation("s", "t", "", ""),
                List.of(new Evidence("code.repo", "x", Location.at(1, 1))), Kind.OPEN_WORK, 1);
        List<Rule> many = List.of(rule("r1", Effect.SUBSTANCE, 2, "{}"), rule("r2", Effect.SUBSTANCE, 2, "{}"),
                rule("r3", Effect.SUBSTANCE, 2, "{}"), rule("r4", Effect.SUBSTANCE, 2, "{}"), rule("r5", Effect.SUBSTANCE, 2, "{}"));

        List<Next> next = NextFacts.of(List.of(weak, full), many);

        assertThat(next).hasSize(5);
        assertThat(next.get(0).rule()).isEqualTo("w");
        assertThat(next.get(0).points()).isEqualTo(4);
        assertThat(next.get(0).fields()).containsExactly("traction.paying_customers");
        assertThat(next).extracting(Next::rule).doesNotContain("f");
    }
}
