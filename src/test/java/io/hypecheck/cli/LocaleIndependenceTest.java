package io.hypecheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Same output everywhere: every command prints the same bytes under locales with their own
 * digits or case rules (ar-SA, th-TH with Thai digits, tr-TR), under {@code LANG=C}, and with a
 * CR LF line separator.
 */
class LocaleIndependenceTest {

    private static final Path REPORT = Path.of("target", "locale-test-report.json");

    private static final List<List<String>> COMMANDS = List.of(
            List.of("rubrics", "list"), List.of("rubrics", "types"), List.of("rubrics", "show", "zk-ai"),
            List.of("explain", "samples/olas.yaml", "--today", "2026-11-24"),
            List.of("score", "samples/", "--today", "2026-11-24", "-f", "table", "-f", "json=" + REPORT),
            List.of("score", "--help"));

    private static List<String> root;

    @TempDir
    Path dir;

    private static List<String> outputs() {
        return COMMANDS.stream().map(args -> {
            CliResult result = CliResult.run(args.toArray(String[]::new));
            String report = "";
            try {
                report = args.contains("json=" + REPORT) ? Files.readString(REPORT) : "";
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return result.code() + "\n" + result.out() + result.err() + report;
        }).toList();
    }

    @org.junit.jupiter.api.BeforeAll
    static void underTheRootLocale() throws Exception {
        Files.deleteIfExists(REPORT);
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.ROOT);
            root = outputs();
        } finally {
            Locale.setDefault(saved);
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"ar-SA", "th-TH-u-nu-thai", "tr-TR"})
    void printsTheSameUnderEveryLocale(String tag) {
        // given
        Locale saved = Locale.getDefault();
        List<String> other;
        try {
            Locale.setDefault(Locale.forLanguageTag(tag));

            // when
            other = outputs();
        } finally {
            Locale.setDefault(saved);
        }

        // then
        for (int i = 0; i < COMMANDS.size(); i++) {
            assertThat(other.get(i)).as("%s under %s", COMMANDS.get(i), tag).isEqualTo(root.get(i));
        }
    }

    @Test
    void printsTheSameInAnotherJvmUnderArabicLangCAndCrLf() throws Exception {
        // given
        Path work = Path.of("").toAbsolutePath();
        String[] args = {"explain", work.resolve("samples/olas.yaml").toString(), "--today", "2026-11-24"};
        String[] list = {"rubrics", "list"};
        Subprocess plain = Subprocess.run(dir, Map.of("LANG", "C.UTF-8"), List.of(), args);

        // when
        Subprocess langC = Subprocess.run(dir, Map.of("LANG", "C", "LC_ALL", "C"), List.of(), args);
        Subprocess crlf = Subprocess.run(dir, Map.of(), List.of("-Dline.separator=\r\n"), args);
        Subprocess arabicList = Subprocess.run(dir, Map.of(), List.of("-Duser.language=ar", "-Duser.country=SA"), list);

        // then
        assertThat(plain.code()).isZero();
        assertThat(langC.out()).isEqualTo(plain.out());
        assertThat(crlf.out()).isEqualTo(plain.out()).doesNotContain("\r");
        assertThat(arabicList.out()).containsPattern("zk-ai +hyped +[0-9]+ rules").doesNotContainPattern("[\u0660-\u0669]");
    }
}
