package io.hypecheck.text;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into words: runs of letters and digits. Everything else (spaces, punctuation,
 * hyphens, slashes, underscores) separates words, so {@code zero-knowledge} is two words.
 */
public final class Tokenizer {

    private static final int CACHE_LIMIT = 20_000;
    private static final Map<String, IndexedText> CACHE = new ConcurrentHashMap<>();

    private Tokenizer() {
    }

    /**
     * The words of {@code text} with their offsets, folded and stemmed. Every rule that reads a
     * text asks for its words, so they are computed once per distinct text (the cache is bounded
     * and starts afresh when full).
     */
    public static List<Token> tokens(String text) {
        return indexed(text).tokens();
    }

    /** The words of {@code text}, indexed for phrase lookup; computed once per distinct text. */
    public static IndexedText indexed(String text) {
        IndexedText cached = CACHE.get(text);
        if (cached != null) {
            return cached;
        }
        IndexedText indexed = IndexedText.of(text, split(text));
        if (CACHE.size() >= CACHE_LIMIT) {
            CACHE.clear();
        }
        CACHE.put(text, indexed);
        return indexed;
    }

    /**
     * The words of {@code text}, folded and stemmed, neither indexed nor cached: for the few words of
     * a rubric's phrase, where indexing and negation scopes would be wasted.
     */
    static List<Token> split(String text) {
        List<Token> tokens = new ArrayList<>();
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
                tokens.add(new Token(lower, folded, start, i));
            }
        }
        return tokens;
    }

    private static boolean isWordChar(int cp) {
        return Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK;
    }
}
