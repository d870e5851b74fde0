package io.hypecheck.prose;

import static io.hypecheck.prose.Statement.fact;
import static io.hypecheck.prose.Statement.says;

import com.google.re2j.Matcher;
import io.hypecheck.text.Needs;
import java.util.ArrayList;
import java.util.List;

/**
 * The plain statements of {@link Statement} this package recognises, in English and Portuguese:
 * closed or public code, no revenue, undisclosed revenue or usage, not live or live, an anonymous
 * or public team, a token named or no token, AI researchers, and models a project has trained, released or hosts.
 */
final class Statements {

    /**
     * Figures of use said, in one clause or sentence, to be unpublished or scarce, whatever the words
     * between: "no figures are published for contributors, paying buyers or revenue", "vault TVL, user
     * numbers and performance were not independently published", "nothing published about usage was
     * verifiable", "são escassos os números públicos de uso", "não houve divulgação do número de
     * colaboradores".
     */
    private static final String USE_NOUN = "(?:\\busers?\\b|\\busage\\b|\\bcustomers?\\b|\\bclients?\\b|\\bcontributors\\b|\\bbuyers\\b|\\btvl\\b|\\btraffic\\b"
            + "|usu[áa]ri|\\buso\\b|\\bclientes\\b|colaboradores|contribuidores|compradores|tr[áa]fego)";
    private static final String NOT_PUBLISHED = "(?:\\b(?:not|never|n't)\\s+(?:been\\s+|yet\\s+|independently\\s+|publicly\\s+)*(?:published|disclosed|released|reported|shared)(?:\\s+independently)?\\b"
            + "|\\bno\\s+(?:\\w+\\s+){0,2}(?:figures|numbers|data|metrics)\\s+(?:are|is|were|was|have been|has been)\\s+(?:published|disclosed|released|public|available)\\b"
            + "|\\bnothing\\s+(?:\\w+\\s+)?published\\b|\\b(?:figures|numbers|data)\\s+(?:\\w+\\s+){0,8}?(?:are|is|remain|remains)\\s+(?:scarce|sparse|lacking|unavailable)\\b"
            + "|n[ãa]o\\s+(?:houve|h[áa])\\s+divulga[çc][ãa]o|s[ãa]o\\s+escass[oa]s\\s+(?:os\\s+|as\\s+)?(?:n[úu]meros|dados|cifras)"
            + "|n[ãa]o\\s+(?:foi|foram|[ée]|s[ãa]o)\\s+(?:[^\\s.;]+\\s+)?(?:divulgad|publicad))";
    private static final String UNDISCLOSED_USE = USE_NOUN + "[^.;]*?" + NOT_PUBLISHED + "|" + NOT_PUBLISHED + "[^.;]*?" + USE_NOUN
            + "|(?:(?:has|have|had|did|does|do)\\s+(?:not|n't|never)\\s+(?:yet\\s+)?(?:published|disclosed|released|shared|reported|provided)\\s+(?:any\\s+)?|(?:published|disclosed|released|shared|reported|provided)\\s+no\\s+)(?:figures|numbers|data|metrics|statistics)\\s+(?:for|on|about|of)\\s+[^.;]*?\\b(?:users|usage|customers|clients|adoption|calls|requests|traffic)\\b"
            + "|(?:não|nao)\\s+(?:publicou|divulgou|publica|divulga|informou|informa|apresentou)\\s+(?:nenhum\\s+|nenhuma\\s+)?(?:números|numeros|dados|métricas|metricas|cifras|estatísticas)\\s+(?:de|sobre|para)\\s+[^.;]*?(?:usuários|usuarios|\\buso\\b|clientes|adoção|adocao|chamadas|requisições|tráfego)";

