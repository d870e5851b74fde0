package io.hypecheck.project;

import static org.assertj.core.api.Assertions.assertThat;

import io.hypecheck.api.Fact;
import io.hypecheck.api.Facts;
import io.hypecheck.api.Location;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProjectFactsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    private static final String PROJECT = """
            name: Prime Intellect
            summary: Decentralised training of frontier models.
            description: >
              Trains open models over the internet
              with verifiable compute.
            tags: [decentralized-training, open-source]
            claims:
              - Trained a 10B model across continents.
              - Anyone can contribute compute.
            token:
              market_cap_usd: "$1.2B"
            models:
              - name: INTELLECT-1
                role: trained
              - name: INTELLECT-2
                parameters_b: 32
                open_weights: true
              - name: tiny
                parameters_b: 0.5
            audits: []
            """;

    private static Facts facts(String yaml) {
        LoadResult result = ProjectLoader.load("p.yaml", yaml.getBytes(StandardCharsets.UTF_8));
        assertThat(result.errors()).isEmpty();
        return result.project().orElseThrow().facts(TODAY);
    }

    @Test
    void aListOfTextGivesOneFactPerElement() {
        // when
        List<Fact> claims = facts(PROJECT).values("claims");

        // then
        assertThat(claims).extracting(Fact::path).containsExactly("claims[0]", "claims[1]");
        assertThat(claims).extracting(Fact::value)
                .containsExactly("Trained a 10B model across continents.", "Anyone can contribute compute.");
        assertThat(claims.get(1).location()).isEqualTo(new Location(9, 5, 9, 35));
    }

    @Test
    void aScalarGivesOneFactWithItsTypedValueAndText() {
        // when
        List<Fact> cap = facts(PROJECT).values("token.market_cap_usd");

        // then
        assertThat(cap).singleElement().satisfies(f -> {
            assertThat(f.path()).isEqualTo("token.market_cap_usd");
            assertThat(f.number()).isEqualByComparingTo("1200000000");
            assertThat(f.text()).isEqualTo("$1.2B");
            assertThat(f.location()).isEqualTo(new Location(11, 19, 11, 26));
        });
    }

    @Test
    void eachElementPathGivesConcretePathsOnlyWhereTheFieldIsPresent() {
        // when
        List<Fact> sizes = facts(PROJECT).values("models[].parameters_b");

        // then
        assertThat(sizes).extracting(Fact::path).containsExactly("models[1].parameters_b", "models[2].parameters_b");
        assertThat(sizes).extracting(Fact::number).containsExactly(new BigDecimal("32"), new BigDecimal("0.5"));
        assertThat(sizes.get(0).location().line()).isEqualTo(16);
    }

    @Test
    void anAbsentFieldGivesNoFacts() {
        // when
        Facts facts = facts(PROJECT);

        // then
        assertThat(facts.values("traction.live")).isEmpty();
        assertThat(facts.values("team")).isEmpty();
        assertThat(facts.values("audits[].url")).isEmpty();
        assertThat(facts.values("compute.depends_on")).isEmpty();
    }

    @Test
    void aMappingOrAListOfMappingsHasNoScalarFacts() {
        // when
        Facts facts = facts(PROJECT);

        // then
        assertThat(facts.values("token")).isEmpty();
        assertThat(facts.values("models")).isEmpty();
    }

    @Test
    void elementsAreScopedToTheirElementButKeepFullPaths() {
        // when
        List<Facts> models = facts(PROJECT).elements("models").orElseThrow();

        // then
        assertThat(models).hasSize(3);
        assertThat(models.get(1).values("name")).singleElement()
                .satisfies(f -> assertThat(f.path()).isEqualTo("models[1].name"))
                .satisfies(f -> assertThat(f.value()).isEqualTo("INTELLECT-2"));
        assertThat(models.get(0).values("parameters_b")).isEmpty();
        assertThat(models.get(2).values("parameters_b")).extracting(Fact::path).containsExactly("models[2].parameters_b");
        assertThat(models.get(0).locate("role")).contains(new Location(14, 11, 14, 18));
        assertThat(models.get(0).today()).isEqualTo(TODAY);
    }

    @Test
    void anAbsentListHasNoElementsAndAnEmptyOneHasNone() {
        // when
        Facts facts = facts(PROJECT);

        // then
        assertThat(facts.elements("exemptions")).isEmpty();
        assertThat(facts.elements("audits")).hasValue(List.of());
        assertThat(facts.elements("token")).isEmpty();
    }

    @Test
    void locatesFieldsMappingsListsAndEachElementPaths() {
        // when
        Facts facts = facts(PROJECT);

        // then
        assertThat(facts.locate("name")).contains(new Location(1, 7, 1, 22));
        assertThat(facts.locate("token").map(Location::line)).contains(11);
        assertThat(facts.locate("models").map(Location::line)).contains(13);
        assertThat(facts.locate("models[].parameters_b").map(Location::line)).contains(16);
        assertThat(facts.locate("traction")).isEmpty();
        assertThat(facts.locate("models[].open_weights").map(Location::line)).contains(17);
        assertThat(facts.locate("verification.method")).isEmpty();
    }

    @Test
    void textCoversNameSummaryDescriptionClaimsTagsAndModelNames() {
        // when
        List<Fact> text = facts(PROJECT).text();

        // then
        assertThat(text).extracting(Fact::path).containsExactly("name", "summary", "description", "claims[0]",
                "claims[1]", "tags[0]", "tags[1]", "models[0].name", "models[1].name", "models[2].name");
        assertThat(text.get(2).value()).isEqualTo("Trains open models over the internet with verifiable compute.");
        assertThat(text).allSatisfy(f -> assertThat(f.value()).isInstanceOf(String.class));
    }

    @Test
    void textOfAProjectWithOnlyANameIsTheName() {
        // when
        List<Fact> text = facts("name: Olas\nwebsite: https://olas.network\n").text();

        // then
        assertThat(text).extracting(Fact::path).containsExactly("name");
    }

    @Test
    void todayIsTheEvaluationDay() {
        // when / then
        assertThat(facts(PROJECT).today()).isEqualTo(TODAY);
    }
}
