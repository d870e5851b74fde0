package io.hypecheck.prose;

import static org.assertj.core.api.Assertions.assertThat;

import io.hypecheck.api.Fact;
import io.hypecheck.api.Location;
import io.hypecheck.api.Provenance;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProseReaderTest {

    private static ProseReading read(String description) {
        Fact fact = new Fact("description", description, description, Location.at(3, 1), (s, e) -> Location.at(3, 1 + s));
        return ProseReader.read(List.of(fact));
    }

    private static BigDecimal number(ProseReading reading, String path) {
        List<Fact> facts = reading.at(path);
        assertThat(facts).as("facts at %s", path).isNotEmpty();
        return facts.get(0).number();
    }

    @Test
    void readsAmountsWithTheirRoleInEnglish() {
        // given prose with a valuation, revenue and money raised; when read
        ProseReading r = read("The token trades at an FDV of $1.7B. It earned $2.4M in fees last year and raised $36M in a seed round.");

        // then each amount lands on its field
        assertThat(number(r, "token.fdv_usd")).isEqualByComparingTo("1700000000");
        assertThat(number(r, "traction.revenue_usd_annual")).isEqualByComparingTo("2400000");
        assertThat(number(r, "funding.raised_usd")).isEqualByComparingTo("36000000");
    }

    @Test
    void readsPortugueseAmountsWithDecimalCommaAndThousandsDot() {
        ProseReading r = read("O token tem valor de mercado de US$ 760 milhões. A receita anual foi de US$ 1,2 bilhão e a rede captou US$ 1.500 mil.");

        assertThat(number(r, "token.market_cap_usd")).isEqualByComparingTo("760000000");
        assertThat(number(r, "traction.revenue_usd_annual")).isEqualByComparingTo("1200000000");
        assertThat(number(r, "funding.raised_usd")).isEqualByComparingTo("1500000");
    }

    @Test
    void readsADeclineFromXToYAsTheLaterFigureAndTheChange() {
        ProseReading r = read("Monthly revenue fell from $3.5M to under $200k during 2024.");

        assertThat(number(r, "traction.revenue_usd_annual")).isEqualByComparingTo("2400000");
        assertThat(number(r, "traction.revenue_change_pct")).isEqualByComparingTo("-94");
    }

    @Test
    void readsATokenNamedInProseByItsSymbolInBothLanguages() {
        // given a token named by its symbol; then the project has a token
        assertThat(read("The PUNDIX token trades far below its 2021 high.").at("token.symbol")).isNotEmpty();
        assertThat(read("Os colaboradores recebem o token RJV como recompensa.").at("token.symbol")).isNotEmpty();
        // and capitalised words that are no symbol, a lower-case word, or a denied token are none
        assertThat(read("Users label data for token rewards.").at("token.symbol")).isNotEmpty();
        assertThat(read("Os usuários rotulam dados em troca de recompensas em token.").at("token.symbol")).isNotEmpty();
        assertThat(read("The AI token narrative drove the market.").at("token.symbol")).isEmpty();
        assertThat(read("The utility token launched later.").at("token.symbol")).isEmpty();
        assertThat(read("There is no ABC token and none is planned.").at("token.symbol")).isEmpty();
    }

    @Test
    void readsTokenDrawdownsAndInsiderSharesInBothLanguages() {
        assertThat(number(read("The token is 94% below its high."), "token.drawdown_pct")).isEqualByComparingTo("94");
        assertThat(number(read("The token then lost over 90% of its value within months."), "token.drawdown_pct")).isEqualByComparingTo("90");
        assertThat(number(read("O token caiu cerca de 85% desde o pico."), "token.drawdown_pct")).isEqualByComparingTo("85");
        assertThat(number(read("ROSE, near $0.60 in 2022, was trading more than 90% lower in mid-2025."), "token.drawdown_pct")).isEqualByComparingTo("90");
        assertThat(number(read("Insiders hold 47% of supply."), "token.insider_share_pct")).isEqualByComparingTo("47");
        assertThat(number(read("A equipe e os investidores detêm 60% do fornecimento."), "token.insider_share_pct")).isEqualByComparingTo("60");
    }

    @Test
    void readsADrawdownWhoseSubjectIsATickerQuotedAtAUnitPrice() {
        // given declines told of a ticker with its unit price, with no word such as "token" or "price"
        assertThat(number(read("O IOTX beirou US$ 0,26 em 2021 e, em 2025, estava cotado em torno de US$ 0,02, queda superior a 90%."), "token.drawdown_pct")).isEqualByComparingTo("90");
        assertThat(number(read("ROSE, which neared $0.60 in early 2022, had shed more than 90% by mid-2025."), "token.drawdown_pct")).isEqualByComparingTo("90");
        assertThat(number(read("O ROSE, que se aproximou de US$ 0,60 em 2022, acumulava em 2025 queda de mais de 90%."), "token.drawdown_pct")).isEqualByComparingTo("90");
        // and past-tense Portuguese verbs and ranges written out in words
        assertThat(number(read("O token MODE chegou em 2024 e já caía mais de 90% desde a máxima."), "token.drawdown_pct")).isEqualByComparingTo("90");
        assertThat(number(read("A capitalização superou US$ 2 bilhões no pico e recuou algo entre 85% e 90% até março."), "token.drawdown_pct")).isEqualByComparingTo("85");
        assertThat(number(read("Its market cap topped $2B at the peak, then fell somewhere between 85% and 90% by March."), "token.drawdown_pct")).isEqualByComparingTo("85");
        // when the money in the sentence is an amount, not a unit price, a decline is no drawdown
        assertThat(read("A rede, que captou US$ 1,5 milhão, perdeu 30% dos colaboradores.").at("token.drawdown_pct")).isEmpty();
        assertThat(read("The team, which raised $2.5 million, lost 30% of its engineers.").at("token.drawdown_pct")).isEmpty();
    }

    @Test
    void readsActiveUsersButNotRegisteredOnes() {
        assertThat(number(read("It has 23,514 monthly active wallets."), "traction.monthly_active_users")).isEqualByComparingTo("23514");
        assertThat(number(read("São 200 mil usuários ativos por mês."), "traction.monthly_active_users")).isEqualByComparingTo("200000");
        assertThat(read("It has 4 million registered users.").at("traction.monthly_active_users")).isEmpty();
    }

    @Test
    void statesAbsencesAsKnownMissingFacts() {
        // given explicit statements that something does not exist or is not public
        ProseReading en = read("No code or whitepaper is public. Usage figures are not disclosed. It has no revenue.");
        ProseReading pt = read("Não há código aberto. A receita não é divulgada.");

        // then the fields are known to be missing, or zero where "none" is the fact
        assertThat(en.absence("code.repo")).isPresent();
        assertThat(en.at("code.open_source")).extracting(Fact::value).containsExactly(false);
        assertThat(en.absence("traction.monthly_active_users")).isPresent();
        assertThat(number(en, "traction.revenue_usd_annual")).isEqualByComparingTo("0");
        assertThat(pt.absence("code.repo")).isPresent();
        assertThat(pt.absence("traction.revenue_usd_annual")).isPresent();
    }

    @Test
    void readsScarceIndependentUsageDataAsUndisclosedUsage() {
        // given prose that says independent usage data is missing or scarce, in several phrasings
        for (String text : new String[] {"Independent usage figures for the agent platform are limited.",
                "Não existem números independentes sobre o uso dos agentes.",
                "Faltam, porém, dados independentes sobre clientes pagantes.",
                "Há poucos números independentes sobre o uso.",
                "There is little independent data on how much the agent platform is actually used.",
                "Há poucos dados independentes sobre quanto a plataforma é de fato usada.",
                "Public usage figures for the original business were always limited.",
                "Independent figures on data buyers, data-set quality or revenue from AI customers are not available.",
                "The project has not published figures for AI calls served, paying users or revenue.",
                "The project has published no figures on AI calls served, paying users or revenue.",
                "No figures are published for contributors, paying data buyers or revenue.",
                "Vault TVL, user numbers and strategy performance were not independently published.",
                "Nothing published about usage or fee revenue was in a form we could verify.",
                "Nomes de clientes, volumes de dados e receita não são divulgados.",
                "Não houve divulgação verificável do número de colaboradores ativos.",
                "São escassos os números públicos de uso e de receita da rede.",
                "Public usage and revenue figures for the network are scarce.",
                "O projeto não publicou números sobre chamadas de IA atendidas, usuários pagantes ou receita.",
                "Números independentes sobre compradores de dados ou receita de clientes de IA não estão disponíveis.",
                "No independent figures exist on data buyers or revenue from AI customers.",
                "Não há números independentes sobre compradores de dados.",
                "Os números públicos de uso do negócio original sempre foram limitados."}) {
            // then usage is a stated absence
            assertThat(read(text).absence("traction.monthly_active_users")).as(text).isPresent();
        }
        // and figures that exist are not an absence
        assertThat(read("Independent usage figures show 40,000 monthly users.").absence("traction.monthly_active_users")).isEmpty();
        assertThat(read("Existem números independentes sobre o uso, auditados.").absence("traction.monthly_active_users")).isEmpty();
        assertThat(read("Independent data on how much the platform is used show 9,000 daily users.").absence("traction.monthly_active_users")).isEmpty();
        assertThat(read("Independent figures on its buyers are available on a public dashboard.").absence("traction.monthly_active_users")).isEmpty();
        assertThat(read("The project has published figures for AI calls served: two million a month.").absence("traction.monthly_active_users")).isEmpty();
        assertThat(read("O projeto publicou números sobre usuários pagantes, auditados.").absence("traction.monthly_active_users")).isEmpty();
        assertThat(read("User numbers are published on a public dashboard; the code was not released.").absence("traction.monthly_active_users")).isEmpty();
        assertThat(read("Os clientes pagam em stablecoins; o roadmap não foi publicado.").absence("traction.monthly_active_users")).isEmpty();
    }

    @Test
    void readsAPrivateValuationAsTheProjectsFullyDilutedValue() {
        // given a round that valued the project, in each language; when read
        assertThat(number(read("A strategic round valued the project at $3 billion."), "token.fdv_usd")).isEqualByComparingTo("3000000000");
        assertThat(number(read("A rodada estratégica avaliou o projeto em US$ 3 bilhões."), "token.fdv_usd"))
                .isEqualByComparingTo("3000000000");
        // then the money raised in the same round stays money raised
        assertThat(read("It raised $12M in a Series A.").at("token.fdv_usd")).isEmpty();
        assertThat(number(read("It raised $12M in a Series A."), "funding.raised_usd")).isEqualByComparingTo("12000000");
    }

    @Test
    void readsTheTopHoldersShareWrittenInWords() {
        assertThat(number(read("Third-party analyses say the top ten addresses control about 98% of supply."), "token.insider_share_pct"))
                .isEqualByComparingTo("98");
        assertThat(number(read("Análises de terceiros apontam que os dez maiores endereços concentram cerca de 98% da oferta."),
                "token.insider_share_pct")).isEqualByComparingTo("98");
        assertThat(number(read("The ten largest addresses hold about 98% of it."), "token.insider_share_pct")).isEqualByComparingTo("98");
    }

    @Test
    void readsUnpublishedRevenueFiguresAsUndisclosedNotAsZero() {
        // given prose that says revenue figures are not published (not that there is no revenue); when read
        ProseReading en = read("No revenue figures are published.");
        ProseReading pt = read("Não há números públicos de receita.");
        // then revenue is a stated absence, not a zero
        assertThat(en.at("traction.revenue_usd_annual")).isEmpty();
        assertThat(en.absence("traction.revenue_usd_annual")).isPresent();
        assertThat(pt.at("traction.revenue_usd_annual")).isEmpty();
        assertThat(pt.absence("traction.revenue_usd_annual")).isPresent();
        // and a plain "no revenue" is still a zero
        assertThat(number(read("The network has no revenue yet."), "traction.revenue_usd_annual")).isEqualByComparingTo("0");
    }

    @Test
    void reportsContraryFactsThatAnAbsentFieldWouldMiss() {
        ProseReading r = read("A running testnet already has thousands of models submitted; the node client is open-source code on GitHub.");

        assertThat(r.at("models")).isNotEmpty();
        assertThat(r.at("code.repo")).isNotEmpty();
    }

    @Test
    void doesNotReadNegatedOrContrastedFigures() {
        assertThat(read("It is not live on mainnet.").at("traction.live")).extracting(Fact::value).containsExactly(false);
        assertThat(read("Unlike rivals it does not have 10,000 active users.").at("traction.monthly_active_users")).isEmpty();
        assertThat(read("A rede não tem 5 mil usuários ativos.").at("traction.monthly_active_users")).isEmpty();
    }

    @Test
    void marksWhereFiguresComeFrom() {
        assertThat(read("By its own figures it has 4,000 GPUs.").at("compute.gpus").get(0).provenance())
                .isEqualTo(Provenance.SELF_REPORTED);
        assertThat(read("Segundo a empresa, são 30 clientes pagantes.").at("traction.paying_customers").get(0).provenance())
                .isEqualTo(Provenance.SELF_REPORTED);
        assertThat(read("DefiLlama data shows fees of $12M a year.").at("traction.revenue_usd_annual").get(0).provenance())
                .isEqualTo(Provenance.THIRD_PARTY);
        assertThat(read("It claims 50,000 daily active users, a figure that has been questioned.")
                .at("traction.monthly_active_users").get(0).provenance()).isEqualTo(Provenance.DISPUTED);
        assertThat(read("It reports 40k active users. Outside tallies put it far lower.")
                .at("traction.monthly_active_users").get(0).provenance()).isEqualTo(Provenance.DISPUTED);
    }

    @Test
    void readsTheCompanysOwnFiguresAsSelfReportedWithoutBy() {
        // given the marker written as a subject rather than "by its own figures"
        ProseReading r = read("The company's own figures claim 150 enterprise clients and revenue of about $39.8M a quarter.");
        // then the figures after it in its sentence are the project's word
        assertThat(r.at("traction.revenue_usd_annual").get(0).provenance()).isEqualTo(Provenance.SELF_REPORTED);
        // and a figure with no such marker keeps no stated source
        assertThat(read("It earns revenue of about $39.8M a quarter.").at("traction.revenue_usd_annual").get(0).provenance())
                .isEqualTo(Provenance.UNSTATED);
    }

    @Test
    void dropsFiguresThatBelongToAnotherEntity() {
        assertThat(read("Its parent company reported $50M in revenue.").at("traction.revenue_usd_annual")).isEmpty();
        assertThat(read("A controladora faturou US$ 50 milhões em receita.").at("traction.revenue_usd_annual")).isEmpty();
    }

    @Test
    void skipsOtherCurrenciesPastPeaksAndYears() {
        assertThat(read("Captou R$ 5 milhões.").at("funding.raised_usd")).isEmpty();
        assertThat(read("The token peaked at a market cap of $700M.").at("token.market_cap_usd")).isEmpty();
        assertThat(read("In 2024 developers flocked to it.").facts()).isEmpty();
    }

    @Test
    void readsVolumeSettledForUsersAnnualisedButNotTheTokensOwnTrading() {
        // given a protocol's monthly volume; then it is annualised on its own field
        assertThat(number(read("It routinely settles about $2B in monthly volume for traders."), "traction.volume_usd_annual"))
                .isEqualByComparingTo("24000000000");
        assertThat(number(read("A rede processou US$ 300 milhões em pagamentos no último ano."), "traction.volume_usd_annual"))
                .isEqualByComparingTo("300000000");
        // when the volume is the token's own trading; then it is no use of the product
        assertThat(read("The token saw $500M of daily trading volume after its listing.").at("traction.volume_usd_annual")).isEmpty();
        assertThat(read("A moeda teve volume de US$ 80 milhões em um dia.").at("traction.volume_usd_annual")).isEmpty();
    }
}