    private static final List<Statement> ALL = List.of(
            says("closed code", true, "closed[- ]source|(?:source\\s+)?code\\s+(?:is|was|remains|has)\\s+(?:not|never|n't)\\s+(?:been\\s+|yet\\s+)?(?:public|open|published|released|available|open[- ]sourced)"
                    + "|no\\s+(?:public|open[- ]source|open)\\s+(?:code|repositor(?:y|ies)|repo|source)|(?:has|with|there is)\\s+no\\s+(?:public\\s+)?(?:code|repository|github)"
                    + "|no\\s+code(?:\\s+or\\s+\\w+)?\\s+(?:is|has been|was)\\s+(?:public|published|released)|\\bnot\\s+open[- ]source|(?:has|have)\\s+not\\s+(?:published|released|open[- ]sourced)\\s+(?:its\\s+|the\\s+)?(?:code|source)"
                    + "|código(?:-fonte)?\\s+(?:fechado|proprietário|proprietario)|(?:não há|nao ha|sem)\\s+código(?:-fonte)?(?:\\s+aberto|\\s+público|\\s+publico)?"
                    + "|código(?:-fonte)?\\s+(?:não|nao)\\s+(?:é|e|está|esta|foi)\\s+(?:público|publico|aberto|publicado|divulgado|disponível)"
                    + "|(?:não|nao)\\s+(?:publicou|divulgou|abriu)\\s+(?:o\\s+|seu\\s+)?código|(?:não|nao)\\s+(?:é|e)\\s+(?:de\\s+)?código aberto",
                    fact("code.open_source", Boolean.FALSE), fact("code.repo", null)),
            says("public code", false, "github\\.com/[\\w.-]+|open[- ]sourced?\\s+(?:[\\w-]+\\s+){0,2}(?:code|codebase|framework|sdk|client|clients|repo|repository|repositories|implementation|stack|library|libraries|software|node|nodes|protocol|contracts|toolkit|tools|prover|engine|runtime)"
                    + "|(?:code|codebase|source code|contracts|sdk|client)\\s+(?:is|are)\\s+(?:\\w+\\s+)?(?:public|open[- ]source|on github|available on github)|(?:published|released|open[- ]sourced)\\s+(?:the\\s+|its\\s+|their\\s+)?(?:\\w+\\s+)?(?:code|source|repositor)"
                    + "|código\\s+(?:aberto|público|publico|disponível no github)|(?:publicou|abriu|liberou)\\s+(?:o\\s+)?código|(?:é|são)\\s+de\\s+código aberto",
                    fact("code.open_source", Boolean.TRUE), fact("code.repo", "public code")),
            says("no revenue", true, "\\bno\\s+(?:meaningful\\s+|significant\\s+|real\\s+|reported\\s+)?(?:revenue|revenues|fee income|income|sales)\\b|(?:zero|negligible|minimal)\\s+(?:protocol\\s+)?(?:revenue|fees)|pre-revenue"
                    + "|(?:has|have|had|generates|generated|earns|earned|makes|made)\\s+(?:no|little|negligible)\\s+(?:revenue|money|fees)|(?:sem|nenhuma)\\s+receita"
                    + "|(?:não|nao)\\s+(?:gera|gerou|tem|teve|possui|há|registra)\\s+(?:nenhuma\\s+)?receita|receitas?\\s+(?:nula|zero|insignificante|irrelevante|desprezível)"
                    + "|(?:revenue|fees)\\s+(?:is|are|was|were|remain|remains)\\s+(?:negligible|minimal|tiny|zero|nil)",
                    fact("traction.revenue_usd_annual", java.math.BigDecimal.ZERO)),
            says("undisclosed revenue", true, "(?:revenue|fees|financials)\\s+(?:figures\\s+|numbers\\s+|data\\s+)?(?:are|is|were|was|remain|remains|have|has)\\s+(?:not|n't|never)\\s+(?:been\\s+)?(?:public|disclosed|published|available|reported)"
                    + "|(?:undisclosed|unknown|unreported)\\s+(?:revenue|fees)|no\\s+(?:public\\s+|published\\s+|disclosed\\s+)?(?:revenue|financial)\\s+(?:figures|numbers|data|disclosures)"
                    + "|(?:não|nao)\\s+(?:divulga|divulgou|publica|publicou|informa|informou)\\s+(?:a\\s+|sua\\s+|seus\\s+|números\\s+de\\s+|dados\\s+de\\s+)?(?:receita|faturamento)"
                    + "|receita\\s+(?:não|nao)\\s+(?:é|foi)\\s+(?:divulgada|informada|pública|publicada)"
                    + "|(?:não há|nao ha|sem|nenhum|nenhuma)\\s+(?:números|numeros|dados|informações|informacoes|cifras)\\s+(?:públicos\\s+|publicos\\s+|públicas\\s+|divulgados\\s+|oficiais\\s+)?(?:de|sobre)\\s+(?:a\\s+|sua\\s+)?(?:receita|faturamento)",
                    fact("traction.revenue_usd_annual", null)),
            says("undisclosed usage", true, "(?:user|usage|activity|adoption)\\s+(?:figures|numbers|data|metrics|counts)\\s+(?:are|is|were|remain|have)\\s+(?:not|n't|never)\\s+(?:been\\s+)?(?:public|disclosed|published|available)"
                    + "|no\\s+(?:public\\s+|independent\\s+|verifiable\\s+|published\\s+|disclosed\\s+|reliable\\s+)?(?:user|usage|adoption|activity)\\s+(?:figures|numbers|data|metrics|counts)"
                    + "|(?:usage|use|adoption|activity|user numbers|user counts)[^.;]{0,60}(?:hard to (?:measure|verify)|unclear|unknown|not disclosed|undisclosed|cannot be verified|not independently verified|unverifiable)"
                    + "|(?:não|nao)\\s+(?:há|divulga|divulgou|publica|publicou)\\s+(?:dados|números|numeros|métricas)\\s+(?:públicos\\s+|independentes\\s+)?de\\s+(?:uso|usuários|usuarios|adoção)"
                    + "|(?:uso|adoção|usuários)[^.;]{0,60}(?:difícil de (?:medir|verificar)|(?:não|nao) (?:é |foi |são )?(?:divulgad|verificad|informad)|desconhecid|incert)"
                    + "|(?:hard|difficult|impossible)\\s+to\\s+(?:measure|verify|assess|gauge)\\s+(?:independently\\s+)?(?:its\\s+|the\\s+)?(?:real\\s+|actual\\s+)?(?:usage|use|adoption|users|activity)"
                    + "|(?:difícil|dificil|impossível|impossivel)\\s+(?:de\\s+)?(?:medir|verificar|aferir|avaliar)[^.;]{0,40}(?:uso|adoção|adocao|usuários|usuarios)"
                    + "|(?:little|scant|no|few)\\s+(?:independent\\s+|public\\s+|verifiable\\s+|third-party\\s+)?(?:data|evidence|figures)\\s+(?:exists?\\s+)?(?:on|of|about|for)\\s+(?:its\\s+|the\\s+)?(?:paying\\s+|data\\s+)?(?:customers|users|usage|adoption|clients|buyers)"
                    + "|(?:não há|nao ha|não existem|nao existem|inexistem|faltam|poucos|poucas|nenhum|sem)(?:,?\\s+(?:porém|porem|contudo|ainda),?)?\\s+(?:dados|números|numeros|métricas|metricas|indícios|evidências|informações)\\s+(?:independentes\\s+|públicos\\s+|publicos\\s+|verificáveis\\s+|confiáveis\\s+)?(?:sobre|de)\\s+(?:o\\s+|os\\s+|a\\s+|as\\s+)?(?:uso|usuários|usuarios|clientes|adoção|adocao|compradores)"
                    + "|(?:números|numeros|dados)\\s+(?:públicos|publicos|independentes)\\s+de\\s+(?:uso|usuários|usuarios|adoção)[^.;]{0,60}?(?:sempre\\s+)?(?:foram|são|sao|eram|seguem|continuam)\\s+(?:sempre\\s+)?(?:limitados|escassos|raros|insuficientes)"
                    + "|(?:independent|public|verifiable|reliable)\\s+(?:usage|user|adoption|activity|customer)\\s+(?:figures|numbers|data|metrics)[^.;]{0,60}\\b(?:are|is|were|was|remain|remains|have been)\\s+(?:always\\s+|still\\s+)?(?:limited|scarce|sparse|thin|lacking|unavailable)"
                    + "|(?:independent|public|verifiable|reliable)\\s+(?:figures|data|numbers|metrics)\\s+(?:on|about|for)\\s+[^.;]{0,80}?\\b(?:buyers|customers|users|usage|adoption|clients)\\b[^.;]{0,80}?\\b(?:are|is|were|remain|remains)\\s+(?:not\\s+(?:available|public|disclosed|published)|unavailable|lacking|limited|scarce)"
                    + "|(?:números|numeros|dados|cifras)\\s+(?:independentes|públicos|publicos|verificáveis)\\s+sobre\\s+[^.;]{0,80}?(?:compradores|clientes|usuários|usuarios|\\buso\\b|adoção|adocao)[^.;]{0,80}?(?:(?:não|nao)\\s+(?:estão|estao|são|sao|foram)\\s+(?:disponíveis|disponiveis|divulgad|públic|public)|indisponíveis|indisponiveis|(?:são|sao)\\s+(?:escassos|limitados|raros))"
                    + "|(?:little|scant|no|few)\\s+(?:independent\\s+|public\\s+|verifiable\\s+|third-party\\s+)?(?:data|evidence|figures)\\s+(?:on|of|about)\\s+how\\s+(?:much|many|widely|often)[^.;]{0,60}\\b(?:used|usage|users|adopted)\\b"
                    + "|(?:não há|nao ha|poucos|poucas|nenhum|sem|faltam)\\s+(?:dados|números|numeros|indícios|evidências)\\s+(?:independentes\\s+|públicos\\s+|verificáveis\\s+)?sobre\\s+(?:o\\s+)?(?:quanto|quantos|quantas)[^.;]{0,60}(?:usad|utilizad|\\buso\\b|usuários)"
                    + "|(?:poucos|nenhum|sem|faltam)\\s+(?:dados|números|numeros|indícios|evidências)\\s+(?:independentes\\s+|públicos\\s+|verificáveis\\s+)?(?:sobre|de)\\s+(?:o\\s+|os\\s+|a\\s+)?(?:clientes|usuários|usuarios|uso|adoção)"
                    + "|(?:number|count)s?\\s+of\\s+(?:active\\s+|real\\s+|paying\\s+)?(?:users|contributors|participants|customers)[^.;]{0,100}(?:(?:were|was|are|is|have|has)\\s+(?:not|never)\\s+(?:been\\s+)?(?:disclosed|published|verified|reported)|undisclosed|unverifiable)"
                    + "|(?:número|numero|quantidade)\\s+de\\s+(?:usuários|usuarios|colaboradores|contribuidores|participantes|clientes)(?:\\s+ativos)?[^.;]{0,100}(?:(?:não|nao)\\s+(?:foi|foram|é|são)\\s+(?:divulgad|publicad|verificad|informad)|(?:não|nao)\\s+divulgad)",
                    fact("traction.monthly_active_users", null)),
            // Its own statement, so its literals prefilter it apart from the list above.
            says("undisclosed usage, in other words", true, UNDISCLOSED_USE, fact("traction.monthly_active_users", null)),
            says("not live", true, "\\bnot\\s+(?:yet\\s+)?(?:live|launched|in production|on mainnet)|(?:only|still|remains|remain)\\s+(?:on|in)\\s+(?:a\\s+|its\\s+)?(?:public\\s+|private\\s+|incentivi[sz]ed\\s+)?testnet|testnet[- ]only"
                    + "|(?:has|have)\\s+(?:not|n't)\\s+(?:yet\\s+)?launched|yet to\\s+(?:launch|ship|go live)|\\bno\\s+(?:live\\s+|working\\s+|shipped\\s+)?product|pre-launch|mainnet\\s+(?:is\\s+)?(?:not yet|still)\\s+(?:live|to come|pending|planned)"
                    + "|ainda\\s+(?:em|na)\\s+(?:fase de\\s+)?testnet|ainda\\s+(?:não|nao)\\s+(?:foi\\s+|está\\s+)?(?:lançad|no ar|em produção|funcionando)|(?:não|nao)\\s+(?:tem|há|possui)\\s+produto|\\bsem\\s+produto"
                    + "|mainnet\\s+(?:ainda\\s+)?(?:não|nao)\\s+(?:foi\\s+)?lançad|apenas\\s+(?:em|na)\\s+testnet",
                    fact("traction.live", Boolean.FALSE)),
            says("live", false, "(?:live on|launched (?:its |the )?|launch of (?:its |the )?|went live on |is live on )mainnet|mainnet\\s+(?:is\\s+|went\\s+|has been\\s+)?(?:live|launched)\\b|\\bin production\\b|\\blive since\\b"
                    + "|em produção|mainnet\\s+(?:foi\\s+)?lançada|no ar desde|(?:lançou|lançaram)\\s+(?:a\\s+|sua\\s+)?mainnet|\\bem operação desde",
                    fact("traction.live", Boolean.TRUE)),
            says("anonymous team", false, "(?:anonymous|pseudonymous|\\banon)\\s+(?:team|founders?|developers?|core team|creators?|devs?)|team\\s+(?:is|remains|are)\\s+(?:anonymous|pseudonymous)"
                    + "|(?:equipe|time|fundadores?|criador(?:es)?)\\s+(?:é\\s+|são\\s+|permanece\\s+)?(?:anônim|anonim|pseudônim|pseudonim)",
                    fact("team.public", Boolean.FALSE)),
            says("no token", true, "(?:has|have|with|there is|there's)\\s+no\\s+(?:native\\s+|own\\s+|live\\s+)?token\\b|\\bno token\\s+(?:yet|has been|is|exists)|without\\s+a\\s+token\\b|\\btokenless"
                    + "|(?:não|nao)\\s+(?:tem|possui|há|lançou|emitiu)\\s+(?:um\\s+|nenhum\\s+)?token|\\bsem\\s+token\\b",
                    fact("token.symbol", null), fact("token.market_cap_usd", null), fact("token.fdv_usd", null)),
            // A token named in prose ("the PUNDIX token trades...", "o token RJV"): its symbol, in capitals, three or more.
            // Rewards paid in the project's token say it has one too ("for token rewards", "recompensas em token").
            says("token", false, "(?-i:\\b(?:[Tt]he|[Ii]ts|[Tt]heir)\\s+\\$?[A-Z][A-Z0-9]{2,9}\\s+tokens?\\b|\\b(?:[Oo]|[Ss]eu)\\s+token\\s+\\$?[A-Z][A-Z0-9]{2,9}\\b)"
                    + "|\\btoken\\s+(?:rewards|incentives|emissions)\\b|\\b(?:rewarded|paid)\\s+in\\s+(?:its\\s+|the\\s+)?(?:native\\s+)?tokens?\\b|\\brecompensas?\\s+em\\s+tokens?\\b|\\b(?:recompensad|pag)[oa]s\\s+em\\s+tokens?\\b",
                    fact("token.symbol", "mentioned")),
            says("no AI researchers", true, "\\bno\\s+(?:ai|ml|machine[- ]learning)\\s+(?:researchers|scientists|research talent|phds)|\\bsem\\s+pesquisadores|nenhum\\s+pesquisador",
                    fact("team.ai_researchers", java.math.BigDecimal.ZERO)),
            says("models", false, "\\d+(?:\\.\\d+)?\\s?(?:b|bn|billion)[- ]param|\\b\\d+(?:[.,]\\d+)?b\\s+(?:model|llm|parameter)|open[- ]weights?\\b|pesos abertos"
                    + "|(?:trained|released|fine-tuned|finetuned|open-sourced|published|shipped)\\s+(?:a\\s+|an\\s+|its\\s+|the\\s+|their\\s+|two\\s+|three\\s+|several\\s+)?(?:[\\w-]+\\s+){0,3}(?:models?|llms?|weights)\\b"
                    + "|models?\\s+(?:submitted|deployed|registered|trained|hosted|served)|\\d[\\d,.]*\\s?(?:k|thousand|mil)?\\+?\\s+(?:\\w+\\s+)?(?:models|modelos)\\b"
                    + "|modelos?\\s+(?:treinad|lançad|publicad|submetid|implantad|hospedad)|(?:treinou|lançou|publicou)\\s+(?:o\\s+|um\\s+|seu\\s+|os\\s+)?(?:modelo|llm)",
                    fact("models", "mentioned")));

