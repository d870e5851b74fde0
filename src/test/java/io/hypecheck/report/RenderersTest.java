package io.hypecheck.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hypecheck.diagnostic.ExitCode;
import io.hypecheck.diagnostic.HypecheckException;
import org.junit.jupiter.api.Test;

class RenderersTest {

    @Test
    void listsEveryFormatSorted() {
        assertThat(Renderers.names()).containsExactly("csv", "github", "html", "json", "junit", "markdown", "ndjson", "sarif", "table");
    }

    @Test
    void givesEachFormatARendererThatAnswersToItsName() {
        for (String name : Renderers.names()) {
            assertThat(Renderers.forName(name, RenderOptions.defaults()).format()).isEqualTo(name);
        }
    }

    @Test
    void rejectsAnUnknownFormatAsAConfigurationErrorListingTheValidOnes() {
        assertThatThrownBy(() -> Renderers.forName("sarif2", RenderOptions.defaults()))
                .isInstanceOf(HypecheckException.class)
                .hasMessage("unknown format 'sarif2' (did you mean 'sarif'?); formats: csv, github, html, json, junit, markdown, "
                        + "ndjson, sarif, table")
                .extracting(e -> ((HypecheckException) e).exitCode()).isEqualTo(ExitCode.USAGE);
    }

    @Test
    void passesTheColourOptionToTheTable() {
        // given
        RenderOptions colour = new RenderOptions(true, false);

        // when
        String text = Renderers.forName("table", colour).render(ReportFixtures.scenario("several"));

        // then
        assertThat(text).contains("\u001B[32msubstance\u001B[0m");
    }
}
