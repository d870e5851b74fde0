package io.hypecheck.prose;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import java.math.BigDecimal;
import java.util.Optional;

/** What an amount in prose measures, read from the nearest role words in its clause. */
final class Roles {

    /** The roles an amount can have, and the field each stands for. */
    enum Role {
        MARKET_CAP("token.market_cap_usd", null, "(market cap(italization|italisation)?|market value|\\bmcap\\b|valor de mercado|capitaliza(ção|cao)( de mercado)?|trades? at|negociad[oa] a)"),
        FDV("token.fdv_usd", null, "(\\bfdv\\b|fully[- ]diluted|totalmente diluíd|\\bvalued\\b|\\bvaluations?\\b|\\bavali(ou|ado|ada|ando|aram)\\b|\\bavalia(ção|cao)\\b)"),
        REVENUE("traction.revenue_usd_annual", "traction.revenue_change_pct", "(revenues?|\\bfees\\b|\\binterest\\b|\\bbrings?( in)?\\b|\\bgenerat(es|ed|ing|e)\\b|\\byields?\\b|\\btakes in\\b|\\bger(a|am|aram|ou|ando|ar)\\b|\\btraz(em)?\\b|\\bjuros\\b|\\brend(e|eu|em)\\b|\\bsales\\b|\\barr\\b|run[- ]rate|\\bearn(ed|s)?\\b|\\bincome\\b|receitas?|faturamento|faturou|\\btaxas\\b|\\bbilled\\b|\\bbookings\\b)"),
        RAISED("funding.raised_usd", null, "(\\brais(ed|es|ing)?\\b|funding round|\\bround\\b|\\bseed\\b|series [a-d]\\b|token sale|\\bico\\b|\\bcapt(ou|aram|ação|acao)|levantou|levantaram|arrecad|rodada|aporte|investment of|venda de tokens)"),
        PAID_OUT("funding.distributed_usd", null, "(paid out|distributed|payouts?|awarded|paid (to|out to) (builders|developers|contributors|researchers|data scientists|miners|node operators|participants|creators|labelers|annotators)|\\bpagou\\b|pag(ou|aram) (a|aos) (desenvolvedores|colaboradores|pesquisadores|participantes|mineradores|criadores)|distribu(iu|íram|ídos|idos)|premia(ção|cao|ções))"),
        TVL("traction.tvl_usd", null, "(\\btvl\\b|total value locked|\\bdeposits\\b|valor total bloqueado|\\bdepósitos\\b|locked in (its|the) (pools|protocol|contracts))"),
        VOLUME("traction.volume_usd_annual", null, "(\\bvolumes?\\b|\\bsettl(es|ed|ing)\\b|\\bprocess(es|ed|ing)\\b|\\bliquid(a|ou|am|aram)\\b|\\bmoviment(a|ou|am|aram)\\b|\\bprocess(a|ou|am|aram)\\b)"),
        USERS(null, "traction.users_change_pct", "(users|usu(á|a)rios|wallets|carteiras|\\bmau\\b|\\bdau\\b|activity|atividade)"),
        NONE(null, null, "$^");

        private final String path;
        private final String changePath;
        private final Pattern words;

        Role(String path, String changePath, String words) {
            this.path = path;
            this.changePath = changePath;
            this.words = Pattern.compile("(?i)" + words);
        }

        /** The field an amount in this role stands for. */
        String path() {
            return path;
        }

        /** The field that a change of this role ("fell from X to Y") stands for. */
        Optional<String> changePath() {
            return Optional.ofNullable(changePath);
        }
    }

    /** After an amount, "and" starts the next item: "$1.2B and raised $10M". */
    private static final Pattern AFTER_END = Pattern.compile("(?i)([,;:()]|\\b(and|but|while|though|although|whereas|mas|embora|enquanto|porém|e)\\b)");
    /** Before an amount, "and" may join the role to it: "market value between $1.5B and $2B". */
    private static final Pattern CLAUSE_END = Pattern.compile("(?i)([,;:()]|\\b(but|while|though|although|whereas|mas|embora|enquanto|porém)\\b)");
    private static final int BEFORE = 60;
    private static final int AFTER = 45;

    private Roles() {
    }

    /** The role of the amount at {@code [start, end)}: the role word nearest to it within its clause. */
    static Role of(String text, int start, int end) {
        String before = clauseBefore(text, start);
        String after = clauseAfter(text, end);
        Role best = Role.NONE;
        int bestDistance = Integer.MAX_VALUE;
        for (Role role : Role.values()) {
            if (role.path == null) {
                continue;
            }
            Matcher b = role.words.matcher(before);
            while (b.find()) {
                int distance = before.length() - b.end();
                if (distance < bestDistance) {
                    best = role;
                    bestDistance = distance;
                }
            }
            Matcher a = role.words.matcher(after);
            if (a.find() && a.start() + 1 < bestDistance) {
                best = role;
                bestDistance = a.start() + 1;
            }
        }
        return best;
    }

    /** The role words of a change ("revenue fell from X to Y", "users dropped 60%"), for a change in percent. */
    static Optional<String> changeOf(String clause) {
        for (Role role : new Role[] {Role.REVENUE, Role.USERS}) {
            if (role.words.matcher(clause).find()) {
                return role.changePath();
            }
        }
        return Optional.empty();
    }

    /** Words that make a volume the token's own trading, which is no use of the product. */
    private static final Pattern TOKEN_TRADING = Pattern.compile("(?i)\\b(tokens?|coins?|memecoins?|moedas?|futures|futuros|perps?)\\b");

    /** Whether a volume amount is the token's own trading ("the token's daily volume"), judged on its sentence. */
    static boolean tokenTrading(String sentence) {
        return TOKEN_TRADING.matcher(sentence).find();
    }

    /** A revenue amount over a year: monthly × 12, quarterly × 4, weekly × 52, daily × 365. */
    static BigDecimal annualised(String text, int start, int end, BigDecimal value) {
        String around = text.substring(Math.max(0, start - 30), Math.min(text.length(), end + 30)).toLowerCase(java.util.Locale.ROOT);
        if (around.matches("(?s).*(monthly|per month|a month|/month|/mo\\b|mensa(l|is)|por mês|ao mês).*")) {
            return value.multiply(BigDecimal.valueOf(12));
        }
        if (around.matches("(?s).*(quarterly|per quarter|a quarter|trimestra(l|is)|por trimestre).*")) {
            return value.multiply(BigDecimal.valueOf(4));
        }
        if (around.matches("(?s).*(weekly|per week|a week|semana(l|is)|por semana).*")) {
            return value.multiply(BigDecimal.valueOf(52));
        }
        if (around.matches("(?s).*(daily|per day|a day|/day|diári[ao]s?|por dia|ao dia).*")) {
            return value.multiply(BigDecimal.valueOf(365));
        }
        return value;
    }

    private static String clauseBefore(String text, int start) {
        String before = text.substring(Math.max(0, start - BEFORE), start);
        Matcher m = CLAUSE_END.matcher(before);
        int cut = 0;
        while (m.find()) {
            cut = m.end();
        }
        return before.substring(cut);
    }

    private static String clauseAfter(String text, int end) {
        String after = text.substring(end, Math.min(text.length(), end + AFTER));
        Matcher m = AFTER_END.matcher(after);
        return m.find() ? after.substring(0, m.start()) : after;
    }
}
