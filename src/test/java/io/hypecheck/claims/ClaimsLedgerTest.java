package io.hypecheck.claims;

import static org.assertj.core.api.Assertions.assertThat;

import io.hypecheck.project.ProjectLoader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClaimsLedgerTest {

    private static List<ClaimCheck> ledger(String yaml) {
        return ClaimsLedger.of(ProjectLoader.load("p.yaml", yaml.getBytes(StandardCharsets.UTF_8)).project().orElseThrow()
                .facts(LocalDate.of(2026, 1, 1)));
    }

    @Test
    void contradictsAnOpenSourceClaimWithClosedCode() {
        // given a claim of open code and a file that says the code is closed
        List<ClaimCheck> en = ledger("name: X\nclaims: [\"Fully open source.\"]\ncode: {open_source: false}\n");
        List<ClaimCheck> pt = ledger("name: X\nclaims: [\"Totalmente de código aberto.\"]\ndescription: \"O código-fonte não é público.\"\n");

        // then
        assertThat(en).extracting(ClaimCheck::status).containsExactly(ClaimStatus.CONTRADICTED);
        assertThat(en.get(0).evidence()).extracting(e -> e.path()).containsExactly("code.open_source");
        assertThat(pt).extracting(ClaimCheck::status).containsExactly(ClaimStatus.CONTRADICTED);
    }

    @Test
    void supportsAClaimOnlyWithFactsThatAreNotTheProjectsWordAlone() {
        List<ClaimCheck> third = ledger("name: X\nclaims: [\"Thousands of users every month.\"]\n"
                + "description: \"DefiLlama data shows 40,000 monthly active users.\"\n");
        List<ClaimCheck> own = ledger("name: X\nclaims: [\"Thousands of users every month.\"]\n"
                + "description: \"By its own figures it has 40,000 monthly active users.\"\n");

        assertThat(third).extracting(ClaimCheck::status).containsExactly(ClaimStatus.SUPPORTED);
        assertThat(own).extracting(ClaimCheck::status).containsExactly(ClaimStatus.UNSUPPORTED);
    }

    @Test
    void contradictsADecentralizationClaimWithACentralProvider() {
        List<ClaimCheck> pt = ledger("name: X\nclaims: [\"Rede descentralizada e sem permissão.\"]\ncompute: {depends_on: [aws]}\n");

        assertThat(pt).extracting(ClaimCheck::status).containsExactly(ClaimStatus.CONTRADICTED);
        assertThat(pt.get(0).topic()).isEqualTo("decentralized");
    }

    @Test
    void leavesAPromiseNoFactBearsOnUnsupported() {
        List<ClaimCheck> ledger = ledger("name: X\nclaims: [\"The future of intelligence.\", \"Live on mainnet.\"]\n"
                + "traction: {live: true}\n");

        assertThat(ledger).extracting(ClaimCheck::status).containsExactly(ClaimStatus.UNSUPPORTED, ClaimStatus.SUPPORTED);
        assertThat(ledger.get(0).topic()).isEqualTo("none");
        assertThat(ledger.get(1).location().line()).isEqualTo(2);
    }
}
