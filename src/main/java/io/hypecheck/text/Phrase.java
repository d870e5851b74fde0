package io.hypecheck.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A phrase to look for in text: one or more words, each matched by stem (English or
 * Portuguese), or by prefix when written with a trailing {@code *}. Words shorter than four
 * letters, and numbers, must match exactly or with a plural {@code s}, so {@code ai} does not
 * match {@code aid} but {@code gpu} matches {@code GPUs}.
 */
public final class Phrase {

    private final String text;
    private final List<Word> words;

    private record Word(String folded, boolean prefix, Stems stems) {
        boolean matches(Token token) {
            if (prefix) {
                return token.folded().startsWith(folded);
            }
            if (folded.length() < 4 || token.folded().length() < 4 || !Character.isLetter(folded.charAt(0))) {
                return folded.equals(token.folded()) || token.folded().equals(folded + "s");
            }
            return folded.equals(token.folded()) || stems.matches(Stems.of(token.lower()));
        }
    }

    /** Parses a phrase; empty when it has no words. */
    public static Optional<Phrase> parse(String text) {
        List<Word> words = new ArrayList<>();
        for (String raw : text.trim().split("\\s+")) {
            boolean prefix = raw.endsWith("*");
            List<Token> tokens = Tokenizer.tokens(prefix ? raw.substring(0, raw.length() - 1) : raw);
            for (int i = 0; i < tokens.size(); i++) {
                boolean isPrefix = prefix && i == tokens.size() - 1;
                Token token = tokens.get(i);
                words.add(new Word(token.folded(), isPrefix, isPrefix ? null : Stems.of(token.lower())));
            }
        }
        return words.isEmpty() ? Optional.empty() : Optional.of(new Phrase(text.trim(), words));
    }

    private Phrase(String text, List<Word> words) {
        this.text = text;
        this.words = List.copyOf(words);
    }

    /** The phrase as written. */
    public String text() {
        return text;
    }

    /**
     * The first occurrence in a tokenized text, as {start, end} character offsets, if any.
     */
    public Optional<int[]> find(List<Token> tokens) {
        outer:
        for (int i = 0; i + words.size() <= tokens.size(); i++) {
            for (int j = 0; j < words.size(); j++) {
                if (!words.get(j).matches(tokens.get(i + j))) {
                    continue outer;
                }
            }
            return Optional.of(new int[] {tokens.get(i).start(), tokens.get(i + words.size() - 1).end()});
        }
        return Optional.empty();
    }
}
