package io.hypecheck.text;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.tartarus.snowball.SnowballStemmer;
import org.tartarus.snowball.ext.EnglishStemmer;
import org.tartarus.snowball.ext.PortugueseStemmer;

/**
 * English and Portuguese stems of folded words, from the Snowball stemmers shipped with Lucene
 * ({@code training}, {@code trained} → {@code train}; {@code treinamento}, {@code treinar} →
 * {@code trein}). Stemmers are not thread-safe, so each thread has its own; stems are cached.
 *
 * @param english    the English (Porter2) stem
 * @param portuguese the Portuguese stem
 */
public record Stems(String english, String portuguese) {

    private static final ThreadLocal<SnowballStemmer> ENGLISH = ThreadLocal.withInitial(EnglishStemmer::new);
    private static final ThreadLocal<SnowballStemmer> PORTUGUESE = ThreadLocal.withInitial(PortugueseStemmer::new);
    private static final int CACHE_LIMIT = 50_000;
    private static final Map<String, Stems> CACHE = new ConcurrentHashMap<>();

    /** The stems of a folded word. */
    public static Stems of(String folded) {
        Stems cached = CACHE.get(folded);
        if (cached != null) {
            return cached;
        }
        Stems stems = new Stems(stem(ENGLISH.get(), folded), stem(PORTUGUESE.get(), folded));
        if (CACHE.size() < CACHE_LIMIT) {
            CACHE.put(folded, stems);
        }
        return stems;
    }

    /** Whether two words share their English or their Portuguese stem. */
    public boolean matches(Stems other) {
        return english.equals(other.english) || portuguese.equals(other.portuguese);
    }

    private static String stem(SnowballStemmer stemmer, String word) {
        stemmer.setCurrent(word);
        stemmer.stem();
        return stemmer.getCurrent();
    }
}
