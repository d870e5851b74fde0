package io.hypecheck.prose;

import static org.assertj.core.api.Assertions.assertThat;

import io.hypecheck.api.Fact;
import io.hypecheck.api.Location;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class AdoptionTest {

    private static List<Fact> adopters(String description) {
        Fact fact = new Fact("description", description, description, Location.at(3, 1), (s, e) -> Location.at(3, 1 + s));
        return ProseReader.read(List.of(fact)).at("traction.adopters");
    }

    private static BigDecimal count(String description) {
        List<Fact> facts = adopters(description);
        assertThat(facts).as("adopters in %s", description).isNotEmpty();
        return facts.get(0).number();
    }

    @Test
    void countsNamedAdoptersInEnglishAndPortuguese() {
        // given a product used by named organisations; then their number
        assertThat(count("It is used by PancakeSwap, Uniswap and Linea for trader rebates.")).isEqualByComparingTo("3");
        assertThat(count("Está em produção: é usada, por exemplo, por protocolos DeFi como PancakeSwap e Uniswap.")).isEqualByComparingTo("2");
    }

    @Test
    void readsWhereAProductIsDeployedAsNoAdoptionButWhoDeploysItAsAdoption() {
        // given the chains a product runs on; then no adopters
        assertThat(adopters("Its oracle is deployed on Ethereum and several L2s and serves open models.")).isEmpty();
        assertThat(adopters("Seu oráculo está implantado no Ethereum e em várias L2s e entrega modelos abertos.")).isEmpty();
        assertThat(adopters("The contracts were deployed across Arbitrum, Base and Optimism.")).isEmpty();
        // and what a product or its users serve as is a role, not an adopter
        assertThat(adopters("Its extension's users serve as validators and collect points, like other bandwidth-sharing projects.")).isEmpty();
        assertThat(adopters("The app serves as the consumer front end for the protocols and wallets of the ecosystem.")).isEmpty();
        // but organisations that deploy it are adopters
        assertThat(count("The prover is deployed by Uniswap and Aave in production.")).isEqualByComparingTo("2");
        assertThat(count("O provador foi implantado por protocolos como Uniswap e Aave.")).isEqualByComparingTo("2");
    }

    @Test
    void readsAUseForAPurposeAtNamedAdoptersAndAServiceToThemInPortuguese() {
        // given the purpose of the use before its adopters, or the verb "serve"; then their number
        assertThat(count("It is used for instance for trader discounts at DeFi protocols such as PancakeSwap and Uniswap."))
                .isEqualByComparingTo("2");
        assertThat(count("O sistema serve, por exemplo, a programas de incentivo de protocolos como a PancakeSwap e a Uniswap."))
                .isEqualByComparingTo("2");
        assertThat(count("Traders make wide use of the platform to track wallets of funds and exchanges.")).isEqualByComparingTo("2");
        // and a purpose with no adopter, or a service denied, is none
        assertThat(adopters("The token is used for staking and governance.")).isEmpty();
        assertThat(adopters("A rede ainda não serve a protocolos como a PancakeSwap e a Uniswap.")).isEmpty();
    }

    @Test
    void takesTheNumberGivenAndReadsAPluralKindOfAdopterAsAtLeastTwo() {
        assertThat(count("The SDK is integrated into 40 DeFi protocols.")).isEqualByComparingTo("40");
        assertThat(count("Resolution is built into many wallets and browsers.")).isEqualByComparingTo("2");
        assertThat(count("Many wallets and browsers have ENS resolution built in.")).isEqualByComparingTo("2");
        assertThat(count("A resolução está integrada a muitas carteiras e navegadores.")).isEqualByComparingTo("2");
    }

    @Test
    void readsAdoptersNamedBeforeAmongItsCustomers() {
        assertThat(count("By its own statements it counts several universities and media companies among its customers."))
                .isEqualByComparingTo("2");
        assertThat(count("Segundo a empresa, conta com universidades e estúdios entre seus clientes.")).isEqualByComparingTo("2");
        assertThat(adopters("It hopes to count banks among its customers one day.")).isEmpty();
        assertThat(adopters("Ainda não há empresas entre seus clientes.")).isEmpty();
    }

    @Test
    void readsAdoptersThatComeBeforeTheWordsOfUse() {
        assertThat(count("By the company's figures, more than 20 chains use the platform, among them Merlin.")).isEqualByComparingTo("20");
        assertThat(count("Segundo a empresa, mais de 20 cadeias usam a plataforma, entre elas a Merlin Chain.")).isEqualByComparingTo("20");
        assertThat(count("Several exchanges already integrated the protocol.")).isEqualByComparingTo("2");
        assertThat(adopters("No chains use the platform yet.")).isEmpty();
        assertThat(adopters("Nenhuma rede usa a plataforma ainda.")).isEmpty();
        assertThat(adopters("Developers could use the platform to build agents.")).isEmpty();
    }

    @Test
    void anAbsurdNumberOfAdoptersCountsAsTheLargestNotACrash() {
        assertThat(count("It is integrated into 9,000,000,000 wallets.")).isEqualByComparingTo(String.valueOf(Integer.MAX_VALUE));
        assertThat(count("More than 5,000,000,000,000 wallets use the platform.")).isEqualByComparingTo(String.valueOf(Integer.MAX_VALUE));
    }

    @Test
    void readsNoAdoptionWhereUseIsOnlyPossibleNegatedOrVague() {
        // English: a possibility, a negation, one name alone
        assertThat(adopters("The chain is designed to be used by wallets and exchanges.")).isEmpty();
        assertThat(adopters("The protocol is not yet used by any exchange or wallet.")).isEmpty();
        assertThat(adopters("It powers AI agents on a testnet.")).isEmpty();
        // Portuguese: a possibility, words of use followed by a concept, not adopters
        assertThat(adopters("A rede pode ser usada por empresas e bancos no futuro.")).isEmpty();
        assertThat(adopters("Propõe impressões digitais embutidas nos modelos para rastrear seu uso, dentro do conceito OML (Open, Monetizable, Loyal).")).isEmpty();
    }
}
