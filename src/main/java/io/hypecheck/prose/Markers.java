package io.hypecheck.prose;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import io.hypecheck.api.Provenance;
import io.hypecheck.text.Needs;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The words that say where a figure comes from, in English and Portuguese: the project's own word
 * ("by its own figures", "according to the company", "segundo a empresa", "a empresa afirma"), a
 * third party ("according to DefiLlama", "an independent dashboard", "dados independentes"), the
 * chain ("on-chain data shows"), an auditor, or a dispute ("has been questioned", "outside tallies",
 * "could not be verified", "contestado"). A figure takes the nearest marker before it in its
 * sentence, not across a contrast ({@code though}, {@code but}, {@code mas}, {@code embora}), else
 * the first after it; a dispute anywhere in the sentence, or in the next sentence when that one
 * has no figure of its own, makes it disputed.
 */
public final class Markers {

    private static final Pattern DISPUTED = Pattern.compile("(?i)(disputed|(has|have|had) been (questioned|challenged|contested|disputed)"
            + "|\\bquestioned\\b|outside tall(y|ies)|(independent|outside|third[- ]party) (estimates|tallies|counts|analysts|researchers) (put|puts|suggest|show|found|counted)"
            + "|(could|can)\\s*(not|n't) be (independently )?verified|unverified|not (been )?independently verified|\\binflated\\b|\\bcritics\\b|allegations"
            + "|contestad|questionad|(não|nao) (pôde|pode|puderam|podem) ser verificad|(não|nao) verificad|\\binflad|críticos|sem verificação independente)");
    private static final Map<Provenance, Pattern> SOURCES = new java.util.EnumMap<>(Map.of(
            Provenance.SELF_REPORTED, Pattern.compile("(?i)((by (its|their) |\\b(by )?(the )?(company's|team's|project's|foundation's|firm's) )own (figures|numbers|count|counts|account|data|metrics|estimates?|dashboard|reckoning)"
                    + "|according to (the |its |their )?(company|team|project|founders?|foundation|developers|protocol|startup|network)\\b"
                    + "|\\b(the )?(company|team|project|foundation|founders?|startup|protocol)\\s+(says|said|claims|claimed|reports|reported|states|stated|announced|touts|advertises)"
                    + "|self[- ]reported|company[- ]reported|team[- ]reported|\\b(it|they) (says|said|claims|claimed|reports|reported)\\b|(claims|claimed) to (have|serve|host|process)|\\bunaudited\\b"
                    + "|(segundo|de acordo com|conforme) (a |o |os |as )?(própri[ao]s? )?(empresa|equipe|projeto|time|fundação|fundadores|startup|protocolo|rede)\\b"
                    + "|(a empresa|o projeto|a equipe|o time|a fundação|a rede|os fundadores)\\s+(afirma|diz|disse|declara|informa|informou|alega|reporta|relata|anunciou|divulga|divulgou)"
                    + "|(números|dados|cifras|métricas) (próprios|da própria empresa|do próprio projeto|divulgados pela empresa|do projeto)|autodeclarad|auto-declarad|autorrelatad|pelos próprios números"
                    + "|(segundo|pelos|conforme) (seus|os seus) (próprios )?(números|dados))"),
            Provenance.THIRD_PARTY, Pattern.compile("(?i)(according to (defillama|coingecko|coinmarketcap|messari|dune|token terminal|artemis|nansen|the block|electric capital|an independent|independent|third[- ]party|analysts|data from|market data)"
                    + "|(defillama|coingecko|coinmarketcap|messari|dune|token terminal|artemis|nansen)('s)? (data|shows|lists|puts|estimates|counts|tracks|figures)"
                    + "|independent(ly)? (dashboard|count|estimate|data|analysis|verified|measured|tracked|tally)|third[- ]party|market data|press (reports|coverage)"
                    + "|(segundo|de acordo com|conforme) (o |a )?(defillama|coingecko|coinmarketcap|messari|dune|token terminal|dados independentes|analistas|levantamento independente|dados de mercado)"
                    + "|dados (independentes|de mercado))"),
            Provenance.ON_CHAIN, Pattern.compile("(?i)(on[- ]chain (data|records?|metrics|analytics|activity|figures) ?(shows?|indicates?|puts|counts)?|(dados|registros|métricas) on[- ]chain|verifiable on[- ]chain|verificáve(l|is) on[- ]chain)"),
            Provenance.AUDITED, Pattern.compile("(?i)(audited (figures|financials|revenue|accounts|reserves)|(figures|revenue|reserves|financials) (were |are )?audited by|auditad[oa]s? (por|pela|pelo))")));
    private static final Pattern CONTRAST = Pattern.compile("(?i)\\b(though|although|but|while|whereas|however|yet|mas|embora|porém|porem|enquanto|contudo|entretanto)\\b");
    private static final Pattern OTHER_ENTITY = Pattern.compile("(?i)\\b(its |the )?(parent( company)?|sister (company|project)|partners?|investors?|backers?|acquirer|empresa-mãe|controladora|parceir[oa]s?|investidor(es)?|patrocinador(es)?)\\b");

