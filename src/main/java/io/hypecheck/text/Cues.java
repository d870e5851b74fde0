package io.hypecheck.text;

import java.util.Set;

/**
 * The words that open or close a negation or contrast scope, in English and Portuguese, folded.
 * Multi-word cues ({@code rather than}, {@code em vez de}) are recognised by {@link Scopes}.
 */
final class Cues {

    /** Words that negate what follows them in their clause, in either language. */
    static final Set<String> NEGATION = Set.of("not", "never", "without", "none", "neither", "nor", "cannot",
            "lacks", "lack", "lacking", "nothing", "nao", "nem", "sem", "nunca", "nenhum", "nenhuma", "jamais",
            "tampouco");

    /** Negation words of English text only: in Portuguese {@code no} is "in the". */
    static final Set<String> ENGLISH_NEGATION = Set.of("no");

    /** Frequent words that tell Portuguese text from English. */
    static final Set<String> PORTUGUESE = Set.of("de", "do", "da", "dos", "das", "que", "nao", "uma", "um", "para",
            "com", "os", "o", "na", "nas", "ao", "em", "e", "sao", "seu", "sua", "pelo", "pela", "mais", "como");
    static final Set<String> ENGLISH = Set.of("the", "of", "and", "to", "is", "are", "with", "for", "that", "its",
            "it", "by", "on", "has", "was", "from", "this");

    /** Words after which a negation word is not one ({@code not only}, {@code não só}). */
    static final Set<String> NOT_NEGATION_AFTER = Set.of("only", "just", "merely", "doubt", "matter", "so", "apenas",
            "somente", "duvida");

    /** Words that, right after what a phrase matched, carry a negation of it ({@code is not}). */
    static final Set<String> AUXILIARY = Set.of("is", "are", "was", "were", "has", "have", "had", "does", "do", "did",
            "will", "would", "can", "could", "be", "been", "remains", "remain", "remained", "still", "also");

    /** Contrast words: what follows is compared with or set against the project, not said of it. */
    static final Set<String> CONTRAST = Set.of("than", "unlike", "versus", "vs", "replacing", "diferente",
            "diferentemente");

    /** Words that end a contrast's reach: what follows them is said of the project, not of what it is compared with. */
    static final Set<String> CONTRAST_STOP = Set.of("at", "for", "with", "by", "para", "por", "com");

    /** Words that end a clause, and so a scope. */
    static final Set<String> CLAUSE_END = Set.of("but", "however", "although", "though", "while", "whereas",
            "meanwhile", "mas", "porem", "contudo", "entretanto", "embora", "enquanto", "todavia");

    /**
     * Verbs and adjectives of knowing: a negation just before one ({@code could not verify}, {@code não
     * conseguimos confirmar}, {@code it is not clear}) puts its whole clause in doubt, not only the next words.
     */
    static final Set<String> EPISTEMIC = Set.of("verify", "verified", "confirm", "confirmed", "determine",
            "establish", "established", "tell", "know", "known", "clear", "independently", "verificar", "verificado",
            "verificada", "confirmar", "confirmado", "confirmada", "apurar", "determinar", "saber", "claro");

    /** Number words that make "more than" a count, not a contrast, in either language. */
    static final Set<String> QUANTITY = Set.of("one", "two", "three", "four", "five", "ten", "twenty", "fifty", "hundred",
            "hundreds", "thousand", "thousands", "million", "millions", "billion", "half", "double", "twice", "dozen",
            "dozens", "um", "uma", "dois", "duas", "tres", "cinco", "dez", "vinte", "cem", "cinquenta", "mil", "metade",
            "dobro", "milhao", "milhoes", "bilhao", "bilhoes", "centenas", "dezenas", "milhares");

    /** Comparative words before a Portuguese {@code que}: {@code mais barato que}. */
    static final Set<String> COMPARATIVE = Set.of("mais", "menos", "melhor", "pior", "maior", "menor", "barato",
            "barata", "baratos", "baratas", "caro", "cara", "rapido", "rapida", "superior", "inferior");

    private Cues() {
    }
}
