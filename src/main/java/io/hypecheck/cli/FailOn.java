package io.hypecheck.cli;

/** The verdicts {@code --fail-on} accepts: a verdict and every worse one fail the run. */
public enum FailOn {
    /** Fail when any project is judged hype. */
    hype,
    /** Fail when any project is judged mixed or hype. */
    mixed
}
