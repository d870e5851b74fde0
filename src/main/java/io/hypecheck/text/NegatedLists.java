package io.hypecheck.text;

import java.util.List;
import java.util.Set;

/**
 * How far a negation reaches over a list that commas split: in "no published model, dataset or
 * open-source repository" and "sem modelo, dados ou código aberto" the comma separates the items of
 * what is denied, not two clauses. A list is a few short items, the last joined by {@code or},
 * {@code nor}, {@code ou} or {@code nem}; no item may hold a common verb, save the cue's first word
 * ("não há modelo, ..."): "no token exists, users pay or leave" is two clauses.
 */
final class NegatedLists {

    /** Words a list item before the first comma may not hold after the cue's first word. */
    private static final Set<String> VERBS = Set.of("is", "are", "was", "were", "exists", "exist", "has", "have", "had",
            "é", "são", "foi", "foram", "tem", "têm", "há", "existe", "existem", "está", "estão", "pay", "pays", "paga", "pagam");
    private static final Set<String> LAST_JOINER = Set.of("or", "nor", "ou", "nem");
    private static final int FIRST_ITEM = 4;
    private static final int ITEM = 8;
    private static final int ITEMS = 4;

    private NegatedLists() {
    }

    /**
     * The last word of the list a negation at {@code cue} (of {@code width} words) denies past its
     * clause, or -1 when its clause does not end at a comma that opens such a list.
     */
    static int end(String text, List<Token> tokens, int[] clause, int[] sentence, int cue, int width) {
        int n = tokens.size();
        int b = cue + width;
        while (b < n && clause[b] == clause[cue]) {
            if (b > cue + width && VERBS.contains(tokens.get(b).lower())) {
                return -1;
            }
            b++;
        }
        if (b >= n || b - (cue + width) > FIRST_ITEM || sentence[b] != sentence[cue] || !commaBefore(text, tokens, b)) {
            return -1;
        }
        int start = b;
        for (int items = 0; items < ITEMS; items++) {
            int k = start;
            boolean joined = false;
            while (k < n && clause[k] == clause[start]) {
                if (VERBS.contains(tokens.get(k).lower())) {
                    return -1;
                }
                joined |= LAST_JOINER.contains(tokens.get(k).folded());
                k++;
            }
            if (k - start > ITEM) {
                return -1;
            }
            if (joined) {
                return k - 1;
            }
            if (k >= n || sentence[k] != sentence[start] || !commaBefore(text, tokens, k)) {
                return -1;
            }
            start = k;
        }
        return -1;
    }

    private static boolean commaBefore(String text, List<Token> tokens, int i) {
        return text.substring(tokens.get(i - 1).end(), tokens.get(i).start()).strip().equals(",");
    }
}
