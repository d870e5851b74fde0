package io.hypecheck.prose;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import io.hypecheck.text.Needs;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Dollar amounts in prose with the role the words around them give: market cap, FDV, revenue
 * (annualised from monthly, quarterly, weekly or daily figures), money raised, money paid out to
 * builders, volume settled for users (annualised too; not the token's own trading). Amounts in other currencies ({@code R$}, {@code €}) are not dollars and are skipped;
 * a past peak ("peaked at", "no pico") is not a current value; a figure of another entity (a
 * parent company, a partner) does not count. "From $3.5M to under $200k" gives the later figure
 * and the change, in percent.
 */
final class Amounts {

    private static final String CURRENCY = "(?:US\\$|U\\$S|USD|\\$)";
    private static final Pattern MONEY = Pattern.compile("(?i)(" + CURRENCY + "\\s?(" + Numbers.NUMBER + ")(?:\\s?(" + Numbers.SCALE
            + ")\\b)?|(" + Numbers.NUMBER + ")\\s?(" + Numbers.SCALE + ")?\\s?(?:de\\s+)?(?:dollars|dólares|dolares|USD)\\b)");
    private static final Pattern FROM_TO = Pattern.compile("(?i)\\b(?:from|de)\\s+(?:about\\s+|roughly\\s+|around\\s+|over\\s+|nearly\\s+|cerca de\\s+|mais de\\s+|quase\\s+)?$");
    private static final Pattern TO = Pattern.compile("(?i)\\s+(?:to|para|a)\\s+(?:under\\s+|below\\s+|less than\\s+|about\\s+|around\\s+|roughly\\s+|just\\s+|only\\s+|menos de\\s+|cerca de\\s+|apenas\\s+)?");
    /** Amounts in words: "tens of millions", "hundreds of millions of dollars", "the low billions", "dezenas de milhões". */
    private static final Pattern APPROXIMATE = Pattern.compile("(?i)\\b(?:(tens|dozens|hundreds|dezenas|centenas)\\s+(?:of|de)\\s+"
            + "|(low|several|a few|few|more than a|over a|mais de um|alguns|poucos)\\s+)?(millions|billions|million|billion|milhões|milhoes|bilhões|bilhoes|bilhão|milhão)\\b"
            + "(?:\\s+(?:of|de)\\s+(?:dollars|USD|dólares|dolares))?");
    private static final Pattern PEAK = Pattern.compile("(?i)(peak|peaked|all[- ]time high|\\bath\\b|at its height|\\bhigh of\\b|\\bpico\\b|máxima|maxima|chegou a|atingiu|at launch|no lançamento)");
    private static final Pattern CUMULATIVE = Pattern.compile("(?i)(since launch|to date|lifetime|cumulative|in total|all[- ]time|desde o lançamento|acumulad|no total|até hoje)");

    /** What a sentence must contain for each pattern to match (prefilters, for speed only). */
    private static final Needs MONEY_NEEDS = Needs.of(MONEY.pattern());
    private static final Needs APPROXIMATE_NEEDS = Needs.of(APPROXIMATE.pattern());

    private Amounts() {
    }

    /** The amounts of a sentence as facts. */
    static List<Found> in(Sentence sentence, boolean portuguese) {
        String text = sentence.text();
        List<Found> out = new ArrayList<>();
        List<int[]> spans = new ArrayList<>();
        List<BigDecimal> values = new ArrayList<>();
        String caseless = Needs.caseless(text);
        Matcher m = MONEY.matcher(text);
        boolean money = MONEY_NEEDS.metBy(caseless);
        while (money && m.find()) {
            BigDecimal value = m.group(2) != null ? Numbers.parse(m.group(2), m.group(3), portuguese)
                    : Numbers.parse(m.group(4), m.group(5), portuguese);
            boolean dollars = m.start() == 0 || "R€£".indexOf(text.charAt(m.start() - 1)) < 0;
            if (value != null && dollars) {
                spans.add(new int[] {m.start(), m.end()});
                values.add(value);
            }
        }
        Matcher w = APPROXIMATE.matcher(text);
        boolean approximate = APPROXIMATE_NEEDS.metBy(caseless);
        while (approximate && w.find()) {
            BigDecimal value = approximate(w.group(1), w.group(2), w.group(3));
            boolean inside = spans.stream().anyMatch(s -> w.start() < s[1] && s[0] < w.end());
            boolean counted = text.substring(w.end()).matches("(?is)\\s+(?:of\\s+|de\\s+)?(users|wallets|people|names|transactions|usuários|usuarios|carteiras|pessoas|transações|nomes|downloads|tokens).*");
            boolean afterNumber = w.group(1) == null && w.group(2) == null
                    && text.substring(Math.max(0, w.start() - 4), w.start()).matches("(?s).*\\d\\s*");
            if (value != null && !inside && !counted && !afterNumber) {
                int at = 0;
                while (at < spans.size() && spans.get(at)[0] < w.start()) {
                    at++;
                }
                spans.add(at, new int[] {w.start(), w.end()});
                values.add(at, value);
            }
        }
        for (int i = 0; i < spans.size(); i++) {
            int start = spans.get(i)[0];
            int end = spans.get(i)[1];
            BigDecimal value = values.get(i);
            boolean later = i > 0 && TO.matcher(text.substring(spans.get(i - 1)[1], start)).matches()
                    && FROM_TO.matcher(text.substring(0, spans.get(i - 1)[0])).find();
            boolean earlier = i + 1 < spans.size() && TO.matcher(text.substring(end, spans.get(i + 1)[0])).matches()
                    && FROM_TO.matcher(text.substring(0, start)).find();
            Roles.Role role = Roles.of(text, later ? spans.get(i - 1)[0] : start, end);
            if (earlier || role == Roles.Role.NONE || role.path() == null || Markers.otherEntity(sentence, start)
                    || !sentence.affirmed(start, end)) {
                continue;
            }
            if (later) {
                BigDecimal before = values.get(i - 1);
                BigDecimal change = value.subtract(before).multiply(BigDecimal.valueOf(100))
                        .divide(before.signum() == 0 ? BigDecimal.ONE : before, 0, RoundingMode.HALF_UP);
                role.changePath().ifPresent(p -> out.add(new Found(p, change, start, end)));
            }
            if (role == Roles.Role.VOLUME && Roles.tokenTrading(text)) {
                continue;
            }
            BigDecimal annual = role == Roles.Role.REVENUE || role == Roles.Role.VOLUME ? Roles.annualised(text, later ? spans.get(i - 1)[0] : start, end, value) : value;
            boolean past = !later && PEAK.matcher(window(text, start, end)).find();
            boolean cumulative = role == Roles.Role.REVENUE && CUMULATIVE.matcher(window(text, start, end)).find();
            if (!past && !cumulative) {
                out.add(new Found(role.path(), annual, start, end));
            }
        }
        return out;
    }

    /**
     * A point estimate of an amount in words, inside the range it names rather than at its floor
     * (a floor would bias every ratio with it below the line): "tens of millions" 30M, "hundreds of
     * millions" 300M, "several" or "a few" billion 3B, "the low billions" or "more than a billion" 1B,
     * "millions of dollars" 1M; null when a bare scale word names no amount.
     */
    private static BigDecimal approximate(String multiple, String modifier, String scale) {
        BigDecimal unit = Numbers.parse("1", scale.toLowerCase(java.util.Locale.ROOT).startsWith("b") ? "b" : "m", false);
        if (multiple != null) {
            String m = multiple.toLowerCase(java.util.Locale.ROOT);
            return unit.multiply(BigDecimal.valueOf(m.startsWith("hundred") || m.startsWith("centena") ? 300 : 30));
        }
        if (modifier != null) {
            String m = modifier.toLowerCase(java.util.Locale.ROOT);
            return unit.multiply(BigDecimal.valueOf(m.equals("low") || m.contains("than") || m.startsWith("over") || m.startsWith("mais") ? 1 : 3));
        }
        return scale.toLowerCase(java.util.Locale.ROOT).matches("millions|billions|milhões|milhoes|bilhões|bilhoes") ? unit : null;
    }

    private static String window(String text, int start, int end) {
        return text.substring(Math.max(0, start - 40), Math.min(text.length(), end + 25));
    }
}
