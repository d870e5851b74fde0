package io.hypecheck.project;

import io.hypecheck.diagnostic.Diagnostic;
import io.hypecheck.diagnostic.Severity;
import java.util.List;
import java.util.Optional;

/**
 * What loading one file gave: the project when the file is valid, and every diagnostic.
 *
 * @param file        the file as the user named it
 * @param project     the project, or empty when the file has errors
 * @param diagnostics errors and warnings, in file order
 */
public record LoadResult(String file, Optional<Project> project, List<Diagnostic> diagnostics) {

    public LoadResult {
        java.util.Objects.requireNonNull(file, "file");
        java.util.Objects.requireNonNull(project, "project");
        diagnostics = diagnostics.stream().sorted(Diagnostic.ORDER).toList();
    }

    /** The errors alone. */
    public List<Diagnostic> errors() {
        return diagnostics.stream().filter(d -> d.severity() == Severity.ERROR).toList();
    }

    /** The warnings alone. */
    public List<Diagnostic> warnings() {
        return diagnostics.stream().filter(d -> d.severity() == Severity.WARNING).toList();
    }
}
