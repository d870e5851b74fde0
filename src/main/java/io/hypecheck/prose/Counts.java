package io.hypecheck.prose;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import io.hypecheck.text.Needs;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Counts in prose: active users or wallets (registered or unqualified users are not active users),
 * paying customers, agents, nodes, GPUs, and AI researchers ("three former DeepMind researchers",
 * "pesquisadores de IA"). Years ({@code 2024}) are not counts.
 */
final class Counts {

    private static final String QUALIFIER = "(?:monthly|daily|weekly|active|paying|enterprise|unique|verified|registered|total|mensais|mensal|ativos|ativas|pagantes|diários|diarios|únicos|unicos|corporativos|empresariais|cadastrados|registrados|verificados|de|AI|ML)";
    private static final Pattern COUNT = Pattern.compile("(?i)(?:^|[^\\w$.,])(" + Numbers.NUMBER + "|one|two|three|four|five|six|seven|eight|nine|ten|several|dois|duas|três|tres|quatro|cinco|seis|sete|oito|nove|dez|vários)"
            + "(?:\\s?(" + Numbers.SCALE + "))?\\+?\\s+((?:" + QUALIFIER + "[\\s-]+){0,3})"
            + "(users|wallets|addresses|customers|clients|developers|agents|nodes|node operators|GPUs|researchers|scientists|usuários|usuarios|carteiras|endereços|clientes|desenvolvedores|agentes|nós|GPUs|pesquisadores|cientistas|MAU|DAU)\\b");
    private static final Pattern ACTIVE = Pattern.compile("(?i)(active|monthly|daily|weekly|\\bmau\\b|\\bdau\\b|ativos|ativas|mensais|diários|diarios|semanais|per month|a month|por mês)");
    private static final Pattern AI = Pattern.compile("(?i)(\\bAI\\b|\\bML\\b|machine learning|deep learning|\\bIA\\b|aprendizado de máquina|deepmind|openai|google brain|meta ai|\\bfair\\b)");

    /** What a sentence must contain for a count to match (a prefilter, for speed only). */
    private static final Needs COUNT_NEEDS = Needs.of(COUNT.pattern());

    private Counts() {
    }

    /** The counts of a sentence as facts. */
    static List<Found> in(Sentence sentence, boolean portuguese) {
        String text = sentence.text();
        List<Found> out = new ArrayList<>();
        Matcher m = COUNT.matcher(text);
        boolean counts = COUNT_NEEDS.metBy(Needs.caseless(text));
        while (counts && m.find()) {
            int start = m.start(1);
            int end = m.end();
            BigDecimal value = value(m.group(1), m.group(2), portuguese);
            if (value == null || year(m.group(1), m.group(2)) || !sentence.affirmed(start, end)
                    || Markers.otherEntity(sentence, start)) {
                continue;
            }
            String unit = m.group(4).toLowerCase(Locale.ROOT);
            String around = m.group(3) + " " + text.substring(end, Math.min(text.length(), end + 25));
            String path = path(unit, around, text.substring(Math.max(0, start - 30), Math.min(text.length(), end + 30)));
            if (path != null) {
                out.add(new Found(path, value, start, end));
            }
        }
        return out;
    }

    private static String path(String unit, String qualifiers, String around) {
        if (unit.startsWith("user") || unit.startsWith("usu") || unit.startsWith("wallet") || unit.startsWith("carteira")
                || unit.startsWith("address") || unit.startsWith("endere") || unit.equals("mau") || unit.equals("dau")) {
            boolean registered = qualifiers.toLowerCase(Locale.ROOT).matches("(?s).*(registered|cadastrad|registrad|total).*");
            return ACTIVE.matcher(qualifiers).find() || unit.equals("mau") || unit.equals("dau")
                    ? (registered ? null : "traction.monthly_active_users") : null;
        }
        if (unit.startsWith("customer") || unit.startsWith("client")) {
            return "traction.paying_customers";
        }
        if (unit.startsWith("agent")) {
            return "traction.agents";
        }
        if (unit.startsWith("node") || unit.equals("nós")) {
            return "traction.nodes";
        }
        if (unit.equals("gpus")) {
            return "compute.gpus";
        }
        return AI.matcher(around).find() ? "team.ai_researchers" : null;
    }

    private static BigDecimal value(String number, String scale, boolean portuguese) {
        Integer word = Numbers.word(number);
        return word != null ? BigDecimal.valueOf(word) : Numbers.parse(number, scale, portuguese);
    }

    private static boolean year(String number, String scale) {
        return scale == null && number.matches("(19|20)\\d\\d");
    }
}
