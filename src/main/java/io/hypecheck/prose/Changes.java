package io.hypecheck.prose;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import io.hypecheck.text.Needs;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Declines and shares in percent: a token "down 94%", "94% below its high", "lost over 90% of its
 * value", "caiu 80%", "90% abaixo da máxima" ({@code token.drawdown_pct}); revenue or users that
 * "fell 60%" ({@code traction.revenue_change_pct}, {@code traction.users_change_pct}, negative);
 * and the share of supply insiders hold, "insiders hold 47% of supply", "a equipe detém 40%"
 * ({@code token.insider_share_pct}). A range ("75-80%") reads as its lower end.
 */
final class Changes {

    private static final String PCT = "(\\d+(?:[.,]\\d+)?)(?:\\s?(?:%|percent|por cento)?\\s?(?:[-–]|to|and|e|a)\\s?\\d+(?:[.,]\\d+)?)?\\s?(?:%|percent|por cento)";
    private static final String ABOUT = "(?:roughly\\s+|about\\s+|around\\s+|over\\s+|more than\\s+|nearly\\s+|almost\\s+|some\\s+|~\\s?|>\\s?|cerca de\\s+|mais de\\s+|quase\\s+|aproximadamente\\s+|uns\\s+|por volta de\\s+|superior a\\s+|acima de\\s+|de mais de\\s+|in excess of\\s+|upwards of\\s+|(?:somewhere\\s+)?between\\s+|(?:algo\\s+)?entre\\s+)?";
    private static final Pattern DECLINE = Pattern.compile("(?i)(\\b(?:down|fell|falling|fallen|dropped|dropping|declined|declining|lost|losing|loses|plunged|crashed|slumped|sank|tumbled|collapsed|shed|shedding|off)\\s+(?:by\\s+)?" + ABOUT + PCT
            + "|\\b" + PCT + "\\s+(?:below|under|off|down from|beneath|lower than)\\s+(?:its\\s+|the\\s+|their\\s+)?(?:all[- ]time high|high|peak|ath|top|launch price|listing price|record)"
            + "|\\b" + PCT + "\\s+(?:drop|decline|fall|crash|plunge|drawdown|slump)"
            + "|\\b(?:trading|trades|traded|priced)\\s+" + ABOUT + PCT + "\\s+(?:lower|below|down|under)\\b"
            + "|\\b(?:caiu|caíram|caiam|caía|caíam|caindo|recuou|recuaram|recuava|perdeu|perderam|perdendo|perdia|despencou|despencaram|despencava|desvalorizou|desabou|desvalorizaram|acumula queda de|acumulava queda de|cai)\\s+" + ABOUT + PCT
            + "|\\b" + PCT + "\\s+abaixo\\s+d[aeo]s?\\s+(?:sua\\s+|seu\\s+)?(?:máxima|maxima|pico|topo|recorde|preço de lançamento)"
            + "|\\b(?:drop|decline|fall|crash|plunge|drawdown|loss|slump)\\s+of\\s+" + ABOUT + PCT
            + "|\\b(?:queda|desvalorização|desvalorizacao|recuo|perda)\\s+(?:de\\s+)?" + ABOUT + PCT + ")");
    private static final Pattern INSIDERS = Pattern.compile("(?i)(\\b(?:insiders|team|founders|investors|early backers|vcs|the foundation|top\\s+(?:\\d+|five|ten|twenty|fifty|hundred)\\s+(?:wallets|holders|addresses)|(?:the\\s+)?(?:\\d+|five|ten|twenty|fifty|hundred)\\s+(?:largest|biggest)\\s+(?:wallets|holders|addresses)|equipe|time|fundadores|investidores|fundação|(?:as\\s+|os\\s+)?(?:\\d+|cinco|dez|vinte|cinquenta|cem)\\s+maiores\\s+(?:carteiras|endereços|enderecos|detentores|holders))(?:\\s+(?:and|e)\\s+\\w+)?\\s+(?:together\\s+|juntos\\s+|still\\s+|ainda\\s+)?(?:hold|holds|held|control|controls|controlled|own|owns|detêm|detem|detém|controlam|controla|possuem|possui|concentram)\\s+" + ABOUT + PCT
            + "|\\b" + PCT + "\\s+of\\s+(?:the\\s+)?(?:token\\s+|total\\s+|circulating\\s+)?supply\\s+(?:is\\s+|was\\s+|remains\\s+|sits\\s+)?(?:held|controlled|owned|allocated|locked)\\s+(?:by|to|with)\\s+(?:insiders|the team|team|investors|founders|early|vcs|the foundation|a few|a handful)"
            + "|\\b" + PCT + "\\s+d[oa]s?\\s+(?:fornecimento|suprimento|oferta|supply|total de tokens|tokens)\\s+(?:está\\s+|estão\\s+|fica\\s+|ficam\\s+|pertence\\s+|pertencem\\s+)?(?:com|nas mãos d[eao]s?|reservad[oa]s? (?:a|para)|a|à|aos)\\s+(?:insiders|equipe|time|investidores|fundadores|fundação))");
    /** A peak or high in the sentence makes a decline the token's ("since its 2021 peak, ALI fell 95%"). */
    private static final Pattern PEAK = Pattern.compile("(?i)(\\bhigh\\b|\\bpeak\\b|\\bath\\b|all[- ]time|\\bvalue\\b|máxima|maxima|\\bpico\\b|\\btopo\\b)");
    private static final Pattern TOKEN = Pattern.compile("(?i)(token|price|market cap|valuation|\\bvalue\\b|\\bfdv\\b|trades|traded|trading|preço|preco|cotação|cotacao|valor|moeda|coin|negocia\\w*|cotad[oa]s?|quoted|changing hands)");
    /** A unit price in the sentence ("near $0.60", "US$ 0,02") makes a decline a token's: a money amount with decimals and no magnitude after it. */
    private static final Pattern PRICE = Pattern.compile("(?i)(?:US\\$|R\\$|\\$|€)\\s?\\d{1,4}[.,]\\d{1,4}\\b(\\s?(?:k|m|mm|b|bn|mi|bi|mil|million|millions|billion|billions|milh\\p{L}*|bilh\\p{L}*|trilh\\p{L}*|trillion)\\b)?");

