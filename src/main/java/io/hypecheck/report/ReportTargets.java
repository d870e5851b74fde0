package io.hypecheck.report;

import io.hypecheck.diagnostic.HypecheckException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks, before anything is scored, the files reports are to be written to: each exists as a
 * regular file or not at all (see {@link AtomicFile#destination}), no two reports go to the same
 * file (through symbolic links too), and no report replaces one of the files being scored.
 */
public final class ReportTargets {

    private ReportTargets() {
    }

    /**
     * @param targets the report files, in the order given
     * @param inputs  the files to be scored
     * @throws HypecheckException (exit 2) naming the first problem
     */
    public static void check(List<Path> targets, List<Path> inputs) {
        Map<Path, Path> seen = new HashMap<>();
        for (Path target : targets) {
            Path destination = AtomicFile.destination(target);
            Path first = seen.putIfAbsent(destination, target);
            if (first != null) {
                throw HypecheckException.config("--format: two reports would be written to the same file, "
                        + first + (first.equals(target) ? "" : " and " + target));
            }
        }
        for (Path input : inputs) {
            Path real = real(input);
            if (seen.containsKey(real)) {
                throw HypecheckException.config("--format: the report file " + seen.get(real)
                        + " is one of the files being scored; it would be overwritten");
            }
        }
    }

    private static Path real(Path input) {
        try {
            return input.toRealPath();
        } catch (IOException e) {
            return input.toAbsolutePath().normalize();
        }
    }
}
