package io.hypecheck.prose;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;

/**
 * Numbers as analysts write them in English and Portuguese: {@code 1,200,000}, {@code 1.2},
 * {@code 1,2} (Portuguese decimal comma), {@code 1.500} (Portuguese thousands), with a scale word
 * ({@code k}, {@code thousand}, {@code mil}, {@code M}, {@code mi}, {@code million},
 * {@code milhões}, {@code B}, {@code bn}, {@code bi}, {@code bilhão}, {@code trillion}…) or a number
 * word ({@code three}, {@code três}).
 */
final class Numbers {

    /** A scale word, as the regular expressions of this package spell it. */
    static final String SCALE = "(?:trillions?|trilh(?:ão|ao|ões|oes)|billions?|bilh(?:ão|ao|ões|oes)|millions?"
            + "|milh(?:ão|ao|ões|oes)|thousands?|mil|bn|bi|mm|mn|mi|tn|[kmbt])";
    /** A written number: digits with optional thousands separators and decimals. */
    static final String NUMBER = "\\d+(?:[.,]\\d+)*";

    private static final Map<String, Integer> WORDS = Map.ofEntries(Map.entry("one", 1), Map.entry("two", 2),
            Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6),
            Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
            Map.entry("um", 1), Map.entry("uma", 1), Map.entry("dois", 2), Map.entry("duas", 2), Map.entry("três", 3),
            Map.entry("tres", 3), Map.entry("quatro", 4), Map.entry("cinco", 5), Map.entry("seis", 6),
            Map.entry("sete", 7), Map.entry("oito", 8), Map.entry("nove", 9), Map.entry("dez", 10),
            Map.entry("several", 3), Map.entry("vários", 3), Map.entry("varios", 3), Map.entry("a", 1), Map.entry("an", 1));

    private Numbers() {
    }

    /** A number word's value, if it is one. */
    static Integer word(String word) {
        return WORDS.get(word.toLowerCase(Locale.ROOT));
    }

    /** The value of digits and an optional scale word; null when the digits do not read as a number. */
    static BigDecimal parse(String digits, String scale, boolean portuguese) {
        String plain = plain(digits, portuguese);
        if (plain == null) {
            return null;
        }
        BigDecimal value = new BigDecimal(plain);
        return scale == null || scale.isEmpty() ? value : value.multiply(multiplier(scale));
    }

    private static String plain(String digits, boolean portuguese) {
        int comma = digits.lastIndexOf(',');
        int dot = digits.lastIndexOf('.');
        if (comma >= 0 && dot >= 0) {
            char decimal = comma > dot ? ',' : '.';
            char group = decimal == ',' ? '.' : ',';
            return digits.replace(String.valueOf(group), "").replace(decimal, '.');
        }
        if (comma >= 0) {
            return digits.matches("\\d{1,3}(,\\d{3})+") ? digits.replace(",", "")
                    : digits.matches("\\d+,\\d+") ? digits.replace(',', '.') : null;
        }
        if (dot >= 0) {
            if (portuguese && digits.matches("\\d{1,3}(\\.\\d{3})+")) {
                return digits.replace(".", "");
            }
            return digits.matches("\\d+\\.\\d+") ? digits : null;
        }
        return digits;
    }

    private static BigDecimal multiplier(String scale) {
        String s = scale.toLowerCase(Locale.ROOT);
        if (s.startsWith("tri") || s.equals("t") || s.equals("tn")) {
            return BigDecimal.TEN.pow(12);
        }
        if (s.startsWith("bil") || s.equals("b") || s.equals("bn") || s.equals("bi")) {
            return BigDecimal.TEN.pow(9);
        }
        if (s.startsWith("mill") || s.startsWith("milh") || s.equals("m") || s.equals("mm") || s.equals("mn")
                || s.equals("mi")) {
            return BigDecimal.TEN.pow(6);
        }
        return BigDecimal.TEN.pow(3); // k, thousand, mil
    }
}
