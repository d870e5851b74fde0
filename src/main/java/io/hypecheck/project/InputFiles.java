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
 * standard input. Under a folder, hidden files and folders, files matching an exclude pattern
 * ({@link ExcludeGlob}, as in {@code .gitignore}), and subfolders that are watchlists of their
 * own (they hold a {@code .hypecheck.yaml}) are skipped. A folder left with no project file is
 * a usage error, never an empty, green run. A name whose bytes this JVM's charset cannot decode
 * is opened by its original bytes ({@link ArgumentPaths}).
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
    public record Input(String display, Path path, String problem) {

        /** An input to read ({@code path} null for standard input). */
        public Input(String display, Path path) {
            this(display, path, null);
        }

        /** An input that cannot even be named as a path here; {@code problem} says why. */
        static Input unreadable(String display, String problem) {
            return new Input(display, null, problem);
        }
    }

    /**
     * The inputs the paths expand to, and the exclude patterns that matched nothing.
     *
     * @param inputs the files to read, in order
     * @param unused the {@code --exclude} patterns that excluded no file under any folder
     */
    public record Expansion(List<Input> inputs, List<String> unused) {
        public Expansion {
            inputs = List.copyOf(inputs);
            unused = List.copyOf(unused);
        }
    }

    /** Expands the given paths; a path that does not exist, or a folder that holds no project file, is a usage error. */
    public static List<Input> expand(List<String> arguments, List<String> excludes) {
        return expandAll(arguments, excludes).inputs();
    }

    /**
     * Expands the given paths, saying which exclude patterns matched nothing.
     *
     * @throws HypecheckException a usage error (exit 2) for a path that does not exist, or a folder with no
     *                            project file left once hidden and excluded files are skipped
     */
    public static Expansion expandAll(List<String> arguments, List<String> excludes) {
        List<Input> inputs = new ArrayList<>();
        List<ExcludeGlob> globs = excludes.stream().map(InputFiles::glob).toList();
        java.util.Set<ExcludeGlob> used = new java.util.HashSet<>();
        java.util.Map<String, Integer> occurrences = new java.util.HashMap<>();
        for (String argument : arguments) {
            if (argument.isEmpty()) {
                throw HypecheckException.config("an empty path was given; name a file or folder, or - for standard input");
            }
            if (argument.equals(STDIN)) {
                inputs.add(new Input(STDIN, null));
                continue;
            }
            int occurrence = occurrences.merge(argument, 1, Integer::sum) - 1;
            java.util.Optional<Path> fromBytes = ArgumentPaths.lookup(argument, occurrence);
            Path path;
            try {
                path = fromBytes.orElseGet(() -> Path.of(argument));
            } catch (java.nio.file.InvalidPathException e) {
                inputs.add(Input.unreadable(argument, "the name cannot be encoded in this locale's character set ("
                        + System.getProperty("sun.jnu.encoding") + "); run with LANG=C.UTF-8"));
                continue;
            }
            if (Files.isDirectory(path)) {
                List<Input> found = walk(argument, path, globs, used);
                if (found.isEmpty()) {
                    throw HypecheckException.config("no project files (*.yaml, *.yml) in " + argument
                            + (excludes.isEmpty() ? "" : " once excludes are applied") + "; nothing to score");
                }
                inputs.addAll(found);
            } else if (Files.exists(path, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                inputs.add(new Input(argument, path));
            } else if (fromBytes.isEmpty() && argument.indexOf('\uFFFD') >= 0) {
                // the command line held bytes this locale's charset cannot decode: Java cannot name that file
                inputs.add(Input.unreadable(argument, "no such file: the name holds bytes that are not valid "
                        + System.getProperty("sun.jnu.encoding") + ", which Java cannot pass on; name its folder instead"));
            } else {
                throw HypecheckException.config("no such file or folder: " + argument);
            }
        }
        List<String> unused = globs.stream().filter(g -> !used.contains(g)).map(ExcludeGlob::text).toList();
        return new Expansion(once(inputs), unused);
    }

    /** The pattern of one exclude; one it cannot read is a usage error (callers check them first, with their positions). */
    private static ExcludeGlob glob(String text) {
        try {
            return new ExcludeGlob(text);
        } catch (IllegalArgumentException e) {
            throw HypecheckException.config("--exclude: invalid glob '" + text + "': " + e.getMessage());
        }
    }

    /** The inputs without repeats: a file named twice (or reached twice, through links) is scored once. */
    private static List<Input> once(List<Input> inputs) {
        java.util.Set<Object> seen = new java.util.HashSet<>();
        List<Input> out = new ArrayList<>();
        for (Input input : inputs) {
            Object key = input.path() == null ? input.display() : identity(input.path());
            if (seen.add(key)) {
                out.add(input);
            }
        }
        return List.copyOf(out);
    }

    private static Object identity(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            return path.toAbsolutePath().normalize();
        }
    }

    private static List<Input> walk(String argument, Path folder, List<ExcludeGlob> excludes, java.util.Set<ExcludeGlob> used) {
        String prefix = argument.endsWith("/") || argument.endsWith("\\") ? argument : argument + "/";
        List<Path> found = new ArrayList<>();
        try {
            Files.walkFileTree(folder, java.util.EnumSet.of(java.nio.file.FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                    new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    if (attributes.isRegularFile() && isYaml(file.getFileName().toString())) {
                        found.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    if (!(e instanceof java.nio.file.FileSystemLoopException)) {
                        found.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // Names whose bytes this charset cannot decode can read alike (caf\uFFFD.yaml): each is still scored.
        java.util.Map<String, java.util.SortedMap<String, Path>> byName = new java.util.TreeMap<>();
        found.stream().filter(p -> !insideNestedWatchlist(folder, p))
                .forEach(p -> byName.computeIfAbsent(folder.relativize(p).toString().replace('\\', '/'),
                        k -> new java.util.TreeMap<>()).putIfAbsent(p.toUri().toString(), p));
        return byName.entrySet().stream()
                .filter(e -> !excluded(e.getKey(), excludes, used))
                .flatMap(e -> e.getValue().values().stream().map(p -> new Input(prefix + e.getKey(), p)))
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

    /** Whether the file, or a folder it is under, matches a pattern (noting which did); hidden files and folders always are. */
    private static boolean excluded(String relative, List<ExcludeGlob> excludes, java.util.Set<ExcludeGlob> used) {
        if (relative.startsWith(".") || relative.contains("/.")) {
            return true;
        }
        boolean excluded = false;
        for (ExcludeGlob glob : excludes) {
            if (glob.excludes(relative)) {
                used.add(glob);
                excluded = true;
            }
        }
        return excluded;
    }

    private static boolean isYaml(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".yaml") || lower.endsWith(".yml");
    }
}
