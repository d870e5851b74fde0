package io.hypecheck.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The words of a text with an index from every form a phrase word can meet them by (folded word,
 * English stem, Portuguese stems) to their positions, so a phrase looks only at the places its
 * first word can start instead of scanning every word.
 *
 * @param tokens   the words, in order
 * @param index    positions (ascending) by {@code f:folded}, {@code e:english stem} and {@code p:portuguese stem}
 * @param keyBits  a bit per {@linkplain #keyBit key hash} of the index, so most keys a text lacks are
 *                 told without a lookup
 * @param scopes   which words are negated or contrasted, and their sentences
 * @param caseless the text in the {@linkplain Needs#caseless caseless form} that regex prefilters read
 */
public record IndexedText(List<Token> tokens, Map<String, int[]> index, long[] keyBits, Scopes scopes, String caseless) {

    private static final int[] NONE = new int[0];
    /** Bits in {@link #keyBits}: with the few hundred keys of a long description, most bits stay clear. */
    private static final int BITS = 4096;

    public IndexedText {
        tokens = List.copyOf(tokens);
        index = java.util.Collections.unmodifiableMap(index);
        keyBits = keyBits.clone();
        java.util.Objects.requireNonNull(scopes, "scopes");
        java.util.Objects.requireNonNull(caseless, "caseless");
    }

    /** Indexes the given words of a text. */
    public static IndexedText of(String text, List<Token> tokens) {
        Map<String, List<Integer>> index = new HashMap<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            add(index, "f:" + token.folded(), i);
            add(index, "e:" + token.stems().english(), i);
            for (String stem : token.stems().portuguese()) {
                add(index, "p:" + stem, i);
            }
        }
        Map<String, int[]> positions = new HashMap<>(index.size() * 2);
        long[] bits = new long[BITS / 64];
        index.forEach((key, list) -> {
            positions.put(key, list.stream().mapToInt(Integer::intValue).toArray());
            int bit = keyBit(key);
            bits[bit >>> 6] |= 1L << bit;
        });
        return new IndexedText(tokens, positions, bits, Scopes.of(text, tokens), Needs.caseless(text));
    }

    /** The bit of {@link #keyBits} a key sets. */
    static int keyBit(String key) {
        int h = key.hashCode() * 0x9E3779B9;
        return (h ^ (h >>> 16)) & (BITS - 1);
    }

    /** Whether the text may have words under a key of the given {@linkplain #keyBit bit}: false means it has none. */
    boolean mayHave(int keyBit) {
        return (keyBits[keyBit >>> 6] & (1L << keyBit)) != 0;
    }

    private static void add(Map<String, List<Integer>> index, String key, int position) {
        List<Integer> positions = index.computeIfAbsent(key, k -> new ArrayList<>());
        if (positions.isEmpty() || positions.get(positions.size() - 1) != position) {
            positions.add(position);
        }
    }

    /** The index of the first word that starts at or after a character offset (the size when none does). */
    public int wordAt(int offset) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).end() <= offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /**
     * Whether the characters {@code [start, end)} are said of the project: none of their words is
     * negated or contrasted by a cue outside them.
     */
    public boolean affirmed(int start, int end) {
        int from = wordAt(start);
        int to = from;
        while (to < tokens.size() && tokens.get(to).start() < end) {
            to++;
        }
        return scopes.free(from, to);
    }

    /** The index of the sentence the word at or after a character offset stands in. */
    public int sentenceAt(int offset) {
        int word = wordAt(offset);
        return word < tokens.size() ? scopes.sentenceOf(word) : Integer.MAX_VALUE;
    }

    /** The positions of words indexed under a key, ascending (not to be changed). */
    int[] positions(String key) {
        return index.getOrDefault(key, NONE);
    }

}
