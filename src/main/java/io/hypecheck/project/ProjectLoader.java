package io.hypecheck.project;

import io.hypecheck.diagnostic.Diagnostic;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import io.hypecheck.yaml.SafeYaml;
import io.hypecheck.yaml.SourceText;
import io.hypecheck.yaml.YamlNode;

/** Loads one project file: bytes in, a {@link LoadResult} out, never an exception for bad input. */
public final class ProjectLoader {

    private ProjectLoader() {
    }

    /**
     * Loads a project from a file's bytes.
     *
     * @param file  the path as the user named it (used in messages and the report)
     * @param bytes the file's content
     */
    public static LoadResult load(String file, byte[] bytes) {
        SafeYaml.Parsed parsed = SafeYaml.read(file, bytes);
        if (parsed.error() != null) {
            return new LoadResult(file, Optional.empty(), List.of(parsed.error()));
        }
        if (parsed.node() == null) {
            String message = parsed.source().isBlank() ? "empty file: a project file needs at least a 'name'"
                    : "the file holds only comments: a project file needs at least a 'name'";
            return new LoadResult(file, Optional.empty(), List.of(Diagnostic.error(file, 0, 0, message)));
        }
        return read(file, parsed.node(), parsed.source(), null);
    }

    /**
     * Loads a project given inside another YAML file, such as a rubric's self-test; positions
     * are those of that file. Without a {@code name}, the project is called {@code defaultName}.
     */
    public static LoadResult loadFragment(String file, YamlNode node, SourceText source, String defaultName) {
        return read(file, node, source, defaultName);
    }

    private static LoadResult read(String file, YamlNode node, SourceText source, String defaultName) {
        NodeReader reader = new NodeReader(file, source);
        Value.Fields fields = reader.readFields(node, ProjectFormat.root(), "");
        List<Diagnostic> diagnostics = new ArrayList<>(reader.diagnostics());
        if (fields == null) {
            return new LoadResult(file, Optional.empty(), diagnostics);
        }
        fields.scalar("schema_version").map(v -> (BigDecimal) v.value())
                .filter(v -> v.compareTo(BigDecimal.valueOf(ProjectFormat.SCHEMA_VERSION)) != 0)
                .ifPresent(v -> diagnostics.add(at(file, fields.scalar("schema_version").get(),
                        "schema_version: this hypecheck reads version " + ProjectFormat.SCHEMA_VERSION + ", got " + v.toPlainString())));
        checkExemptions(file, fields, diagnostics);
        Optional<String> name = fields.scalar("name").map(s -> (String) s.value()).or(() -> Optional.ofNullable(defaultName));
        if (name.isEmpty() && diagnostics.stream().noneMatch(d -> d.message().startsWith("name:"))) {
            diagnostics.add(Diagnostic.error(file, fields.location().line(), fields.location().column(),
                    "name: required field is missing"));
        }
        boolean valid = diagnostics.stream().noneMatch(d -> d.severity() == io.hypecheck.diagnostic.Severity.ERROR);
        if (!valid) {
            return new LoadResult(file, Optional.empty(), diagnostics);
        }
        String id = fields.scalar("id").map(s -> (String) s.value()).orElseGet(() -> defaultId(file, name.get()));
        return new LoadResult(file, Optional.of(new Project(id, name.get(), file, fields)), diagnostics);
    }

    private static void checkExemptions(String file, Value.Fields fields, List<Diagnostic> diagnostics) {
        if (!(fields.fields().get("exemptions") instanceof Value.Items items)) {
            return;
        }
        for (int i = 0; i < items.items().size(); i++) {
            if (items.items().get(i) instanceof Value.Fields exemption) {
                for (String required : List.of("rule", "reason")) {
                    if (exemption.scalar(required).isEmpty()) {
                        diagnostics.add(Diagnostic.error(file, exemption.location().line(), exemption.location().column(),
                                "exemptions[" + i + "]." + required + ": required field is missing"));
                    }
                }
            }
        }
    }

    private static Diagnostic at(String file, Value.Scalar scalar, String message) {
        return Diagnostic.error(file, scalar.location().line(), scalar.location().column(), message);
    }

    /** The file name without its extension, or for standard input a slug of the name. */
    static String defaultId(String file, String name) {
        if (file.equals("-") || file.equals("<stdin>")) {
            String slug = java.text.Normalizer.normalize(name.toLowerCase(java.util.Locale.ROOT), java.text.Normalizer.Form.NFD)
                    .replaceAll("\\p{M}", "").replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
            return slug.isEmpty() ? "stdin" : slug;
        }
        String base = file.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1);
        int dot = base.lastIndexOf('.');
        return dot > 0 ? base.substring(0, dot) : base;
    }
}
