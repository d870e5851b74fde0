package io.hypecheck.rubric;

import java.util.Objects;

/**
 * Where in the article a rubric comes from.
 *
 * @param section the Portuguese section heading, as printed in the article
 * @param title   the section in English
 * @param part    the heading of the part the section belongs to, or empty
 * @param point   the article's point, paraphrased
 */
public record Citation(String section, String title, String part, String point) {

    public Citation {
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(title, "title");
        part = part == null ? "" : part;
        point = point == null ? "" : point;
    }

    /** {@code "Estruturas ZK-AI" (ZK-AI frameworks)}. */
    public String label() {
        return "\"" + section + "\" (" + title + ")";
    }
}
