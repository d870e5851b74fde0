package io.hypecheck.text;

import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.lucene.analysis.pt.PortugueseLightStemmer;
import org.tartarus.snowball.SnowballStemmer;
import org.tartarus.snowball.ext.EnglishStemmer;
import org.tartarus.snowball.ext.PortugueseStemmer;

/**
 * The English and Portuguese stems of a word, from the stemmers shipped with Lucene: Snowball
 * (Porter2) for English ({@code training}, {@code trained} → {@code train}); for Portuguese the
 * Snowball stemmer (verb and noun inflections: {@code pago}, {@code pagar} → {@code pag}) and
 * Lucene's light stemmer (plural and gender only: {@code competições}, {@code competição} →
 * {@code competica}). The aggressive RSLP stemmer is deliberately not used: it joins words that
 * only share a root ({@code treinamento} and {@code treinadores}, {@code provedores} and
 * {@code provas}, {@code liquidez} and {@code liquidação}, {@code paga} and {@code pagamentos}), so a
 * rubric names derived words (treinar, treinamento) itself. Portuguese stems are taken of the word
 * as written and with its accents removed, so text typed without accents still meets accented
 * terms. Stemmers are not thread-safe, so each thread has its own; stems are cached.
 *
 * @param english    the English stem of the folded word
 * @param portuguese the Portuguese stems, folded
 */
public record Stems(String english, Set<String> portuguese) {

    private static final ThreadLocal<SnowballStemmer> ENGLISH = ThreadLocal.withInitial(EnglishStemmer::new);
    private static final ThreadLocal<SnowballStemmer> SNOWBALL_PT = ThreadLocal.withInitial(PortugueseStemmer::new);
    private static final ThreadLocal<PortugueseLightStemmer> LIGHT = ThreadLocal.withInitial(PortugueseLightStemmer::new);
    private static final int CACHE_LIMIT = 50_000;
    private static final Map<String, Stems> CACHE = new ConcurrentHashMap<>();

    public Stems {
        Objects.requireNonNull(english, "english");
        portuguese = Set.copyOf(portuguese);
    }

    /** The stems of a word, given lower-cased (accents kept, if it has any). */
    public static Stems of(String lower) {
        Stems cached = CACHE.get(lower);
        if (cached != null) {
            return cached;
        }
        String folded = Fold.fold(lower);
        Stems stems = new Stems(snowball(ENGLISH.get(), folded), Stream.of(light(lower),
                Fold.fold(snowball(SNOWBALL_PT.get(), lower)), snowball(SNOWBALL_PT.get(), folded))
                .collect(Collectors.toSet()));
        if (CACHE.size() < CACHE_LIMIT) {
            CACHE.put(lower, stems);
        }
        return stems;
    }

    /** Whether two words share their English stem or one of their Portuguese stems. */
    public boolean matches(Stems other) {
        if (english.equals(other.english)) {
            return true;
        }
        for (String stem : portuguese) {
            if (other.portuguese.contains(stem)) {
                return true;
            }
        }
        return false;
    }

    private static String snowball(SnowballStemmer stemmer, String word) {
        stemmer.setCurrent(word);
        stemmer.stem();
        return stemmer.getCurrent();
    }

    private static String light(String word) {
        char[] chars = Arrays.copyOf(word.toCharArray(), word.length() + 1);
        return Fold.fold(new String(chars, 0, LIGHT.get().stem(chars, word.length())));
    }
}
