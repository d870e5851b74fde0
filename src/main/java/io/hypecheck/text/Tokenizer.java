package io.hypecheck.text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Splits text into words: runs of letters and digits. Everything else (spaces, punctuation,
 * hyphens, slashes, underscores) separates words, so {@code zero-knowledge} is two words.
 */
public final class Tokenizer {

    /**
     * Texts remembered per thread. A project is evaluated on one thread and reads a handful of
     * texts (each by many rules), so a few dozen cover it; a larger or shared cache only kept the
     * indexes of texts no later file has (every file's text is its own) alive, most of the heap of a
     * large run.
     */
    private static final int CACHE_LIMIT = 64;
    private static final ThreadLocal<Map<String, IndexedText>> CACHE = ThreadLocal.withInitial(() ->
            new LinkedHashMap<>(CACHE_LIMIT * 2, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, IndexedText> eldest) {
                    return size() > CACHE_LIMIT;
                }
            });

    private Tokenizer() {
    }

    /**
     * The words of {@code text} with their offsets, folded and stemmed. Every rule that reads a
     * text asks for its words, so they are computed once per distinct text (the cache is each
     * thread's, of the texts it read last).
     */
    public static List<Token> tokens(String text) {
        return indexed(text).tokens();
    }

    /** The words of {@code text}, indexed for phrase lookup; computed once per distinct text. */
    public static IndexedText indexed(String text) {
        Map<String, IndexedText> cache = CACHE.get();
        IndexedText cached = cache.get(text);
        if (cached != null) {
            return cached;
        }
        IndexedText indexed = IndexedText.of(text, split(text));
        cache.put(text, indexed);
        return indexed;
    }

    /**
     * The words of {@code text}, folded and stemmed, neither indexed nor cached: for the few words of
     * a rubric's phrase, where indexing and negation scopes would be wasted.
     */
    static List<Token> split(String text) {
        List<Token> tokens = new ArrayList<>();
        scan(text, (lower, folded, start, end) -> tokens.add(new Token(lower, folded, start, end)));
        return tokens;
    }

    /** The words of {@code text} as {@code {lower, folded}} pairs, unstemmed: for a rubric's phrase, stemmed when first used. */
    static List<String[]> words(String text) {
        List<String[]> words = new ArrayList<>();
        scan(text, (lower, folded, start, end) -> words.add(new String[] {lower, folded}));
        return words;
    }

    /** What is done with each word found. */
    private interface WordSink {
        void word(String lower, String folded, int start, int end);
    }

    private static void scan(String text, WordSink sink) {
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            if (!isWordChar(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            while (i < text.length() && isWordChar(text.codePointAt(i))) {
                i += Character.charCount(text.codePointAt(i));
            }
            String lower = text.substring(start, i).toLowerCase(java.util.Locale.ROOT);
            String folded = Fold.fold(lower);
            if (!folded.isEmpty()) {
                sink.word(lower, folded, start, i);
            }
        }
    }

    private static boolean isWordChar(int cp) {
        return Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK;
    }
}
