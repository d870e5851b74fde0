package io.hypecheck.report;

import java.util.ArrayList;
import java.util.List;

/** A strict RFC 4180 reader for tests: rows of fields, quoted fields with doubled quotes and line breaks. */
final class CsvReader {

    private CsvReader() {
    }

    /** The rows of a document whose every record ends with a line break. */
    static List<List<String>> read(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '"' && field.length() == 0) {
                i = quoted(text, i + 1, field);
                char next = i < text.length() ? text.charAt(i) : '\0';
                if (next != ',' && next != '\n') {
                    throw new IllegalArgumentException("text after a closing quote at " + i);
                }
                continue;
            }
            if (c == '"') {
                throw new IllegalArgumentException("quote inside an unquoted field at " + i);
            }
            if (c == ',' || c == '\n') {
                row.add(field.toString());
                field.setLength(0);
                if (c == '\n') {
                    rows.add(row);
                    row = new ArrayList<>();
                }
            } else {
                field.append(c);
            }
            i++;
        }
        if (!row.isEmpty() || field.length() > 0) {
            throw new IllegalArgumentException("the last record does not end with a line break");
        }
        return rows;
    }

    private static int quoted(String text, int from, StringBuilder field) {
        int i = from;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                field.append('"');
                i += 2;
            } else if (c == '"') {
                return i + 1;
            } else {
                field.append(c);
                i++;
            }
        }
        throw new IllegalArgumentException("unclosed quote");
    }
}
