package io.hypecheck.project;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExcludeGlobTest {

    @ParameterizedTest(name = "{0} on {1}: {2}")
    @CsvSource({
        "drafts/, drafts/a.yaml, true",
        "drafts/, x/drafts/a.yaml, true",
        "drafts/, drafts.yaml, false",
        "drafts/, x/drafts, false",
        "drafts, x/drafts/y/a.yaml, true",
        "drafts, drafts, true",
        "**/drafts, drafts/a.yaml, true",
        "**/drafts, x/y/drafts/a.yaml, true",
        "**/drafts, x/mydrafts/a.yaml, false",
        "*-draft.yaml, olas-draft.yaml, true",
        "*-draft.yaml, x/y/olas-draft.yaml, true",
        "*-draft.yaml, olas.yaml, false",
        "/old, old/a.yaml, true",
        "/old, x/old/a.yaml, false",
        "archive/2024, archive/2024/a.yaml, true",
        "archive/2024, x/archive/2024/a.yaml, false",
        "*/drafts, more/drafts/a.yaml, true",
        "drafts/**, drafts/x/a.yaml, true",
        "p?.yaml, p1.yaml, true",
        "p[0-9].yaml, p7.yaml, true",
        "p[!0-9].yaml, p7.yaml, false",
        "a.b.yaml, aXb.yaml, false"})
    void readsPatternsAsGitignoreDoes(String pattern, String file, boolean excluded) {
        assertThat(new ExcludeGlob(pattern).excludes(file)).isEqualTo(excluded);
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"[!]", "x[!]y]", "!drafts", "[!]*"})
    void aPatternThatCannotBeReadIsRejectedWithAReasonNotAPatternSyntaxException(String pattern) {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new ExcludeGlob(pattern))
                .isExactlyInstanceOf(IllegalArgumentException.class).hasMessageNotContaining("\n");
    }
}
