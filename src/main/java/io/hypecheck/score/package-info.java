/** Scores of SPEC §3: hype, substance, score, confidence and verdict from rule results, and the ranking of projects. */
package io.hypecheck.score;
