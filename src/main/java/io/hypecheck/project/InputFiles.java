package io.hypecheck.project;

import io.hypecheck.diagnostic.HypecheckException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.nio.file.FileVisitResult;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Expands the paths a user gives into project files: files as named, folders searched
 * recursively for {@code *.yaml} and {@code *.yml} in a stable (sorted) order, {@code -} for
 * standard input. Under a folder, hidden files and folders, excluded globs, and subfolders that
 * are watchlists of their own (they hold a {@code .hypecheck.yaml}) are skipped.
 */
public final class InputFiles {

    /** The config file that marks a folder as a watchlist of its own. */
    public static final String NESTED_CONFIG = ".hypecheck.yaml";

    /** The display path standard input is reported under. */
    public static final String STDIN = "-";

    private InputFiles() {
    }

    /**
     * One input: the path as the user will see it, and the file to read (null for stdin).
     *
     * @param display the path as given on the command line, joined with the path found under it
     * @param path    the file, or null for standard input
     */
    public record Input(String display, Path path) {
    }

    /** Expands the given paths; a path that does not exist is a usage error. */
    public static List<Input> expand(List<String> arguments, List<String> excludes) {
        List<Input> inputs = new ArrayList<>();
        for (String argument : arguments) {
            if (argument.equals(STDIN)) {
                inputs.add(new Input(STDIN, null));
                continue;
            }
            Path path = Path.of(argument);
            if (Files.isDirectory(path)) {
                inputs.addAll(walk(argument, path, excludes));
            } else if (Files.isRegularFile(path)) {
                inputs.add(new Input(argument, path));
            } else {
                throw HypecheckException.config("no such file or folder: " + argument);
            }
        }
        return List.copyOf(inputs);
    }

    private static List<Input> walk(String argument, Path folder, List<String> excludes) {
        String prefix = argument.endsWith("/") || argument.endsWith("\\") ? argument : argument + "/";
        List<Path> found = new ArrayList<>();
        try {
            Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    if (attributes.isRegularFile() && isYaml(file.getFileName().toString())) {
                        found.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    found.add(file);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found.stream()
                .filter(p -> !insideNestedWatchlist(folder, p))
                .map(p -> folder.relativize(p).toString().replace('\\', '/'))
                .filter(relative -> !excluded(relative, excludes))
                .sorted()
                .map(relative -> new Input(prefix + relative, folder.resolve(relative)))
                .toList();
    }

    /**
     * Whether a file lies in a subfolder that has its own {@value #NESTED_CONFIG}: that folder is a
     * watchlist of its own (with its own paths, rubrics and exemptions), scored by running
     * hypecheck there or by naming it.
     */
    private static boolean insideNestedWatchlist(Path root, Path file) {
        for (Path dir = file.getParent(); dir != null && !dir.equals(root); dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve(NESTED_CONFIG))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the file, or a folder it is under, matches a glob; hidden files and folders always are. */
    private static boolean excluded(String relative, List<String> excludes) {
        for (String glob : excludes) {
            java.nio.file.PathMatcher matcher = java.nio.file.FileSystems.getDefault().getPathMatcher("glob:" + glob);
            for (Path path = Path.of(relative); path != null; path = path.getParent()) {
                if (matcher.matches(path)) {
                    return true;
                }
            }
        }
        return relative.startsWith(".") || relative.contains("/.");
    }

    private static boolean isYaml(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".yaml") || lower.endsWith(".yml");
    }
}
