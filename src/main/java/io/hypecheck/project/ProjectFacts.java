package io.hypecheck.project;

import io.hypecheck.api.Fact;
import io.hypecheck.api.Facts;
import io.hypecheck.api.Location;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** {@link Facts} over a loaded mapping; element views prefix their paths with the element's. */
final class ProjectFacts implements Facts {

    private final Value.Fields root;
    private final String prefix;
    private final LocalDate today;
    private List<Fact> text;

    ProjectFacts(Value.Fields root, String prefix, LocalDate today) {
        this.root = root;
        this.prefix = prefix;
        this.today = today;
    }

    @Override
    public List<Fact> values(String path) {
        List<Fact> out = new ArrayList<>();
        collect(root, prefix, path.split("\\."), 0, out);
        return out;
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
            List<Fact> facts = values(path);
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
                out.addAll(values(path));
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
