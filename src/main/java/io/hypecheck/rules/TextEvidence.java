package io.hypecheck.rules;

import io.hypecheck.api.Basis;
import io.hypecheck.api.Evidence;
import io.hypecheck.api.Fact;
import io.hypecheck.api.Provenance;
import io.hypecheck.prose.Markers;

/**
 * Evidence for words matched in a free-text value: located at the words, with the provenance their
 * sentence gives ("by its own figures…"); words of a claim are the project's own.
 */
final class TextEvidence {

    private TextEvidence() {
    }

    static Evidence of(Fact fact, int start, int end) {
        String value = (String) fact.value();
        Provenance provenance = fact.path().startsWith("claims") ? Provenance.SELF_REPORTED
                : fact.path().equals("summary") || fact.path().equals("description") ? Markers.inText(fact, start)
                : Provenance.UNSTATED;
        return new Evidence(fact.path(), value.substring(start, end), fact.locator().locate(start, end), Basis.TEXT,
                provenance);
    }
}
