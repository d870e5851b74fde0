package io.hypecheck.text;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The words of a text with an index from every form a phrase word can meet them by (folded word,
 * English stem, Portuguese stems) to their positions, so a phrase looks only at the places its
 * first word can start instead of scanning every word.
 */
public final class IndexedText {

    /** The kinds of index key: a word's folded form, its English stem, one of its Portuguese stems. */
    static final int FOLDED = 0;
    static final int ENGLISH = 1;
    static final int PORTUGUESE = 2;

    private static final int[] NONE = new int[0];
    /** Bits in {@link #keyBits}: with the few hundred keys of a long description, most bits stay clear. */
    private static final int BITS = 4096;

    private final List<Token> tokens;
    /** Positions (ascending, each once) by key, one map per kind of key. */
    private final List<Map<String, int[]>> index;
    /** A bit per {@linkplain #keyBit key hash}, so most keys a text lacks are told without a lookup. */
    private final long[] keyBits;
    private final Scopes scopes;
    private final String caseless;
    /** Which {@linkplain Literals scanned literals} the text has, by the scan that read it; read when first asked. */
    private Seen seen;

    /** The literals a scan found in the text. */
    private record Seen(LiteralScan scan, long[] bits) {
    }

    private IndexedText(List<Token> tokens, List<Map<String, int[]>> index, long[] keyBits, Scopes scopes,
                        String caseless) {
        this.tokens = List.copyOf(tokens);
        this.index = index;
        this.keyBits = keyBits;
        this.scopes = java.util.Objects.requireNonNull(scopes, "scopes");
        this.caseless = java.util.Objects.requireNonNull(caseless, "caseless");
    }

    /** Indexes the given words of a text. */
    public static IndexedText of(String text, List<Token> tokens) {
        List<Map<String, int[]>> index = List.of(new HashMap<>(), new HashMap<>(), new HashMap<>());
        long[] bits = new long[BITS / 64];
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            add(index, bits, FOLDED, token.folded(), i);
            add(index, bits, ENGLISH, token.stems().english(), i);
            for (String stem : token.stems().portuguese()) {
                add(index, bits, PORTUGUESE, stem, i);
            }
        }
        // while building, a list's first element is its length; then each is cut to its positions
        index.forEach(map -> map.replaceAll((key, list) -> java.util.Arrays.copyOfRange(list, 1, list[0] + 1)));
        return new IndexedText(tokens, index, bits, Scopes.of(text, tokens), Needs.caseless(text));
    }

    private static void add(List<Map<String, int[]>> index, long[] bits, int kind, String key, int position) {
        Map<String, int[]> map = index.get(kind);
        int[] list = map.get(key);
        if (list == null) {
            list = new int[4];
            map.put(key, list);
            int bit = keyBit(kind, key);
            bits[bit >>> 6] |= 1L << bit;
        } else if (list[list[0]] == position) {
            return;
        } else if (list[0] + 1 == list.length) {
            list = java.util.Arrays.copyOf(list, list.length * 2);
            map.put(key, list);
        }
        list[++list[0]] = position;
    }

    /** The words, in order. */
    public List<Token> tokens() {
        return tokens;
    }

    /** Which words are negated or contrasted, and their sentences. */
    public Scopes scopes() {
        return scopes;
    }

    /** The text in the {@linkplain Needs#caseless caseless form} that regex prefilters read. */
    public String caseless() {
        return caseless;
    }

    /**
     * Whether the caseless form has the scanned literal of this number: the text is read once by
     * the scan of all of them, then each is a bit (read again only if more literals were numbered).
     */
    boolean saw(int literal) {
        LiteralScan scan = Literals.scan();
        Seen found = seen;
        if (found == null || found.scan() != scan) {
            found = new Seen(scan, scan.scan(caseless));
            seen = found;
        }
        return LiteralScan.has(found.bits(), literal);
    }

    /** The bit of {@link #keyBits} a key of a kind sets. */
    static int keyBit(int kind, String key) {
        int h = (key.hashCode() * 31 + kind) * 0x9E3779B9;
        return (h ^ (h >>> 16)) & (BITS - 1);
    }

    /** Whether the text may have words under a key of the given {@linkplain #keyBit bit}: false means it has none. */
    boolean mayHave(int keyBit) {
        return (keyBits[keyBit >>> 6] & (1L << keyBit)) != 0;
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

    /** The positions of words indexed under a key of a kind, ascending (not to be changed). */
    int[] positions(int kind, String key) {
        int[] positions = index.get(kind).get(key);
        return positions == null ? NONE : positions;
    }

}