    /** What a text must contain for each statement's pattern to match (a prefilter, for speed only). */
    private static final List<Needs> NEEDS = ALL.stream().map(s -> Needs.of(s.pattern().pattern())).toList();

    private Statements() {
    }

    /** What the statements of a sentence say, each placed at its words. */
    static List<Found> in(Sentence sentence) {
        List<Found> out = new ArrayList<>();
        String caseless = Needs.caseless(sentence.text());
        for (int k = 0; k < ALL.size(); k++) {
            Statement statement = ALL.get(k);
            if (!NEEDS.get(k).metBy(caseless)) {
                continue;
            }
            Matcher m = statement.pattern().matcher(sentence.text());
            while (m.find()) {
                if (m.end() == m.start() || !statement.negative() && !sentence.affirmed(m.start(), m.end())) {
                    continue;
                }
                for (Found f : statement.facts()) {
                    out.add(new Found(f.path(), f.value(), m.start(), m.end()));
                }
                break;
            }
        }
        return longestOfOverlaps(out);
    }

    /**
     * Of two statements about the same field whose words overlap, the longer reading wins: "no revenue
     * figures are published" says the revenue is undisclosed, not that it is zero.
     */
    private static List<Found> longestOfOverlaps(List<Found> found) {
        List<Found> out = new ArrayList<>();
        for (Found f : found) {
            boolean beaten = found.stream().anyMatch(g -> g != f && g.path().equals(f.path()) && g.from() < f.to()
                    && f.from() < g.to() && g.to() - g.from() > f.to() - f.from());
            if (!beaten) {
                out.add(f);
            }
        }
        return out;
    }
}
