/** Reading hypecheck's own YAML files (rubrics, config) node by node, with closed key sets and positioned errors. */
package io.hypecheck.yaml;
