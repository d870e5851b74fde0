package io.hypecheck.text;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Which words of a text stand inside a negation or contrast scope, and in which sentence each word
 * stands. A scope opens at a cue ({@code not}, {@code no}, {@code without}, {@code não}, {@code sem},
 * {@code nunca}…; contrast: {@code than}, {@code rather than}, {@code instead of}, {@code unlike},
 * {@code do que}, {@code em vez de}, {@code ao invés de}…) and covers the next words of its clause,
 * at most {@value #REACH} (a negated verb of knowing, {@code could not verify}, {@code não foi possível
 * confirmar}, reaches {@value #DOUBT_REACH}); a clause ends at punctuation ({@code , ; : . ! ?}, brackets, dashes) or
 * a conjunction such as {@code but} or {@code mas}, except where a negation denies a list ({@link NegatedLists}). A word is also negated by a negation that
 * follows it closely in its clause ({@code the score is not published}, {@code o código não é
 * aberto}), and a negative prefix negates the word it is hyphenated to ({@code non-AI}, {@code não-IA}). A phrase occurrence counts only when no word of it is covered by a cue outside it, so
 * the phrase {@code no utility} still matches its own negation.
 *
 * @param cueOf    for each word, the index of the cue whose scope covers it, or -1
 * @param sentence for each word, the index of its sentence
 */
public record Scopes(int[] cueOf, int[] sentence) {

    /** How many words after a cue its scope reaches at most. */
    static final int REACH = 6;
    /** How far a negated verb of knowing ({@code could not verify how much…}) reaches: its whole clause, within reason. */
    static final int DOUBT_REACH = 16;
    /** How many words after a word a trailing negation may stand ({@code is not}, {@code não é}). */
    private static final int TRAILING = 3;
    /** Negative prefixes that negate the word they are hyphenated to ({@code non-AI}, {@code não-IA}). */
    private static final Set<String> NEGATIVE_PREFIXES = Set.of("non", "not", "nao", "sem");

    public Scopes {
        cueOf = cueOf.clone();
        sentence = sentence.clone();
    }

    /** The scopes of a tokenized text. */
    public static Scopes of(String text, List<Token> tokens) {
        int n = tokens.size();
        int[] cueOf = new int[n];
        int[] sentence = new int[n];
        int[] clause = new int[n];
        Arrays.fill(cueOf, -1);
        boolean english = english(tokens);
        int s = 0;
        int c = 0;
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                String gap = text.substring(tokens.get(i - 1).end(), tokens.get(i).start());
                if (endsSentence(gap, text, tokens.get(i - 1), tokens.get(i))) {
                    s++;
                    c++;
                } else if (endsClause(gap) || Cues.CLAUSE_END.contains(tokens.get(i).folded()) && !isComparativeQue(tokens, i)) {
                    c++;
                }
            }
            sentence[i] = s;
            clause[i] = c;
        }
        for (int i = 0; i < n; i++) {
            if (negativePrefix(text, tokens, i)) {
                cueOf[i + 1] = cueOf[i + 1] < 0 ? i : cueOf[i + 1];
                continue;
            }
            int width = cueWidth(text, tokens, i, english);
            if (width == 0) {
                continue;
            }
            boolean negation = isNegation(tokens, i, english);
            int reach = negation && epistemic(tokens, i) ? DOUBT_REACH : REACH;
            for (int j = i + width; j < n && j <= i + width + reach - 1 && clause[j] == clause[i]; j++) {
                if (!negation && j > i + width && Cues.CONTRAST_STOP.contains(tokens.get(j).folded())) {
                    break; // "fresher maps than incumbents at a fraction of the cost": the cost is the project's
                }
                if (cueOf[j] < 0) {
                    cueOf[j] = i;
                }
            }
            int listEnd = negation ? NegatedLists.end(text, tokens, clause, sentence, i, width) : -1;
            for (int j = i + width; j <= listEnd; j++) {
                cueOf[j] = cueOf[j] < 0 ? i : cueOf[j];
            }
            if (negation) {
                markTrailing(tokens, clause, cueOf, i);
            }
        }
        return new Scopes(cueOf, sentence);
    }

    /** Whether words {@code [from, to)} are free of every scope opened by a cue outside them. */
    public boolean free(int from, int to) {
        for (int k = from; k < to; k++) {
            if (cueOf[k] >= 0 && (cueOf[k] < from || cueOf[k] >= to)) {
                return false;
            }
        }
        return true;
    }

    /** The sentence of the word at an index. */
    public int sentenceOf(int index) {
        return sentence[index];
    }

    /** How many words the cue starting at {@code i} spans (0: no cue there). */
    private static int cueWidth(String text, List<Token> tokens, int i, boolean english) {
        String w = tokens.get(i).folded();
        String next = i + 1 < tokens.size() ? tokens.get(i + 1).folded() : "";
        String third = i + 2 < tokens.size() ? tokens.get(i + 2).folded() : "";
        if (w.equals("do") && next.equals("que") && quantity(third)) {
            return 0; // "mais do que 20 redes": a count
        }
        if (w.equals("rather") && next.equals("than") || w.equals("instead") && next.equals("of")
                || w.equals("compared") && (next.equals("to") || next.equals("with"))
                || w.equals("alternative") && next.equals("to") || w.equals("do") && next.equals("que")
                || w.equals("comparado") && (next.equals("a") || next.equals("com") || next.equals("ao"))) {
            return 2;
        }
        if (w.equals("as") && next.equals("opposed") && third.equals("to")
                || (w.equals("em") || w.equals("ao")) && (next.equals("vez") || next.equals("inves")) && third.equals("de")
                || w.equals("ao") && next.equals("contrario") && (third.equals("de") || third.equals("do") || third.equals("da"))
                || w.equals("em") && next.equals("comparacao") && third.equals("com")) {
            return 3;
        }
        if (w.equals("que") && isComparativeQue(tokens, i) && !quantity(next)) {
            return 1;
        }
        if (w.equals("than") && (quantity(next) || (next.equals("a") || next.equals("an")) && quantity(third))) {
            return 0; // "more than 20 chains use it" compares a number, not the project with another
        }
        if (Cues.CONTRAST.contains(w)) {
            return (w.equals("diferente") || w.equals("diferentemente")) && !next.equals("de") ? 0 : 1;
        }
        return isNegation(tokens, i, english) && !hyphenated(text, tokens, i) ? 1 : 0;
    }

    /** Whether a text reads as English rather than Portuguese, by its most frequent short words. */
    public static boolean english(List<Token> tokens) {
        int en = 0;
        int pt = 0;
        for (Token t : tokens) {
            en += Cues.ENGLISH.contains(t.folded()) ? 1 : 0;
            pt += Cues.PORTUGUESE.contains(t.folded()) ? 1 : 0;
        }
        return en >= pt;
    }

    private static boolean isNegation(List<Token> tokens, int i, boolean english) {
        String w = tokens.get(i).folded();
        String next = i + 1 < tokens.size() ? tokens.get(i + 1).folded() : "";
        if (w.equals("t") && i > 0 && tokens.get(i - 1).folded().endsWith("n")
                && tokens.get(i).start() - tokens.get(i - 1).end() == 1) {
            return true; // isn't, doesn't, wasn't: the tokenizer splits at the apostrophe
        }
        if (w.equals("no") && next.equals("longer")) {
            return true;
        }
        boolean cue = Cues.NEGATION.contains(w) || english && Cues.ENGLISH_NEGATION.contains(w);
        return cue && !Cues.NOT_NEGATION_AFTER.contains(next);
    }

    /** Whether a word is a quantity ("20", "half", "a dozen"): after "more than" it is counted, not contrasted. */
    private static boolean quantity(String word) {
        return !word.isEmpty() && Character.isDigit(word.charAt(0)) || Cues.QUANTITY.contains(word);
    }

    /** Whether a verb of knowing follows a negation within three words ({@code não foi possível verificar}). */
    private static boolean epistemic(List<Token> tokens, int cue) {
        for (int k = cue + 1; k < tokens.size() && k <= cue + 3; k++) {
            if (Cues.EPISTEMIC.contains(tokens.get(k).folded())) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code non-AI}, {@code not-for-profit}, {@code não-IA}, {@code sem-token}: a negative prefix joined by
     * a hyphen negates the one word it is joined to, nothing after it ({@code non-custodial AI agents}
     * still speaks of AI agents).
     */
    private static boolean negativePrefix(String text, List<Token> tokens, int i) {
        return NEGATIVE_PREFIXES.contains(tokens.get(i).folded()) && hyphenated(text, tokens, i);
    }

    /** {@code no-code}, {@code non-custodial}: a cue joined by a hyphen to the next word is part of it. */
    private static boolean hyphenated(String text, List<Token> tokens, int i) {
        Token t = tokens.get(i);
        return t.end() < text.length() && text.charAt(t.end()) == '-' && i + 1 < tokens.size()
                && tokens.get(i + 1).start() == t.end() + 1;
    }

    private static boolean isComparativeQue(List<Token> tokens, int i) {
        if (!tokens.get(i).folded().equals("que")) {
            return false;
        }
        for (int k = Math.max(0, i - 3); k < i; k++) {
            if (Cues.COMPARATIVE.contains(tokens.get(k).folded())) {
                return true;
            }
        }
        return false;
    }

    /** A negation right after words, past at most an auxiliary: the words before it are negated too. */
    private static void markTrailing(List<Token> tokens, int[] clause, int[] cueOf, int cue) {
        boolean portuguese = tokens.get(cue).folded().equals("nao") || tokens.get(cue).folded().equals("nunca");
        int k = cue - 1;
        while (k >= 0 && cue - k <= TRAILING && clause[k] == clause[cue]
                && Cues.AUXILIARY.contains(tokens.get(k).folded())) {
            k--;
        }
        boolean viaAuxiliary = k < cue - 1;
        if (!viaAuxiliary && !portuguese) {
            return;
        }
        for (int j = k; j >= 0 && k - j < TRAILING && clause[j] == clause[cue]; j--) {
            if (cueOf[j] < 0) {
                cueOf[j] = cue;
            }
        }
    }

    private static boolean endsSentence(String gap, String text, Token before, Token after) {
        if (gap.contains("\n\n")) {
            return true;
        }
        for (char ch : gap.toCharArray()) {
            if (ch == '!' || ch == '?' || ch == ';') {
                return true;
            }
            if (ch == '.') {
                boolean decimal = gap.equals(".") && Character.isDigit(text.charAt(before.end() - 1))
                        && Character.isDigit(text.charAt(after.start()));
                if (!decimal) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean endsClause(String gap) {
        for (char ch : gap.toCharArray()) {
            if (ch == ',' || ch == ':' || ch == '(' || ch == ')' || ch == '—' || ch == '–' || ch == '\n') {
                return true;
            }
        }
        return gap.contains(" - ");
    }
}
