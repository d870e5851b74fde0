/** What can go wrong and how it is told: diagnostics with file positions, exit codes, the one user-facing error type. */
package io.hypecheck.diagnostic;
