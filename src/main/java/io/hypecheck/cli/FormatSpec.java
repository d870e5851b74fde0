package io.hypecheck.cli;

import io.hypecheck.diagnostic.HypecheckException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One {@code -f FMT[=FILE]}: a format, and the file to write it to (standard output without one).
 *
 * @param format the format name
 * @param file   the file, or empty for standard output
 */
record FormatSpec(String format, Optional<Path> file) {

    FormatSpec {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(file, "file");
    }

    /** Parses {@code json} or {@code sarif=out/report.sarif}. */
    static FormatSpec parse(String spec) {
        int eq = spec.indexOf('=');
        if (eq == 0 || eq == spec.length() - 1) {
            throw HypecheckException.config("--format: expected FMT or FMT=FILE, got '" + spec + "'");
        }
        return eq < 0 ? new FormatSpec(spec.strip(), Optional.empty())
                : new FormatSpec(spec.substring(0, eq).strip(), Optional.of(Path.of(spec.substring(eq + 1).strip())));
    }

    /** Parses them all; at most one may take standard output. */
    static List<FormatSpec> parseAll(List<String> specs) {
        List<FormatSpec> parsed = specs.stream().map(FormatSpec::parse).toList();
        if (parsed.stream().filter(s -> s.file().isEmpty()).count() > 1) {
            throw HypecheckException.config("--format: only one format may write to standard output; give the others =FILE");
        }
        return parsed;
    }
}
