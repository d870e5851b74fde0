package io.hypecheck.prose;

import io.hypecheck.api.Basis;
import io.hypecheck.api.Evidence;
import io.hypecheck.api.Fact;
import io.hypecheck.api.Provenance;
import io.hypecheck.text.Scopes;
import io.hypecheck.text.Tokenizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Reads facts from the free text an analyst wrote (summary and description, never the project's own
 * claims): amounts with their role, counts, declines, insider shares and plain statements of what
 * exists or is missing, each with the words that said it as evidence and the provenance its
 * sentence gives. Contradictory readings of a yes/no field cancel out, and a stated absence gives
 * way to any fact read for the same field.
 */
public final class ProseReader {

    private ProseReader() {
    }

    /** Reads the given free-text facts (their values are strings). */
    public static ProseReading read(List<Fact> texts) {
        Map<String, List<Fact>> facts = new LinkedHashMap<>();
        Map<String, Evidence> absences = new LinkedHashMap<>();
        for (Fact field : texts) {
            if (!(field.value() instanceof String value) || value.isBlank()) {
                continue;
            }
            boolean portuguese = !Scopes.english(Tokenizer.tokens(value));
            for (Sentence sentence : Sentence.of(field)) {
                List<Found> found = new ArrayList<>();
                found.addAll(Amounts.in(sentence, portuguese));
                found.addAll(Counts.in(sentence, portuguese));
                found.addAll(Changes.in(sentence));
                found.addAll(Statements.in(sentence));
                found.addAll(Adoption.in(sentence));
                for (Found f : found) {
                    place(sentence, f, facts, absences);
                }
            }
        }
        facts.entrySet().removeIf(e -> contradictory(e.getValue()));
        facts.keySet().forEach(absences::remove);
        return new ProseReading(facts, absences);
    }

    private static void place(Sentence sentence, Found f, Map<String, List<Fact>> facts, Map<String, Evidence> absences) {
        Fact field = sentence.field();
        int from = sentence.start() + f.from();
        int to = sentence.start() + f.to();
        String words = ((String) field.value()).substring(from, to);
        if (f.absence()) {
            absences.putIfAbsent(f.path(), new Evidence(field.path(), words, field.locator().locate(from, to),
                    Basis.PROSE, Provenance.UNSTATED));
            return;
        }
        Provenance provenance = Markers.at(sentence, f.from());
        Fact fact = new Fact(f.path(), f.value(), words, field.locator().locate(from, to), field.locator(), Basis.PROSE,
                provenance);
        List<Fact> list = facts.computeIfAbsent(f.path(), k -> new ArrayList<>());
        if (list.stream().noneMatch(other -> Objects.equals(other.value(), fact.value()) && other.text().equals(fact.text()))) {
            list.add(fact);
        }
    }

    private static boolean contradictory(List<Fact> facts) {
        return facts.stream().anyMatch(f -> Boolean.TRUE.equals(f.value()))
                && facts.stream().anyMatch(f -> Boolean.FALSE.equals(f.value()));
    }
}
