package io.hypecheck.diagnostic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DidYouMeanTest {

    private static final List<String> TOP_LEVEL = List.of("schema_version", "name", "id", "website", "summary",
            "description", "tags", "claims", "token", "traction", "team", "code", "models", "compute",
            "verification", "data", "funding", "audits", "sources", "as_of");

    @Test
    void suggestsTheFieldAMissingLetterCameFrom() {
        // when / then
        assertThat(DidYouMean.closest("tokn", TOP_LEVEL)).contains("token");
    }

    @Test
    void suggestsAcrossSwappedLetters() {
        // when / then
        assertThat(DidYouMean.closest("nmae", TOP_LEVEL)).contains("name");
        assertThat(DidYouMean.closest("tractoin", TOP_LEVEL)).contains("traction");
    }

    @Test
    void ignoresCase() {
        // when / then
        assertThat(DidYouMean.closest("Website", TOP_LEVEL)).contains("website");
    }

    @Test
    void suggestsNothingForAFarName() {
        // when / then
        assertThat(DidYouMean.closest("marketing_budget", TOP_LEVEL)).isEmpty();
        assertThat(DidYouMean.closest("xyz", TOP_LEVEL)).isEmpty();
    }

    @Test
    void allowsFewerEditsForShortNames() {
        // given "ix" is one edit from "id", "dtx" two from "data" (three letters allow one)
        // when / then
        assertThat(DidYouMean.closest("ix", List.of("id"))).contains("id");
        assertThat(DidYouMean.closest("dtx", List.of("data"))).isEmpty();
    }

    @Test
    void breaksTiesAlphabetically() {
        // when / then
        assertThat(DidYouMean.closest("bat", List.of("cat", "bar"))).contains("bar");
    }

    @Test
    void suggestsNothingWithoutCandidates() {
        // when / then
        assertThat(DidYouMean.closest("token", List.of())).isEmpty();
    }

    @Test
    void hintIsAParentheticalOrNothing() {
        // when / then
        assertThat(DidYouMean.hint("tokn", TOP_LEVEL)).isEqualTo(" (did you mean 'token'?)");
        assertThat(DidYouMean.hint("zzzzzz", TOP_LEVEL)).isEmpty();
    }

    @Test
    void countsEditsTranspositionsOnce() {
        // when / then
        assertThat(DidYouMean.distance("token", "token")).isZero();
        assertThat(DidYouMean.distance("tokn", "token")).isEqualTo(1);
        assertThat(DidYouMean.distance("tokne", "token")).isEqualTo(1);
        assertThat(DidYouMean.distance("kitten", "sitting")).isEqualTo(3);
        assertThat(DidYouMean.distance("", "abc")).isEqualTo(3);
    }
}
