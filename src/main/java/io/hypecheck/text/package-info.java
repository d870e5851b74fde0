/** Text analysis for matching rules: word tokens with offsets, case and accent folding, English and Portuguese stems. */
package io.hypecheck.text;
