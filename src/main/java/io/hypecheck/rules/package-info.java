/** The built-in rule types, one per file, discovered through hypecheck's own services file. */
package io.hypecheck.rules;
