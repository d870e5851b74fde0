package io.hypecheck.engine;

import io.hypecheck.api.Evidence;
import io.hypecheck.api.Fact;
import io.hypecheck.api.Facts;
import io.hypecheck.api.Location;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A project's facts without its {@code claims}: what substance rules see. Claims are what a project
 * promises; they may place it in a trend and fire hype rules, never substance, which needs facts.
 */
record WithoutClaims(Facts facts) implements Facts {

    private static boolean claim(String path) {
        return path.equals("claims") || path.startsWith("claims[") || path.startsWith("claims.");
    }

    @Override
    public List<Fact> values(String path) {
        return claim(path) ? List.of() : facts.values(path);
    }

    @Override
    public Optional<List<Facts>> elements(String path) {
        return claim(path) ? Optional.empty() : facts.elements(path).map(list -> list.stream()
                .map(element -> (Facts) new WithoutClaims(element)).toList());
    }

    @Override
    public Optional<Location> locate(String path) {
        return claim(path) ? Optional.empty() : facts.locate(path);
    }

    @Override
    public Optional<Evidence> statedAbsent(String path) {
        return facts.statedAbsent(path);
    }

    @Override
    public List<Fact> text() {
        return facts.text().stream().filter(f -> !claim(f.path())).toList();
    }

    @Override
    public LocalDate today() {
        return facts.today();
    }
}
