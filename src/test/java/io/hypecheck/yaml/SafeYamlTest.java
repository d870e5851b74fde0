package io.hypecheck.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import io.hypecheck.diagnostic.Diagnostic;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SafeYamlTest {

    private static Diagnostic error(String yaml) {
        return error(yaml.getBytes(StandardCharsets.UTF_8));
    }

    private static Diagnostic error(byte[] bytes) {
        SafeYaml.Parsed parsed = SafeYaml.read("f.yaml", bytes);
        assertThat(parsed.node()).isNull();
        assertThat(parsed.error()).isNotNull();
        return parsed.error();
    }

    @Test
    void rejectsAnInputOverOneMebibyteBeforeParsingIt() {
        // given a valid project padded past the limit
        byte[] bytes = ("name: X\ndescription: \"" + "a".repeat(SafeYaml.MAX_BYTES) + "\"\n").getBytes(StandardCharsets.UTF_8);

        // when
        Diagnostic error = error(bytes);

        // then
        assertThat(error.format()).isEqualTo("f.yaml: file is larger than 1 MiB; is it really a project file?");
    }

    @Test
    void readsAnInputOfExactlyTheLimit() {
        // given
        String head = "name: X\ndescription: \"";
        String yaml = head + "a".repeat(SafeYaml.MAX_BYTES - head.length() - 2) + "\"\n";

        // when
        SafeYaml.Parsed parsed = SafeYaml.read("f.yaml", yaml.getBytes(StandardCharsets.UTF_8));

        // then
        assertThat(yaml).hasSize(SafeYaml.MAX_BYTES);
        assertThat(parsed.error()).isNull();
        assertThat(parsed.node()).isNotNull();
    }

    @Test
    void rejectsABillionLaughsFileNamingAliases() {
        // given nine levels of nine aliases each: 9^9 strings if expanded
        StringBuilder yaml = new StringBuilder("name: X\nl0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (int level = 1; level <= 9; level++) {
            yaml.append("l").append(level).append(": &l").append(level).append(" [")
                    .append(String.join(", ", java.util.Collections.nCopies(9, "*l" + (level - 1)))).append("]\n");
        }

        // when
        Diagnostic error = error(yaml.toString());

        // then
        assertThat(error.message()).contains("aliases").doesNotContain("max=");
    }

    @Test
    void allowsAFewAliases() {
        // when
        SafeYaml.Parsed parsed = SafeYaml.read("f.yaml", "name: &n X\nsummary: *n\nt: &t [a]\nu: *t\n".getBytes(StandardCharsets.UTF_8));

        // then
        assertThat(parsed.error()).isNull();
    }

    @Test
    void rejectsAJavaTypeTagWithoutNamingSnakeYaml() {
        // when
        Diagnostic error = error("name: !!java.io.File [/etc/passwd]\n");

        // then
        assertThat(error.format()).isEqualTo("f.yaml:1:7: YAML tag '!!java.io.File' is not allowed in project files");
    }

    @Test
    void rejectsDeepNesting() {
        // when
        Diagnostic error = error("name: X\nx: " + "[".repeat(100) + "]".repeat(100) + "\n");

        // then
        assertThat(error.message()).isEqualTo("nested more than 24 levels deep; a project or rubric file needs at most a few");
    }

    @Test
    void pointsAtTheFirstInvalidUtf8ByteCountingCharacters() {
        // given "é" is two bytes, one character
        byte[] bytes = {'i', 'd', ':', ' ', (byte) 0xC3, (byte) 0xA9, (byte) 0xFF, '\n'};

        // when
        Diagnostic error = error(bytes);

        // then
        assertThat(error.format()).isEqualTo("f.yaml:1:6: invalid UTF-8; save the file as UTF-8");
    }

    @Test
    void rejectsUtf16EitherWay() {
        // when / then
        assertThat(error(new byte[] {(byte) 0xFE, (byte) 0xFF, 0, 'n'}).message()).isEqualTo("file is UTF-16; save it as UTF-8");
        assertThat(error(new byte[] {(byte) 0xFF, (byte) 0xFE, 'n', 0}).message()).isEqualTo("file is UTF-16; save it as UTF-8");
    }

    @Test
    void pointsAtANonPrintableCharacter() {
        // when
        Diagnostic error = error("name: X\nsummary: \"\uD83D\uDE80 \u0007\"\n");

        // then
        assertThat(error.format()).isEqualTo("f.yaml:2:13: invalid YAML: non-printable character U+0007; delete it");
    }

    @Test
    void anEmptyDocumentHasNoNodeAndNoError() {
        // when
        SafeYaml.Parsed parsed = SafeYaml.read("f.yaml", "# nothing\n".getBytes(StandardCharsets.UTF_8));

        // then
        assertThat(parsed.node()).isNull();
        assertThat(parsed.error()).isNull();
    }

    @Test
    void namesTagsAsTheyAreWritten() {
        // when / then
        assertThat(SafeYaml.tagName("tag:yaml.org,2002:binary")).isEqualTo("!!binary");
        assertThat(SafeYaml.tagName("!usd")).isEqualTo("!usd");
        assertThat(SafeYaml.tagName("tag:example.com,2000:app/foo")).isEqualTo("!<tag:example.com,2000:app/foo>");
    }
}
