/** The claims ledger: each promise in a project's {@code claims}, matched against the file's facts as supported, contradicted or unsupported. */
package io.hypecheck.claims;
