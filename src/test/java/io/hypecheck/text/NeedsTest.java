package io.hypecheck.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.re2j.Pattern;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class NeedsTest {

    private static boolean met(String pattern, String text) {
        return Needs.of(pattern).metBy(Needs.caseless(text));
    }

    @Test
    void aLiteralRunIsNeededCaselessly() {
        assertThat(Needs.of("\\bZero Knowledge\\b")).isEqualTo(new Needs.Literal("zero knowledge"));
        assertThat(met("\\bZero Knowledge\\b", "ZERO KNOWLEDGE proofs")).isTrue();
        assertThat(met("\\bzero knowledge\\b", "zero-knowledge proofs")).isFalse();
    }

    @Test
    void aConcatenationNeedsEveryPartAndAnAlternationOneBranch() {
        Needs needs = Needs.of("\\bstak\\w*[^.;]{0,40}\\b(models?|predictions?)\\b|\\bvalidators? (rank|score)");
        assertThat(needs.metBy(Needs.caseless("Staking on models"))).isTrue();
        assertThat(needs.metBy(Needs.caseless("staking alone"))).isFalse();
        assertThat(needs.metBy(Needs.caseless("validator scores"))).isTrue();
        assertThat(needs.metBy(Needs.caseless("validators vote"))).isFalse();
    }

    @Test
    void optionalPartsClassesAndRepeatsNeedNothingBeyondWhatTheyMustMatch() {
        assertThat(Needs.of("agent(e)?s?")).isEqualTo(new Needs.Literal("agent"));
        assertThat(Needs.of("[a-z]+x")).isEqualTo(new Needs.Literal("x"));
        assertThat(Needs.of("ab+c")).isEqualTo(new Needs.All(List.of(new Needs.Literal("ab"), new Needs.Literal("bc"))));
        assertThat(Needs.of("(?i)us\\$ ?\\d")).isEqualTo(new Needs.Literal("us$"));
        assertThat(Needs.of("a|b*")).isEqualTo(Needs.NOTHING);
    }

    @Test
    void aPatternBeyondTheReadingNeedsNothing() {
        assertThat(Needs.of("\\pL+ coin")).isEqualTo(Needs.NOTHING);
        assertThat(Needs.of("\\Qa.b\\E")).isEqualTo(Needs.NOTHING);
        assertThat(Needs.of("\\x41gent")).isEqualTo(Needs.NOTHING);
    }

    @Test
    void theCaselessFormFoldsTheLettersThatCaseFoldToAscii() {
        // given: RE2 matches k case-insensitively against the Kelvin sign, and s against the long s
        assertThat(Pattern.compile("snark", Pattern.CASE_INSENSITIVE).matcher("\u017Fnar\u212A").find()).isTrue();
        assertThat(met("snark", "\u017Fnar\u212A")).isTrue();
        assertThat(Needs.caseless("Inteligência ÇA")).isEqualTo("inteligência Ça");
    }

    @Test
    void noRubricPatternMatchesATextItsNeedsRuleOut() {
        // given: every regex of the built-in rubrics, and texts made of the samples' prose and of pieces of the patterns
        List<String> patterns = rubricPatterns();
        List<String> texts = new ArrayList<>(sampleLines());
        Random random = new Random(13);
        for (String pattern : patterns) {
            String[] pieces = pattern.replaceAll("[\\\\()\\[\\]?*+{}|^$]", " ").split(" +");
            for (int k = 0; k < 60; k++) {
                StringBuilder text = new StringBuilder();
                for (int w = 0; w < 6; w++) {
                    String piece = pieces[random.nextInt(pieces.length)];
                    text.append(random.nextBoolean() ? piece.toUpperCase(java.util.Locale.ROOT) : piece)
                            .append(random.nextInt(4) == 0 ? "" : " ").append(random.nextInt(6) == 0 ? "12 " : "");
                }
                texts.add(text.toString());
            }
        }
        assertThat(patterns).hasSizeGreaterThan(15);
        int skipped = 0;
        for (String source : patterns) {
            Pattern pattern = Pattern.compile(source, Pattern.CASE_INSENSITIVE);
            Needs needs = Needs.of(source);
            Needs scanned = Needs.scanned(source);
            for (String text : texts) {
                boolean met = needs.metBy(Needs.caseless(text));
                // then: the one scan of a text's literals tells the same as a search for each
                assertThat(scanned.metBy(Tokenizer.indexed(text))).as("scanned %s on %s", source, text).isEqualTo(met);
                // then: a text the needs rule out is one the regex does not match
                assertThat(met || !pattern.matcher(text).find()).as("%s on %s", source, text).isTrue();
                skipped += met ? 0 : 1;
            }
        }
        // and: the needs do rule texts out
        assertThat(skipped).isGreaterThan(texts.size() * patterns.size() / 2);
    }

    @Test
    void aRulesNeedsAreScannedLiteralsThatTellWhatItsLiteralsTell() {
        // given
        Needs scanned = Needs.scanned("\\bZero Knowledge\\b|zkml");

        // then: the same formula, each literal numbered for the one scan
        assertThat(scanned).isInstanceOf(Needs.Any.class);
        assertThat(((Needs.Any) scanned).parts()).allMatch(part -> part instanceof Needs.Scanned);
        assertThat(scanned.metBy(Tokenizer.indexed("ZERO KNOWLEDGE proofs"))).isTrue();
        assertThat(scanned.metBy(Tokenizer.indexed("our ZKML stack"))).isTrue();
        assertThat(scanned.metBy(Tokenizer.indexed("zero-knowledge proofs"))).isFalse();
        assertThat(Needs.scanned("a|b*")).isEqualTo(Needs.NOTHING);
    }

    @Test
    void aTextReadBeforeMoreLiteralsWereNumberedIsReadAgain() {
        // given: a text whose literals were scanned, then a pattern with a literal never numbered before
        IndexedText text = Tokenizer.indexed("a fresh literal: quokkaproof");
        assertThat(Needs.scanned("zkml").metBy(text)).isFalse();
        Needs later = Needs.scanned("quokkaproof");

        // then
        assertThat(later.metBy(text)).isTrue();
    }

    private static List<String> rubricPatterns() {
        java.util.regex.Pattern line = java.util.regex.Pattern.compile("pattern: '((?:[^']|'')*)'");
        List<String> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("rubrics"))) {
            for (Path file : files.sorted().toList()) {
                Matcher m = line.matcher(Files.readString(file));
                while (m.find()) {
                    out.add(m.group(1).replace("''", "'"));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** The lines of the samples and of the evaluation set's development files. */
    private static List<String> sampleLines() {
        try (Stream<Path> files = Stream.concat(Files.walk(Path.of("samples")), Files.walk(Path.of("src/test/resources/eval/dev")))) {
            List<String> out = new ArrayList<>();
            for (Path file : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                out.addAll(Files.readAllLines(file));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
