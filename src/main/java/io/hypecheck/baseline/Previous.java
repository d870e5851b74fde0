package io.hypecheck.baseline;

import io.hypecheck.score.Verdict;
import java.util.Objects;

/**
 * A project as an earlier JSON report (the baseline) scored it.
 *
 * @param id      the project id
 * @param name    its name then
 * @param file    its file then
 * @param score   its score then
 * @param verdict its verdict then
 */
public record Previous(String id, String name, String file, int score, Verdict verdict) {

    public Previous {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(verdict, "verdict");
    }
}
