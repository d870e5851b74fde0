/**
 * Reading YAML safely into hypecheck's own node tree (the only package that sees SnakeYAML), with
 * bounded aliases, nesting and size, and reading hypecheck's own files (rubrics, config) node by
 * node with closed key sets and positioned errors.
 */
package io.hypecheck.yaml;