    /** What a text must contain for each pattern to match (prefilters, for speed only). */
    private static final Needs DISPUTED_NEEDS = Needs.of(DISPUTED.pattern());
    private static final Map<Provenance, Needs> SOURCE_NEEDS = new java.util.EnumMap<>(Provenance.class);
    private static final Needs CONTRAST_NEEDS = Needs.of(CONTRAST.pattern());

    static {
        SOURCES.forEach((kind, pattern) -> SOURCE_NEEDS.put(kind, Needs.of(pattern.pattern())));
    }

    private Markers() {
    }

    /** Where the figure at offset {@code at} of a sentence comes from, as its words say. */
    static Provenance at(Sentence sentence, int at) {
        return Marks.of(sentence).at(at); // sources in enum order, so equal places resolve the same way every run
    }

    /**
     * The markers of one sentence, found once and cached by the sentence's text: whether it (or a
     * figure-less next sentence) disputes its figures, each source marker with its place, and each
     * contrast word's place.
     */
    private record Marks(boolean disputed, List<int[]> sources, List<Provenance> kinds, List<Integer> contrasts) {

        private static final int CACHE_LIMIT = 20_000;
        private static final Map<String, Marks> CACHE = new java.util.concurrent.ConcurrentHashMap<>();

        static Marks of(Sentence sentence) {
            String key = sentence.text() + "\u0000" + sentence.next();
            Marks cached = CACHE.get(key);
            if (cached != null) {
                return cached;
            }
            String text = sentence.text();
            String caseless = Needs.caseless(text);
            boolean disputed = DISPUTED_NEEDS.metBy(caseless) && DISPUTED.matcher(text).find()
                    || !hasFigure(sentence.next()) && DISPUTED_NEEDS.metBy(Needs.caseless(sentence.next()))
                    && DISPUTED.matcher(sentence.next()).find();
            List<int[]> sources = new ArrayList<>();
            List<Provenance> kinds = new ArrayList<>();
            for (Map.Entry<Provenance, Pattern> source : SOURCES.entrySet()) {
                if (!SOURCE_NEEDS.get(source.getKey()).metBy(caseless)) {
                    continue;
                }
                Matcher m = source.getValue().matcher(text);
                while (m.find()) {
                    sources.add(new int[] {m.start(), m.end()});
                    kinds.add(source.getKey());
                }
            }
            List<Integer> contrasts = new ArrayList<>();
            Matcher c = CONTRAST.matcher(text);
            while (CONTRAST_NEEDS.metBy(caseless) && c.find()) {
                contrasts.add(c.start());
            }
            Marks marks = new Marks(disputed, sources, kinds, contrasts);
            if (CACHE.size() >= CACHE_LIMIT) {
                CACHE.clear();
            }
            CACHE.put(key, marks);
            return marks;
        }

        Provenance at(int at) {
            if (disputed) {
                return Provenance.DISPUTED;
            }
            Provenance before = Provenance.UNSTATED;
            int beforeAt = -1;
            Provenance after = Provenance.UNSTATED;
            int afterAt = Integer.MAX_VALUE;
            for (int i = 0; i < sources.size(); i++) {
                int[] m = sources.get(i);
                if (m[1] <= at && m[0] > beforeAt && !contrastBetween(m[1], at)) {
                    before = kinds.get(i);
                    beforeAt = m[0];
                } else if (m[0] >= at && m[0] < afterAt && !contrastBetween(at, m[0])) {
                    after = kinds.get(i);
                    afterAt = m[0];
                }
            }
            return before != Provenance.UNSTATED ? before : after;
        }

        private boolean contrastBetween(int from, int to) {
            return contrasts.stream().anyMatch(c -> c >= from && c < to);
        }
    }

    /** Where a text match at a character offset of a free-text value comes from, as its sentence says. */
    public static Provenance inText(io.hypecheck.api.Fact field, int offset) {
        for (Sentence s : Sentence.of(field)) {
            if (offset >= s.start() && offset < s.start() + s.text().length()) {
                return at(s, offset - s.start());
            }
        }
        return Provenance.UNSTATED;
    }

    /** Whether the clause before offset {@code at} attributes the figure to another entity (a parent, a partner). */
    static boolean otherEntity(Sentence sentence, int at) {
        String before = sentence.text().substring(0, at);
        int clause = Math.max(Math.max(before.lastIndexOf(','), before.lastIndexOf(';')), before.lastIndexOf(':'));
        return OTHER_ENTITY.matcher(before.substring(clause + 1)).find();
    }

    private static boolean hasFigure(String text) {
        return text.chars().anyMatch(Character::isDigit);
    }
}