    /** What a sentence must contain for each pattern to match (prefilters, for speed only). */
    private static final Needs DECLINE_NEEDS = Needs.of(DECLINE.pattern());
    private static final Needs INSIDERS_NEEDS = Needs.of(INSIDERS.pattern());

    private Changes() {
    }

    /** The declines and insider shares of a sentence as facts. */
    static List<Found> in(Sentence sentence) {
        String text = sentence.text();
        List<Found> out = new ArrayList<>();
        String caseless = Needs.caseless(text);
        Matcher m = DECLINE.matcher(text);
        boolean declines = DECLINE_NEEDS.metBy(caseless);
        while (declines && m.find()) {
            BigDecimal pct = first(m);
            if (pct == null || !sentence.affirmed(m.start(), m.end())) {
                continue;
            }
            String clause = text.substring(Math.max(0, m.start() - 70), m.end());
            java.util.Optional<String> change = Roles.changeOf(clause);
            if (change.isPresent() && !TOKEN.matcher(text.substring(Math.max(0, m.start() - 25), m.start())).find()) {
                out.add(new Found(change.get(), pct.negate(), m.start(), m.end()));
            } else if (TOKEN.matcher(text).find() || PEAK.matcher(text).find() || unitPrice(text)) {
                out.add(new Found("token.drawdown_pct", pct, m.start(), m.end()));
            }
        }
        Matcher i = INSIDERS.matcher(text);
        boolean insiders = INSIDERS_NEEDS.metBy(caseless);
        while (insiders && i.find()) {
            BigDecimal pct = first(i);
            if (pct != null && sentence.affirmed(i.start(), i.end())) {
                out.add(new Found("token.insider_share_pct", pct, i.start(), i.end()));
            }
        }
        return out;
    }

    private static boolean unitPrice(String text) {
        Matcher p = PRICE.matcher(text);
        while (p.find()) {
            if (p.group(1) == null) {
                return true;
            }
        }
        return false;
    }

    private static BigDecimal first(Matcher m) {
        for (int g = 1; g <= m.groupCount(); g++) {
            String s = m.group(g);
            if (s != null && s.matches("\\d+(?:[.,]\\d+)?")) {
                return new BigDecimal(s.replace(',', '.'));
            }
        }
        return null;
    }
}
