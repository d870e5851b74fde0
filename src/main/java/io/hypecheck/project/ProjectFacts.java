package io.hypecheck.project;

import io.hypecheck.api.Evidence;
import io.hypecheck.api.Fact;
import io.hypecheck.api.Facts;
import io.hypecheck.api.Location;
import io.hypecheck.api.Provenance;
import io.hypecheck.prose.ProseReader;
import io.hypecheck.prose.ProseReading;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * {@link Facts} over a loaded mapping; element views prefix their paths with the element's. A
 * structured field wins; where it is absent, the facts read from the prose of the summary and the
 * description stand in for it ({@link ProseReader}), and a stated absence there makes it known
 * to be missing. A structured fact takes its provenance from the file's {@code provenance} map,
 * else from the words of the prose figure that matches it best.
 */
final class ProjectFacts implements Facts {

    private final Value.Fields root;
    private final String prefix;
    private final LocalDate today;
    private List<Fact> text;
    private ProseReading prose;

    ProjectFacts(Value.Fields root, String prefix, LocalDate today) {
        this.root = root;
        this.prefix = prefix;
        this.today = today;
    }

    @Override
    public List<Fact> values(String path) {
        List<Fact> out = new ArrayList<>();
        collect(root, prefix, path.split("\\."), 0, out);
        if (!prefix.isEmpty()) {
            return out;
        }
        if (out.isEmpty() && find(path).isEmpty()) {
            return prose().at(path);
        }
        return out.stream().map(this::withProvenance).toList();
    }

    @Override
    public Optional<Evidence> statedAbsent(String path) {
        return prefix.isEmpty() && find(path).isEmpty() ? prose().absence(path) : Optional.empty();
    }

    private ProseReading prose() {
        if (prose == null) {
            List<Fact> texts = new ArrayList<>();
            texts.addAll(structured("summary"));
            texts.addAll(structured("description"));
            prose = ProseReader.read(texts);
        }
        return prose;
    }

    private List<Fact> structured(String path) {
        List<Fact> out = new ArrayList<>();
        collect(root, prefix, path.split("\\."), 0, out);
        return out;
    }

    private Fact withProvenance(Fact fact) {
        Optional<Provenance> stated = stated(fact.path());
        if (stated.isPresent()) {
            return fact.withProvenance(stated.get());
        }
        if (fact.number() == null) {
            return fact;
        }
        BigDecimal value = fact.number();
        return prose().at(fact.path()).stream().filter(f -> f.number() != null && f.provenance() != Provenance.UNSTATED)
                .min(Comparator.comparing(f -> f.number().subtract(value).abs()))
                .map(f -> fact.withProvenance(f.provenance())).orElse(fact);
    }

    /** The provenance the file's {@code provenance} map gives a concrete path ({@code models[0].name} looks up {@code models}). */
    private Optional<Provenance> stated(String path) {
        if (!(root.fields().get("provenance") instanceof Value.Fields map)) {
            return Optional.empty();
        }
        String key = path.contains("[") ? path.substring(0, path.indexOf('[')) : path;
        Value value = map.fields().get(key);
        return value instanceof Value.Scalar s ? Provenance.of(s.value().toString()) : Optional.empty();
    }

    private static void collect(Value value, String at, String[] segments, int index, List<Fact> out) {
        if (index == segments.length) {
            addLeaves(value, at, out);
            return;
        }
        String segment = segments[index];
        boolean each = segment.endsWith("[]");
        String name = each ? segment.substring(0, segment.length() - 2) : segment;
        if (!(value instanceof Value.Fields fields) || !fields.fields().containsKey(name)) {
            return;
        }
        Value child = fields.fields().get(name);
        String childPath = at.isEmpty() ? name : at + "." + name;
        if (each && child instanceof Value.Items items) {
            for (int i = 0; i < items.items().size(); i++) {
                collect(items.items().get(i), childPath + "[" + i + "]", segments, index + 1, out);
            }
        } else if (!each) {
            collect(child, childPath, segments, index + 1, out);
        }
    }

    private static void addLeaves(Value value, String path, List<Fact> out) {
        if (value instanceof Value.Scalar s) {
            out.add(new Fact(path, s.value(), s.text(), s.location(), s.locator()));
        } else if (value instanceof Value.Items items) {
            for (int i = 0; i < items.items().size(); i++) {
                if (items.items().get(i) instanceof Value.Scalar s) {
                    addLeaves(s, path + "[" + i + "]", out);
                }
            }
        }
    }

    @Override
    public Optional<List<Facts>> elements(String path) {
        Optional<Value> value = find(path);
        if (value.isEmpty() || !(value.get() instanceof Value.Items items)) {
            return Optional.empty();
        }
        String base = prefix.isEmpty() ? path : prefix + "." + path;
        List<Facts> out = new ArrayList<>();
        for (int i = 0; i < items.items().size(); i++) {
            if (items.items().get(i) instanceof Value.Fields element) {
                out.add(new ProjectFacts(element, base + "[" + i + "]", today));
            }
        }
        return Optional.of(List.copyOf(out));
    }

    @Override
    public Optional<Location> locate(String path) {
        if (path.contains("[]")) {
            List<Fact> facts = structured(path);
            return facts.isEmpty() ? Optional.empty() : Optional.of(facts.get(0).location());
        }
        return find(path).map(Value::location);
    }

    private Optional<Value> find(String path) {
        Value current = root;
        for (String name : path.split("\\.")) {
            if (!(current instanceof Value.Fields fields) || (current = fields.fields().get(name)) == null) {
                return Optional.empty();
            }
        }
        return Optional.of(current);
    }

    @Override
    public List<Fact> text() {
        if (text == null) {
            List<Fact> out = new ArrayList<>();
            for (String path : ProjectFormat.TEXT_PATHS) {
                out.addAll(structured(path));
            }
            text = List.copyOf(out);
        }
        return text;
    }

    @Override
    public LocalDate today() {
        return today;
    }
}
