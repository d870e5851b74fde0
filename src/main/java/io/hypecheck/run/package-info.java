/** One run of hypecheck end to end: set up the engine, load the inputs, evaluate, score and rank them into a report. */
package io.hypecheck.run;
