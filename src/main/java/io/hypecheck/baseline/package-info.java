/** The baseline of a run: an earlier JSON report read back, and what changed since (score deltas, verdict changes, new and removed projects). */
package io.hypecheck.baseline;
