package io.hypecheck.rules;

import io.hypecheck.api.Fact;
import io.hypecheck.api.Facts;
import io.hypecheck.api.Location;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * {@link Facts} over a nested structure of maps, lists and scalars (String, BigDecimal, Boolean,
 * LocalDate; other numbers become BigDecimal). Every field and element gets its own fake line, in
 * key order; a scalar starts at column 1, so character {@code i} of a text is column {@code i + 1}.
 */
final class FakeFacts implements Facts {

    static final LocalDate TODAY = LocalDate.of(2026, 1, 15);
    private static final List<String> TEXT_PATHS = List.of("name", "summary", "description", "claims", "tags");

    private final Map<String, ?> root;
    private final String prefix;
    private final Map<String, Integer> lines;

    private FakeFacts(Map<String, ?> root, String prefix, Map<String, Integer> lines) {
        this.root = root;
        this.prefix = prefix;
        this.lines = lines;
    }

    /** Facts of a project given as nested maps and lists. */
    static FakeFacts of(Map<String, ?> project) {
        Map<String, Integer> lines = new HashMap<>();
        number(project, "", lines);
        return new FakeFacts(project, "", lines);
    }

    private static void number(Object value, String path, Map<String, Integer> lines) {
        if (!path.isEmpty()) {
            lines.put(path, lines.size() + 1);
        }
        if (value instanceof Map<?, ?> map) {
            new TreeMap<>(map).forEach((k, v) -> number(v, path.isEmpty() ? k.toString() : path + "." + k, lines));
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                number(list.get(i), path + "[" + i + "]", lines);
            }
        }
    }

    /** The fake line of a concrete path, such as {@code claims[1]}. */
    int line(String concretePath) {
        return lines.get(concretePath);
    }

    @Override
    public List<Fact> values(String path) {
        List<Fact> out = new ArrayList<>();
        collect(root, prefix, path.split("\\."), 0, out);
        return out;
    }

    private void collect(Object value, String at, String[] segments, int index, List<Fact> out) {
        if (index == segments.length) {
            if (value instanceof List<?> list) {
                for (int i = 0; i < list.size(); i++) {
                    if (!(list.get(i) instanceof Map || list.get(i) instanceof List)) {
                        out.add(fact(at + "[" + i + "]", list.get(i)));
                    }
                }
            } else if (!(value instanceof Map)) {
                out.add(fact(at, value));
            }
            return;
        }
        boolean each = segments[index].endsWith("[]");
        String name = each ? segments[index].substring(0, segments[index].length() - 2) : segments[index];
        if (!(value instanceof Map<?, ?> map) || !map.containsKey(name)) {
            return;
        }
        String childPath = at.isEmpty() ? name : at + "." + name;
        if (each && map.get(name) instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                collect(list.get(i), childPath + "[" + i + "]", segments, index + 1, out);
            }
        } else if (!each) {
            collect(map.get(name), childPath, segments, index + 1, out);
        }
    }

    private Fact fact(String path, Object raw) {
        Object value = raw instanceof Number n && !(raw instanceof BigDecimal) ? new BigDecimal(n.toString()) : raw;
        String text = value instanceof BigDecimal n ? n.toPlainString() : value.toString();
        int line = lines.get(path);
        return new Fact(path, value, text, new Location(line, 1, line, 1 + text.length()),
                (start, end) -> new Location(line, 1 + start, line, 1 + end));
    }

    @Override
    public Optional<List<Facts>> elements(String path) {
        if (!(find(path) instanceof List<?> list)) {
            return Optional.empty();
        }
        String base = prefix.isEmpty() ? path : prefix + "." + path;
        List<Facts> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i) instanceof Map<?, ?> element) {
                @SuppressWarnings("unchecked")
                Map<String, ?> fields = (Map<String, ?>) element;
                out.add(new FakeFacts(fields, base + "[" + i + "]", lines));
            }
        }
        return Optional.of(out);
    }

    @Override
    public Optional<Location> locate(String path) {
        if (path.contains("[]")) {
            return values(path).stream().findFirst().map(Fact::location);
        }
        String concrete = prefix.isEmpty() ? path : prefix + "." + path;
        return find(path) == null ? Optional.empty() : Optional.of(Location.at(lines.get(concrete), 1));
    }

    private Object find(String path) {
        Object current = root;
        for (String name : path.split("\\.")) {
            if (!(current instanceof Map<?, ?> map) || (current = map.get(name)) == null) {
                return null;
            }
        }
        return current;
    }

    @Override
    public List<Fact> text() {
        return TEXT_PATHS.stream().flatMap(p -> values(p).stream()).toList();
    }

    @Override
    public LocalDate today() {
        return TODAY;
    }
}
