package io.hypecheck.project;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads {@code YYYY-MM-DD}, {@code YYYY-MM} (which means the first day of that month) and {@code YYYY}
 * (the first day of that year, as analysts often know only the year a project launched).
 */
public final class DateParser {

    private static final Pattern DATE = Pattern.compile("([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?");

    private DateParser() {
    }

    /** The date a string stands for, or empty when it is not a valid date. */
    public static Optional<LocalDate> parse(String text) {
        Matcher m = DATE.matcher(text.trim());
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            int month = m.group(2) == null ? 1 : Integer.parseInt(m.group(2));
            int day = m.group(3) == null ? 1 : Integer.parseInt(m.group(3));
            return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), month, day));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
