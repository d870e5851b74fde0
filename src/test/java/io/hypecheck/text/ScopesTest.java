package io.hypecheck.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ScopesTest {

    /** Whether the words of {@code part} are affirmed where they stand in {@code text}. */
    private static boolean affirmed(String text, String part) {
        int at = text.indexOf(part);
        return Tokenizer.indexed(text).affirmed(at, at + part.length());
    }

    @Test
    void aNegationCoversTheRestOfItsClauseOnly() {
        assertThat(affirmed("It has no token, but revenue is real.", "token")).isFalse();
        assertThat(affirmed("It has no token, but revenue is real.", "revenue")).isTrue();
        assertThat(affirmed("Não tem token, mas a receita é real.", "token")).isFalse();
        assertThat(affirmed("Não tem token, mas a receita é real.", "receita")).isTrue();
    }

    @Test
    void aNegatedVerbOfKnowingPutsItsWholeClauseInDoubt() {
        String en = "We could not verify how much of the toolkit is actually open source, though the SDK ships.";
        assertThat(affirmed(en, "open source")).isFalse();
        assertThat(affirmed(en, "SDK")).isTrue();
        String pt = "Não conseguimos verificar quanto do kit de desenvolvimento tem código aberto, mas o SDK existe.";
        assertThat(affirmed(pt, "código aberto")).as("pt list").isFalse();
        assertThat(affirmed(pt, "SDK")).isTrue();
        assertThat(affirmed("Não foi possível confirmar se o protocolo e o cliente têm código aberto.", "código aberto")).isFalse();
    }

    @Test
    void anOrdinaryNegationStillReachesOnlyTheNextWords() {
        String en = "It has no token and runs a marketplace where buyers pay for open source models.";
        assertThat(affirmed(en, "open source")).isTrue();
        String pt = "Não tem token e mantém um mercado onde compradores pagam por modelos de código aberto.";
        assertThat(affirmed(pt, "código aberto")).isTrue();
    }

    @Test
    void aContrastCoversWhatTheProjectIsComparedWith() {
        assertThat(affirmed("TEE attestations are cheaper than ZK proofs.", "ZK proofs")).isFalse();
        assertThat(affirmed("TEE attestations are cheaper than ZK proofs.", "TEE attestations")).isTrue();
        assertThat(affirmed("Usa atestados TEE em vez de provas ZK.", "provas ZK")).isFalse();
        assertThat(affirmed("É mais barato que provas ZK.", "provas ZK")).isFalse();
    }

    @Test
    void moreThanANumberCountsAndDoesNotContrast() {
        assertThat(affirmed("More than 20 chains use the platform.", "use the platform")).isTrue();
        assertThat(affirmed("It has more than a thousand users.", "users")).isTrue();
        assertThat(affirmed("Mais do que 20 redes usam a plataforma.", "usam a plataforma")).isTrue();
        assertThat(affirmed("It is faster than ZK proofs.", "ZK proofs")).isFalse();
        assertThat(affirmed("É mais rápido do que provas ZK.", "provas ZK")).isFalse();
    }

    @Test
    void aTrailingNegationCoversTheWordsBeforeIt() {
        assertThat(affirmed("The leaderboard is not published.", "leaderboard")).isFalse();
        assertThat(affirmed("O placar não é publicado.", "placar")).isFalse();
    }

    @Test
    void hyphenatedAndNotOnlyAreNoNegations() {
        assertThat(affirmed("A no-code agent builder.", "code")).isTrue();
        assertThat(affirmed("Not only open source but audited.", "open source")).isTrue();
        assertThat(affirmed("Não só código aberto, mas auditado.", "código aberto")).isTrue();
    }

    @Test
    void aHyphenatedNegativePrefixNegatesOnlyTheWordItIsJoinedTo() {
        // given a tag or adjective that denies a word; then that word is negated, and nothing after it
        assertThat(affirmed("depin, wireless, non-ai", "ai")).isFalse();
        assertThat(affirmed("Uma rede não-IA de banda larga.", "IA")).isFalse();
        assertThat(affirmed("Non-custodial AI agents that trade.", "AI agents")).isTrue();
        assertThat(affirmed("Agentes sem-custódia de IA.", "IA")).isTrue();
    }

    @Test
    void aNegationDeniesEveryItemOfACommaSeparatedList() {
        // given a denied list whose items commas separate; then its last items are denied too
        String en = "There is no published model, dataset or open-source repository, and the team is anonymous.";
        assertThat(affirmed(en, "open-source repository")).as("en list").isFalse();
        assertThat(affirmed(en, "team is anonymous")).isTrue();
        assertThat(affirmed("It has no code, no whitepaper, and no audit or dashboard.", "dashboard")).isFalse();
        String pt = "Não há modelo publicado, conjunto de dados ou repositório de código aberto.";
        assertThat(affirmed(pt, "código aberto")).as("pt list").isFalse();
        assertThat(affirmed("Sem modelo, dados ou código aberto publicados.", "código aberto")).as("sem list").isFalse();
        // but a comma that ends a clause still ends the negation
        assertThat(affirmed("It has no token, and revenue is real.", "revenue")).isTrue();
        assertThat(affirmed("No token exists, users pay or leave.", "users pay")).isTrue();
        assertThat(affirmed("Não tem token, o código é aberto ou quase.", "código é aberto")).isTrue();
    }

    @Test
    void aContrastEndsWhereAPrepositionTurnsBackToTheProject() {
        // given a comparison followed by what the project offers; then only the compared thing is contrasted
        String en = "Fresher maps than incumbents at a fraction of the cost.";
        assertThat(affirmed(en, "incumbents")).isFalse();
        assertThat(affirmed(en, "fraction of the cost")).isTrue();
        String pt = "Mapas mais novos do que os concorrentes por uma fração do custo.";
        assertThat(affirmed(pt, "concorrentes")).isFalse();
        assertThat(affirmed(pt, "fração do custo")).isTrue();
        // but a negation still reaches past such words
        assertThat(affirmed("It has no token for governance.", "governance")).isFalse();
    }

    @Test
    void portugueseNoIsInTheNotNo() {
        assertThat(affirmed("O modelo roda no AWS da empresa.", "AWS")).isTrue();
        assertThat(affirmed("It runs with no AWS dependency.", "AWS")).isFalse();
    }

    @Test
    void knowsSentences() {
        Scopes scopes = Tokenizer.indexed("One sentence. Another one; a third.").scopes();
        assertThat(scopes.sentenceOf(0)).isZero();
        assertThat(scopes.sentenceOf(2)).isEqualTo(1);
        assertThat(scopes.sentenceOf(4)).isEqualTo(2);
    }
}
