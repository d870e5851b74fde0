package io.hypecheck.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LiteralScanTest {

    /** The literals of {@code literals} that one scan finds in {@code text}. */
    private static List<String> found(List<String> literals, String text) {
        long[] seen = LiteralScan.of(literals).scan(text);
        List<String> out = new ArrayList<>();
        for (int id = 0; id < literals.size(); id++) {
            if (LiteralScan.has(seen, id)) {
                out.add(literals.get(id));
            }
        }
        return out;
    }

    @Test
    void findsOverlappingLiteralsInOnePass() {
        // given: the classic set, whose literals overlap each other and end inside one another
        List<String> literals = List.of("he", "she", "his", "hers");

        // when / then
        assertThat(found(literals, "ushers")).containsExactly("he", "she", "hers");
        assertThat(found(literals, "this")).containsExactly("his");
    }

    @Test
    void tellsLiteralsWithASharedPrefixApart() {
        // given
        List<String> literals = List.of("zk", "zkml", "zkp", "zk proof");

        // then: a literal is seen only when the whole of it occurs
        assertThat(found(literals, "a zkp system")).containsExactly("zk", "zkp");
        assertThat(found(literals, "zkm zk pro")).containsExactly("zk");
        assertThat(found(literals, "zkml and a zk proof")).containsExactly("zk", "zkml", "zk proof");
    }

    @Test
    void findsALiteralThatEndsInsideAFailedLongerOne() {
        // given: after "aab" fails on "c", the scan must fall back to "ab" and on to "abc"
        List<String> literals = List.of("aabd", "abc", "a", "aa");

        // then
        assertThat(found(literals, "aabc")).containsExactly("abc", "a", "aa");
        assertThat(found(literals, "xyz")).isEmpty();
    }

    @Test
    void readsTheCaselessFormSoUpperCaseAndTheKelvinSignMatch() {
        // given: literals are lower-case ASCII, as the needs of a pattern are
        List<String> literals = List.of("zkml", "key");

        // then: the scan is exact, so it reads the caseless form of a text
        assertThat(found(literals, "ZKML Proofs")).isEmpty();
        assertThat(found(literals, Needs.caseless("ZKML Proofs"))).containsExactly("zkml");
        assertThat(found(literals, Needs.caseless("\u212AEY"))).containsExactly("key");
    }

    @Test
    void anAccentedLetterIsNotItsAsciiLetterAndBreaksARun() {
        // given: the caseless form keeps Portuguese accents, as case-insensitive RE2 does
        String text = Needs.caseless("Inferência Verificável em GPUs");
        List<String> literals = List.of("inferencia", "ncia verific", "vel em gpus", "verificavel", "infer");

        // then: an accented letter leads back to the start, and the scan goes on from the next letter
        assertThat(found(literals, text)).containsExactly("ncia verific", "vel em gpus", "infer");
    }

    @Test
    void agreesWithASearchForEachLiteral() {
        // given: random literals and texts (with an accented letter) over a small alphabet, so literals overlap often
        Random random = new Random(13);
        for (int round = 0; round < 200; round++) {
            List<String> literals = new ArrayList<>();
            for (int i = 0; i < 1 + random.nextInt(12); i++) {
                literals.add(word(random, 1 + random.nextInt(4), "abc "));
            }
            String text = word(random, random.nextInt(40), "abcé ");

            // then
            List<String> expected = literals.stream().filter(text::contains).toList();
            assertThat(found(literals, text)).as("%s in %s", literals, text).containsExactlyElementsOf(expected);
        }
    }

    @Test
    void anEmptySetFindsNothingAndANonAsciiLiteralIsRefused() {
        assertThat(LiteralScan.of(List.of()).size()).isZero();
        assertThat(LiteralScan.of(List.of()).scan("anything")).isEmpty();
        assertThatThrownBy(() -> LiteralScan.of(List.of("ciência"))).isInstanceOf(IllegalArgumentException.class);
    }

    private static String word(Random random, int length, String letters) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < length; i++) {
            out.append(letters.charAt(random.nextInt(letters.length())));
        }
        return out.toString();
    }
}
