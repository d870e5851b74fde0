package io.hypecheck.project;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads amounts as analysts write them: {@code 1200000}, {@code "$1.2B"}, {@code "350M"},
 * {@code "12,000,000"}, {@code "4.5k"}, {@code "US$ 3 bi"} (amounts are in US dollars: {@code "R$ 4 bi"} is not one), {@code "1,2 mi"},
 * and with Brazilian thousands dots, {@code "US$ 1.500 mi"} (1.5 billion), {@code "1.234.567"},
 * {@code "2.500,5 mil"}: dots group thousands when there are several, when a decimal comma follows, or
 * before a Portuguese scale word ({@code mil}, {@code mi}, {@code bi}, ...); otherwise a dot is a
 * decimal point ({@code "$1.500B"} is 1.5 billion).
 */
public final class AmountParser {

    private static final Pattern AMOUNT = Pattern.compile(
            "(?:us\\$|\\$)?\\s*([0-9][0-9,.]*)\\s*([a-z]*?)\\s*(?:usd)?");
    private static final Pattern DOT_GROUPED = Pattern.compile("[0-9]{1,3}(?:\\.[0-9]{3})+(?:,[0-9]+)?");
    private static final Pattern PLAIN = Pattern.compile("[0-9]+(?:\\.[0-9]+)?");
    private static final java.util.Set<String> PORTUGUESE_SCALES = java.util.Set.of("mil", "mi", "milhoes", "bi", "bilhoes", "tri");
    private static final Pattern GROUPED = Pattern.compile("[0-9]{1,3}(?:,[0-9]{3})+(?:\\.[0-9]+)?");
    private static final Pattern DECIMAL_COMMA = Pattern.compile("[0-9]+,[0-9]+");
    private static final Map<String, BigDecimal> SCALES = Map.ofEntries(
            Map.entry("", BigDecimal.ONE),
            Map.entry("k", BigDecimal.TEN.pow(3)),
            Map.entry("thousand", BigDecimal.TEN.pow(3)),
            Map.entry("mil", BigDecimal.TEN.pow(3)),
            Map.entry("m", BigDecimal.TEN.pow(6)),
            Map.entry("mm", BigDecimal.TEN.pow(6)),
            Map.entry("mn", BigDecimal.TEN.pow(6)),
            Map.entry("million", BigDecimal.TEN.pow(6)),
            Map.entry("mi", BigDecimal.TEN.pow(6)),
            Map.entry("milhoes", BigDecimal.TEN.pow(6)),
            Map.entry("b", BigDecimal.TEN.pow(9)),
            Map.entry("bn", BigDecimal.TEN.pow(9)),
            Map.entry("billion", BigDecimal.TEN.pow(9)),
            Map.entry("bi", BigDecimal.TEN.pow(9)),
            Map.entry("bilhoes", BigDecimal.TEN.pow(9)),
            Map.entry("t", BigDecimal.TEN.pow(12)),
            Map.entry("trillion", BigDecimal.TEN.pow(12)),
            Map.entry("tri", BigDecimal.TEN.pow(12)));

    /** The largest magnitude of any number in a project file or rubric: a thousand trillion. */
    public static final BigDecimal MAX_MAGNITUDE = BigDecimal.TEN.pow(15);
    /** The most decimal places a number may have. */
    public static final int MAX_DECIMALS = 20;

    private AmountParser() {
    }

    /**
     * Why a number is outside the range hypecheck reads (beyond a thousand trillion, or with more
     * than {@value #MAX_DECIMALS} decimal places), or empty when it is within it. Such numbers are
     * never facts, and keeping them out keeps arithmetic and reports small.
     */
    public static Optional<String> rangeProblem(BigDecimal value) {
        if (value.abs().compareTo(MAX_MAGNITUDE) > 0) {
            return Optional.of("out of range: at most 10^15 (a thousand trillion)");
        }
        if (value.signum() != 0 && value.stripTrailingZeros().scale() > MAX_DECIMALS) {
            return Optional.of("out of range: at most " + MAX_DECIMALS + " decimal places");
        }
        return Optional.empty();
    }

    /** The amount a string stands for, or empty when it is not one. */
    public static Optional<BigDecimal> parse(String text) {
        String folded = java.text.Normalizer.normalize(text.trim().toLowerCase(Locale.ROOT),
                java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        Matcher m = AMOUNT.matcher(folded);
        if (!m.matches() || !SCALES.containsKey(m.group(2))) {
            return Optional.empty();
        }
        String digits = m.group(1);
        if (DOT_GROUPED.matcher(digits).matches() && (digits.indexOf('.') != digits.lastIndexOf('.')
                || digits.contains(",") || PORTUGUESE_SCALES.contains(m.group(2)))) {
            digits = digits.replace(".", "").replace(',', '.');
        } else if (GROUPED.matcher(digits).matches()) {
            digits = digits.replace(",", "");
        } else if (DECIMAL_COMMA.matcher(digits).matches()) {
            digits = digits.replace(',', '.');
        }
        if (!PLAIN.matcher(digits).matches()) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(digits).multiply(SCALES.get(m.group(2))).stripTrailingZeros());
    }
}
