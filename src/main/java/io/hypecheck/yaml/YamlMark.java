package io.hypecheck.yaml;

/**
 * A place in a YAML file, as the YAML parser counts it.
 *
 * @param index  0-based code point index in the decoded text
 * @param line   0-based line (YAML 1.1 also breaks lines at U+0085, U+2028 and U+2029)
 * @param column 0-based column, in code points
 */
public record YamlMark(int index, int line, int column) {

    public YamlMark {
        if (index < 0 || line < 0 || column < 0) {
            throw new IllegalArgumentException("negative mark " + index + "/" + line + ":" + column);
        }
    }
}
