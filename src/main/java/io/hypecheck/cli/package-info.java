/**
 * The command line: picocli commands, thin wrappers that parse options, call the run, and print;
 * a command that loads plugin jars runs in a JVM of its own, which hands back its report and exit code.
 */
package io.hypecheck.cli;
