/** The command line: picocli commands, thin wrappers that parse options, call the run, and print. */
package io.hypecheck.cli;
