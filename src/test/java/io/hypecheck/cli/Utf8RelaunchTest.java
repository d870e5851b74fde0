package io.hypecheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The re-run's side of {@link Utf8Relaunch}: arguments restored from their bytes, and no third JVM. */
class Utf8RelaunchTest {

    private static String base64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theReRunRestoresTheArgumentsPassedAsBytes() {
        // given: the first JVM passed argument 1 as bytes, and left it empty on the command line
        Map<String, String> env = Map.of(Utf8Relaunch.GUARD, "1", Utf8Relaunch.ARG + "1", base64("ção.yaml"));

        // when
        String[] args = Utf8Relaunch.arguments(new String[] {"score", "", "-f", "json"}, env);

        // then: decoded in this JVM's charset for names (UTF-8 in a re-run)
        String expected = new String("ção.yaml".getBytes(StandardCharsets.UTF_8),
                java.nio.charset.Charset.forName(System.getProperty("sun.jnu.encoding")));
        assertThat(args).containsExactly("score", expected, "-f", "json");
    }

    @Test
    void outsideAReRunTheArgumentsAreLeftAlone() {
        // given: no guard, so the variables are not hypecheck's
        Map<String, String> env = Map.of(Utf8Relaunch.ARG + "1", base64("other"));

        // when
        String[] args = Utf8Relaunch.arguments(new String[] {"score", ""}, env);

        // then
        assertThat(args).containsExactly("score", "");
    }

    @Test
    void aReRunNeverRunsAgain() {
        assertThat(Utf8Relaunch.needed(Map.of(Utf8Relaunch.GUARD, "1"))).isFalse();
    }
}
