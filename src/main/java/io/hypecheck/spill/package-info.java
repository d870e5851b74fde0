/** Keeps the full scores of a large run in a temporary file, memory holding only what ranking needs, and reads them back in rank order. */
package io.hypecheck.spill;
