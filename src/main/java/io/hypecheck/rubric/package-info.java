/** Rubrics: the YAML format that encodes the article's trends as match signals and scored rules, loaded with positions and self-tests. */
package io.hypecheck.rubric;
