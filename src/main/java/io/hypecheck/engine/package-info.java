/** The rule engine: the registry of rule types (built-ins and plugins), compiling rubric conditions, and evaluating rubrics over projects. */
package io.hypecheck.engine;
