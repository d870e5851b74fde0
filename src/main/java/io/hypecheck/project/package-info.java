/** Project files: the format of SPEC §1, and loading it safely into values that remember their source positions. */
package io.hypecheck.project;
