/** One run of hypecheck end to end: set up the engine, then load, evaluate, exempt and score every file in parallel, rank, and decide the report. */
package io.hypecheck.run;
