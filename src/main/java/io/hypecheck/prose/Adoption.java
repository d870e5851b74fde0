package io.hypecheck.prose;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import io.hypecheck.text.Needs;
import java.math.BigDecimal;
import java.util.List;

/**
 * Adoption in prose: the product is used, integrated or built into other organisations'
 * products ("used by PancakeSwap and Uniswap", "built into many wallets and browsers", "integrada
 * por 40 protocolos", "traders make wide use of it", "serve, por exemplo, a protocolos como..."). The count is the number given ("40 protocols"); else, after a kind of adopter
 * ("wallets and browsers"), the names listed and at least two; else two or more names listed. A use that is only possible ("can be
 * used by"), negated, or another entity's, is no adoption; nor is where the product is deployed ("deployed on Ethereum and
 * several L2s", "implantado no Ethereum"): only "deployed by" names adopters.
 */
final class Adoption {

    private static final Pattern TRIGGER = Pattern.compile("(?i)\\b(?:(?:used|adopted|integrated|relied on)(?:,? (?:for example|for instance|e\\.g\\.|notably|among others),?)? (?:by|in|into|at|across|for)|deployed(?:,? (?:for example|for instance|e\\.g\\.|notably),?)? by"
            + "|(?:make|makes|made) (?:wide |heavy |extensive |broad |daily )?use of|serves?(?:,? (?:for example|for instance|e\\.g\\.),?)? at"
            + "|serve(?:m)?(?:,? (?:por exemplo|entre outros),?)? (?:a|à|às|aos|ao)"
            + "|built in(?:to)?|embedded in|powers|powering|integrations? with|customers include|clients include|adopters include"
            + "|among (?:its|their) (?:paying )?(?:customers|clients|users|adopters)|entre (?:os )?(?:seus |suas )?(?:clientes|usuários|usuarios|adotantes)"
            + "|(?:already\\s+)?(?:use|run on|build on|adopted|integrated)\\s+(?:the|its|this)\\s+(?:platform|protocol|sdk|service|network|stack|framework)"
            + "|(?:já\\s+)?(?:usam|utilizam|adotaram|integraram|rodam (?:sobre|na|no))\\s+(?:a|o|essa|esse|sua|seu)?\\s*(?:plataforma|protocolo|sdk|serviço|servico|rede|stack|framework)"
            + "|(?:usad|adotad|integrad|utilizad|embutid)[oa]s?(?:,? (?:por exemplo|entre outros),?)? (?:por|pel[oa]s?|em|no|na|nos|nas|a|à|às|aos|ao)|implantad[oa]s?(?:,? por exemplo,?)? (?:por|pel[oa]s?)"
            + "|clientes incluem)\\b");
    private static final Needs TRIGGER_NEEDS = Needs.of(TRIGGER.pattern());
    private static final Pattern MODAL = Pattern.compile("(?i)\\b(can|could|would|will|may|might|to be|designed to|aims to|plans? to|hopes? to|intended|espera|pode|podem|poderá|poderia|deve|devem|para ser|pretende|visa)\\b[^.]{0,25}$");
    private static final String KINDS = "(protocols|apps|applications|dapps|wallets|browsers|exchanges|companies|enterprises|businesses|banks|teams|projects|chains|rollups|networks|platforms|universities|hospitals|studios|labs"
            + "|protocolos|aplicativos|aplicações|aplicacoes|carteiras|navegadores|corretoras|empresas|bancos|equipes|projetos|redes|cadeias|plataformas|universidades|hospitais|estúdios|laboratórios)";
    private static final Pattern NUMBERED = Pattern.compile("(?i)\\b(\\d{1,3}(?:[.,]\\d{3})*|\\d+)\\+?\\s+(?:[\\p{L}-]+\\s+){0,2}" + KINDS + "\\b");
    private static final Pattern KIND = Pattern.compile("(?i)\\b" + KINDS + "\\b");
    private static final Pattern NAME = Pattern.compile("\\b\\p{Lu}[\\p{L}\\d]*(?:\\s(?:v\\d+|\\p{Lu}[\\p{L}\\d]*))*");
    /** Capitalised words that describe adopters rather than name one. */
    private static final Pattern DESCRIPTORS = Pattern.compile("(?i)defi|ai|ia|ml|web3|nfts?|dex|dexs|l[12]s?|evm|zk|dao|daos|cex|cexs");
    private static final int REACH = 140;
    private static final int BEFORE = 60;
    /** Names listed without a kind of adopter must start this close to the words of use. */
    private static final int NAMES_WITHIN = 25;
    private static final Pattern CLAUSE_END = Pattern.compile("[;(]| - | — ");

    private Adoption() {
    }

    /** The adoption a sentence states, as a count of adopters, if any. */
    static List<Found> in(Sentence sentence) {
        String text = sentence.text();
        if (!TRIGGER_NEEDS.metBy(Needs.caseless(text))) {
            return List.of();
        }
        Matcher m = TRIGGER.matcher(text);
        while (m.find()) {
            if (MODAL.matcher(text.substring(Math.max(0, m.start() - 40), m.start())).find()
                    || !sentence.affirmed(m.start(), m.end()) || Markers.otherEntity(sentence, m.start())) {
                continue;
            }
            String after = clause(text.substring(m.end(), Math.min(text.length(), m.end() + REACH)));
            String before = text.substring(Math.max(0, m.start() - BEFORE), m.start());
            int count = Math.max(count(after), countBefore(before));
            if (count > 0) {
                return List.of(new Found("traction.adopters", BigDecimal.valueOf(count), m.start(), m.end()));
            }
        }
        return List.of();
    }

    /** Adopters named before the words of use: "more than 20 chains use the platform" (20), "wallets use it" (2). */
    private static int countBefore(String before) {
        Matcher n = NUMBERED.matcher(before);
        int found = 0;
        while (n.find()) {
            found = number(n);
        }
        return found > 0 ? found : KIND.matcher(before).find() ? 2 : 0;
    }

    /**
     * The number of adopters a {@link #NUMBERED} match gives, its thousands separators dropped; a
     * number past what an int holds ("9,000,000,000 wallets") counts as the largest one, not a crash.
     */
    private static int number(Matcher numbered) {
        String digits = numbered.group(1).replaceAll("[.,]", "");
        return digits.length() > 10 ? Integer.MAX_VALUE : (int) Math.min(Integer.MAX_VALUE, Long.parseLong(digits));
    }

    private static int count(String after) {
        Matcher n = NUMBERED.matcher(after);
        if (n.find()) {
            return number(n);
        }
        Matcher name = NAME.matcher(after);
        int names = 0;
        int first = -1;
        while (name.find()) {
            if (DESCRIPTORS.matcher(name.group()).matches()) {
                continue;
            }
            first = first < 0 ? name.start() : first;
            names++;
        }
        if (KIND.matcher(after).find()) {
            return Math.max(2, names);
        }
        return names >= 2 && first <= NAMES_WITHIN ? names : 0;
    }

    private static String clause(String after) {
        Matcher end = CLAUSE_END.matcher(after);
        return end.find() ? after.substring(0, end.start()) : after;
    }
}
