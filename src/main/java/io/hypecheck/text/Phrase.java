package io.hypecheck.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A phrase to look for in text: one or more words that must occur consecutively (or with a
 * Portuguese coordination before the last, see {@link #matchEnd}). A word matches
 * a word of the text when both fold (case and accents) to the same letters, or share their
 * English stem or a Portuguese stem ({@link Stems}). A word written with a trailing {@code *} is a
 * prefix of the folded word of the text, unstemmed. Short words (under four letters, such as
 * {@code ai}) are matched exactly, with a plural {@code s}, or by English stem only; numbers
 * exactly or with a plural {@code s}: so {@code ai} does not match {@code aid}, {@code gpu}
 * matches {@code GPUs}, {@code run} matches {@code running}.
 */
public final class Phrase {

    private static final int[] NONE = new int[0];
    /** How many words a coordination may put between a phrase's last word and the one before it. */
    private static final int MAX_COORDINATED = 2;
    private static final java.util.Set<String> COORDINATORS = java.util.Set.of("e", "ou");

    private final String text;
    private final List<PhraseWord> words;

    private Phrase(String text, List<PhraseWord> words) {
        this.text = text;
        this.words = List.copyOf(words);
    }

    /**
     * Parses a phrase.
     *
     * @throws IllegalArgumentException when it has no words, or a {@code *} does not end a word
     */
    public static Phrase parse(String text) {
        List<PhraseWord> words = new ArrayList<>();
        for (String raw : text.strip().split("\\s+")) {
            boolean prefix = raw.endsWith("*");
            String body = prefix ? raw.substring(0, raw.length() - 1) : raw;
            if (body.contains("*")) {
                throw new IllegalArgumentException("'" + text + "': * may only end a word");
            }
            List<String[]> tokens = Tokenizer.words(body);
            if (prefix && tokens.isEmpty()) {
                throw new IllegalArgumentException("'" + text + "': * must follow a word");
            }
            for (int i = 0; i < tokens.size(); i++) {
                boolean isPrefix = prefix && i == tokens.size() - 1;
                words.add(new PhraseWord(tokens.get(i)[0], tokens.get(i)[1], isPrefix));
            }
        }
        if (words.isEmpty()) {
            throw new IllegalArgumentException("'" + text + "' has no words");
        }
        return new Phrase(text.strip(), words);
    }

    /** The phrase as written, trimmed. */
    public String text() {
        return text;
    }

    /** The first occurrence in a tokenized text, if any. */
    public Optional<Span> find(List<Token> tokens) {
        for (int i = 0; i + words.size() <= tokens.size(); i++) {
            int end = matchEnd(tokens, i);
            if (end > 0) {
                return Optional.of(span(tokens, i, end));
            }
        }
        return Optional.empty();
    }

    /**
     * The first occurrence in an indexed text that the text affirms (not inside a negation or
     * contrast scope, see {@link Scopes}), if any: only the positions the first word is indexed
     * under are tried (a first word that is a prefix falls back to a scan).
     */
    public Optional<Span> find(IndexedText text) {
        List<Span> first = affirmed(text, 1);
        return first.isEmpty() ? Optional.empty() : Optional.of(first.get(0));
    }

    /** Every occurrence in an indexed text that the text affirms, in order (see {@link #find(IndexedText)}). */
    public List<Span> findAll(IndexedText text) {
        return affirmed(text, Integer.MAX_VALUE);
    }

    /**
     * The first {@code limit} occurrences the text affirms, in order: a first word that is a prefix
     * tries every position, any other only those its keys are indexed under. Nothing is allocated
     * when there is none.
     */
    private List<Span> affirmed(IndexedText text, int limit) {
        List<Token> tokens = text.tokens();
        PhraseWord first = words.get(0);
        int[] starts = first.prefix() ? null : starts(text, first);
        int candidates = starts == null ? tokens.size() : starts.length;
        List<Span> found = List.of();
        for (int k = 0; k < candidates && found.size() < limit; k++) {
            int i = starts == null ? k : starts[k];
            int end = i + words.size() <= tokens.size() ? matchEnd(tokens, i) : -1;
            if (end > 0 && text.scopes().free(i, end)) {
                if (found.isEmpty()) {
                    found = new ArrayList<>();
                }
                found.add(span(tokens, i, end));
            }
        }
        return found;
    }

    /** The positions indexed under any of a word's keys, ascending, each once. */
    private static int[] starts(IndexedText text, PhraseWord word) {
        PhraseWord.Keys made = word.keys();
        String[] keys = made.keys();
        int[] only = null;
        int total = 0;
        int lists = 0;
        for (int k = 0; k < keys.length; k++) {
            int[] positions = text.mayHave(made.keyBits()[k]) ? text.positions(made.kinds()[k], keys[k]) : NONE;
            if (positions.length > 0) {
                only = positions;
                total += positions.length;
                lists++;
            }
        }
        if (lists <= 1) {
            return only == null ? NONE : only;
        }
        int[] all = new int[total];
        int n = 0;
        for (int k = 0; k < keys.length; k++) {
            int[] positions = text.positions(made.kinds()[k], keys[k]);
            System.arraycopy(positions, 0, all, n, positions.length);
            n += positions.length;
        }
        java.util.Arrays.sort(all);
        int kept = 0;
        for (int i = 0; i < all.length; i++) {
            if (kept == 0 || all[kept - 1] != all[i]) {
                all[kept++] = all[i];
            }
        }
        return kept == all.length ? all : java.util.Arrays.copyOf(all, kept);
    }

    /**
     * Where an occurrence starting at token {@code i} ends (exclusive), or -1. The words must be
     * consecutive, except that before the last word the text may coordinate one or two other words
     * with it by the Portuguese {@code e} or {@code ou}, as Portuguese places its modifiers after the
     * noun: "inferência verificável" is found in "inferência privada e verificável", "GPUs
     * descentralizadas" in "GPUs em nuvem e descentralizadas". English puts them before the noun,
     * so its coordinations ("private and verifiable inference") are consecutive already.
     */
    private int matchEnd(List<Token> tokens, int i) {
        int last = words.size() - 1;
        for (int j = 0; j < last; j++) {
            if (i + j >= tokens.size() || !words.get(j).matches(tokens.get(i + j))) {
                return -1;
            }
        }
        int at = i + last;
        if (at < tokens.size() && words.get(last).matches(tokens.get(at))) {
            return at + 1;
        }
        if (last == 0) {
            return -1;
        }
        for (int gap = 1; gap <= MAX_COORDINATED; gap++) {
            int and = at + gap;
            if (and + 1 >= tokens.size() || !plainWord(tokens.get(and - 1))) {
                return -1;
            }
            if (COORDINATORS.contains(tokens.get(and).folded())) {
                return words.get(last).matches(tokens.get(and + 1)) ? and + 2 : -1;
            }
        }
        return -1;
    }

    /** A word that may stand in a coordination: letters, and no coordinator itself. */
    private static boolean plainWord(Token token) {
        return Character.isLetter(token.folded().charAt(0)) && !COORDINATORS.contains(token.folded());
    }

    private static Span span(List<Token> tokens, int i, int end) {
        return new Span(tokens.get(i).start(), tokens.get(end - 1).end());
    }
}
