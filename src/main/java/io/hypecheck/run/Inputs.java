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

    /**
     * One input ready to load on any thread: a file to read, or standard input already read.
     *
     * @param input   the file as found
     * @param stdin   the bytes of standard input when {@code input} is {@code -}, else null
     * @param failure why the input could not be read (standard input, or a name this locale cannot encode), else null
     */
    record Source(InputFiles.Input input, byte[] stdin, IOException failure) {

        /** Reads (at most the size limit, regular files only) and loads it. */
        LoadResult load() {
            try {
                if (failure != null) {
                    throw failure;
                }
                byte[] bytes = stdin != null ? stdin
                        : io.hypecheck.project.FileBytes.read(input.path(), io.hypecheck.yaml.SafeYaml.MAX_BYTES);
                return ProjectLoader.load(input.display(), bytes);
            } catch (IOException e) {
                return new LoadResult(input.display(), Optional.empty(),
                        List.of(Diagnostic.error(input.display(), 0, 0, "cannot read: " + reason(e))));
            }
        }
    }

    /** Loads every input in order; {@code stdin} is read when {@code -} is among the paths. */
    public static List<LoadResult> load(List<String> paths, List<String> excludes, InputStream stdin) {
        return sources(paths, excludes, stdin).stream().map(Source::load).toList();
    }

    /** The inputs in order, standard input read here (so loading can run on other threads). */
    static List<Source> sources(List<String> paths, List<String> excludes, InputStream stdin) {
        List<Source> sources = new ArrayList<>();
        for (InputFiles.Input input : InputFiles.expand(paths, excludes)) {
            if (input.problem() != null) {
                sources.add(new Source(input, null, new IOException(input.problem())));
                continue;
            }
            if (input.path() != null) {
                sources.add(new Source(input, null, null));
                continue;
            }
            try {
                sources.add(new Source(input, stdin.readNBytes(io.hypecheck.yaml.SafeYaml.MAX_BYTES + 1), null));
            } catch (IOException e) {
                sources.add(new Source(input, null, e));
            }
        }
        return sources;
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
