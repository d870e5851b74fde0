package io.hypecheck.text;

import java.util.ArrayList;
import java.util.List;

/**
 * An Aho–Corasick automaton over a set of ASCII literals: one pass over a text tells which of them
 * occur in it, however many there are and however they overlap. The literals' characters are
 * numbered into a small alphabet (a character in none of them, such as any non-ASCII letter, leads
 * back to the start) and every state's move on every character is worked out when it is built, so
 * reading a character is one table lookup.
 */
public final class LiteralScan {

    private final int size;
    /** The alphabet: each ASCII character's class, 0 for characters in no literal. */
    private final byte[] classes;
    private final int width;
    /**
     * The move of state s on class k, at {@code s * width + k}: where the next state's row starts
     * ({@link #width} times its number), so a step is one lookup and one addition.
     */
    private final int[] moves;
    /** The literals that end where a state is reached (its own and its fallbacks'), by row start; null for none. */
    private final int[][] ends;

    private LiteralScan(int size, byte[] classes, int width, int[] moves, int[][] ends) {
        this.size = size;
        this.classes = classes;
        this.width = width;
        this.moves = moves;
        this.ends = ends;
    }

    /** The automaton of these literals (lower-case ASCII), numbered by their place in the list. */
    public static LiteralScan of(List<String> literals) {
        byte[] classes = new byte[128];
        int width = 1;
        int states = 1;
        for (String literal : literals) {
            for (int i = 0; i < literal.length(); i++) {
                char c = literal.charAt(i);
                if (c >= 128) {
                    throw new IllegalArgumentException("a scanned literal is ASCII: " + literal);
                }
                if (classes[c] == 0) {
                    if (width == Byte.MAX_VALUE) {
                        throw new IllegalArgumentException("more than 126 distinct characters in the literals");
                    }
                    classes[c] = (byte) width++;
                }
            }
            states += literal.length();
        }
        int[] moves = new int[states * width];
        List<List<Integer>> ends = new ArrayList<>();
        ends.add(new ArrayList<>());
        for (int id = 0; id < literals.size(); id++) {
            String literal = literals.get(id);
            int state = 0;
            for (int i = 0; i < literal.length(); i++) {
                int at = state + classes[literal.charAt(i)];
                if (moves[at] == 0) {
                    moves[at] = ends.size() * width;
                    ends.add(new ArrayList<>());
                }
                state = moves[at];
            }
            ends.get(state / width).add(id);
        }
        complete(moves, width, ends);
        int[][] table = new int[ends.size() * width][];
        for (int s = 0; s < ends.size(); s++) {
            table[s * width] = ends.get(s).isEmpty() ? null : ends.get(s).stream().mapToInt(Integer::intValue).toArray();
        }
        return new LiteralScan(literals.size(), classes, width, java.util.Arrays.copyOf(moves, ends.size() * width), table);
    }

    /**
     * Breadth first from the start, each state's fallback (the longest proper suffix of its path
     * that is a path too) is found, its missing moves become its fallback's, and the literals ending
     * at its fallback end at it too. The start's missing moves stay 0: back to the start.
     */
    private static void complete(int[] moves, int width, List<List<Integer>> ends) {
        int[] fallback = new int[ends.size()];
        java.util.ArrayDeque<Integer> queue = new java.util.ArrayDeque<>();
        for (int k = 1; k < width; k++) {
            if (moves[k] != 0) {
                queue.add(moves[k]);
            }
        }
        while (!queue.isEmpty()) {
            int state = queue.poll();
            int back = fallback[state / width];
            ends.get(state / width).addAll(ends.get(back / width));
            for (int k = 1; k < width; k++) {
                int next = moves[state + k];
                if (next == 0) {
                    moves[state + k] = moves[back + k];
                } else {
                    fallback[next / width] = moves[back + k];
                    queue.add(next);
                }
            }
        }
    }

    /** How many literals it looks for; the bits of {@link #scan} are numbered below this. */
    public int size() {
        return size;
    }

    /** The literals that occur in a text, as bits by number ({@code 1L << (id & 63)} of word {@code id >>> 6}). */
    public long[] scan(CharSequence text) {
        long[] seen = new long[(size + 63) >>> 6];
        mark(seen, ends[0]);
        int state = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            state = moves[state + (c < 128 ? classes[c] : 0)];
            int[] found = ends[state];
            if (found != null) {
                mark(seen, found);
            }
        }
        return seen;
    }

    private static void mark(long[] seen, int[] ids) {
        if (ids != null) {
            for (int id : ids) {
                seen[id >>> 6] |= 1L << id;
            }
        }
    }

    /** Whether literal {@code id} is among the bits a {@link #scan} returned. */
    public static boolean has(long[] seen, int id) {
        return (seen[id >>> 6] & (1L << id)) != 0;
    }
}
