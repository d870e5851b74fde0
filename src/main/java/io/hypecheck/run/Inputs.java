package io.hypecheck.run;

import io.hypecheck.diagnostic.Diagnostic;
import io.hypecheck.project.InputFiles;
import io.hypecheck.project.LoadResult;
import io.hypecheck.project.ProjectLoader;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Loads the project files a user named; a file that cannot be read is a diagnostic, not a crash. */
public final class Inputs {

    private Inputs() {
    }

    /** Loads every input in order; {@code stdin} is read when {@code -} is among the paths. */
    public static List<LoadResult> load(List<String> paths, List<String> excludes, InputStream stdin) {
        List<LoadResult> results = new ArrayList<>();
        for (InputFiles.Input input : InputFiles.expand(paths, excludes)) {
            if (input.problem() != null) {
                results.add(new LoadResult(input.display(), Optional.empty(),
                        List.of(Diagnostic.error(input.display(), 0, 0, "cannot read: " + input.problem()))));
                continue;
            }
            try {
                byte[] bytes = input.path() == null ? stdin.readNBytes(io.hypecheck.yaml.SafeYaml.MAX_BYTES + 1)
                        : io.hypecheck.project.FileBytes.read(input.path(), io.hypecheck.yaml.SafeYaml.MAX_BYTES);
                results.add(ProjectLoader.load(input.display(), bytes));
            } catch (IOException e) {
                results.add(new LoadResult(input.display(), Optional.empty(),
                        List.of(Diagnostic.error(input.display(), 0, 0, "cannot read: " + reason(e)))));
            }
        }
        return results;
    }

    private static String reason(IOException e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof io.hypecheck.project.FileBytes.NotRegularFile) {
            return "not a regular file (a FIFO, socket, device or folder)";
        }
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such file";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
