package io.hypecheck.config;

import io.hypecheck.diagnostic.HypecheckException;
import io.hypecheck.project.DateParser;
import io.hypecheck.score.Exemption;
import io.hypecheck.yaml.SafeYaml;
import io.hypecheck.yaml.YamlMap;
import io.hypecheck.yaml.YamlNode;
import io.hypecheck.yaml.YamlProblem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads {@code .hypecheck.yaml} (or the file {@code --config} names). Any mistake is a
 * configuration error (exit 2) with file, line and column.
 */
public final class ConfigLoader {

    /** The config file looked for in the working directory. */
    public static final String DEFAULT_NAME = ".hypecheck.yaml";

    private static final Set<String> KEYS = Set.of("paths", "rubrics", "default_rubrics", "plugins", "formats",
            "fail_on", "min_score", "fail_on_regression", "baseline", "exclude", "exemptions", "show_suppressed");
    private static final Set<String> EXEMPTION = Set.of("project", "rule", "reason", "until");

    private ConfigLoader() {
    }

    /** The config named by {@code --config}, else {@code .hypecheck.yaml} in {@code workDir} if present, else none. */
    public static Config find(Optional<Path> explicit, Path workDir) {
        if (explicit.isPresent()) {
            if (!Files.isRegularFile(explicit.get())) {
                throw HypecheckException.config(Files.exists(explicit.get())
                        ? "config file " + explicit.get() + ": not a regular file (a FIFO, socket, device or folder)"
                        : "config file not found: " + explicit.get());
            }
            return load(explicit.get());
        }
        Path implicit = workDir.resolve(DEFAULT_NAME);
        return Files.isRegularFile(implicit) ? load(Path.of(DEFAULT_NAME)) : Config.none();
    }

    /**
     * The config of a run over {@code paths}, found as Checkov and Spectral find theirs: the file
     * {@code --config} names; else the nearest {@value #DEFAULT_NAME} at or above the paths scored
     * (a folder, or a file's folder), or at or above {@code workDir} when no path is given,
     * looking no higher than the git work tree they are in; else the one in {@code workDir}; else
     * none. Paths that lead to different config files are a usage
     * error, as one run has one set of settings.
     */
    public static Config discover(Optional<Path> explicit, List<String> paths, Path workDir) {
        if (explicit.isPresent()) {
            return find(explicit, workDir);
        }
        Optional<Path> found = Optional.empty();
        for (String path : paths) {
            if (path.equals("-")) {
                continue;
            }
            Optional<Path> near;
            try {
                near = nearest(workDir.resolve(path));
            } catch (java.nio.file.InvalidPathException e) {
                continue; // a name this locale cannot encode: loading reports it for that path alone
            }
            if (found.isPresent() && near.isPresent() && !found.get().equals(near.get())) {
                throw HypecheckException.config("the paths belong to different watchlists (" + display(found.get(), workDir)
                        + " and " + display(near.get(), workDir) + "); score them separately, or name one with --config");
            }
            found = found.or(() -> near);
        }
        if (paths.stream().allMatch("-"::equals)) {
            found = nearest(workDir);
        }
        return found.map(f -> load(display(f, workDir))).orElseGet(() -> find(Optional.empty(), workDir));
    }

    private static Optional<Path> nearest(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path dir = Files.isDirectory(absolute) ? absolute : absolute.getParent();
        for (; dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve(DEFAULT_NAME))) {
                return Optional.of(dir.resolve(DEFAULT_NAME));
            }
            if (Files.exists(dir.resolve(".git"))) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** A found config's path as users read it: relative to the working directory when under it. */
    private static Path display(Path file, Path workDir) {
        Path base = workDir.toAbsolutePath().normalize();
        return file.startsWith(base) ? base.relativize(file) : file;
    }

    /** Reads one config file. */
    public static Config load(Path file) {
        String name = file.toString();
        byte[] bytes;
        try {
            bytes = io.hypecheck.project.FileBytes.read(file, SafeYaml.MAX_BYTES);
        } catch (java.nio.file.AccessDeniedException e) {
            throw HypecheckException.config("cannot read config " + name + ": permission denied");
        } catch (IOException e) {
            throw HypecheckException.config("cannot read config " + name + ": " + e.getMessage());
        }
        SafeYaml.Parsed parsed = SafeYaml.read(name, bytes);
        if (parsed.error() != null) {
            throw HypecheckException.config(parsed.error().format());
        }
        if (parsed.node() == null) {
            return Config.none();
        }
        try {
            return read(file, new YamlMap(parsed.node(), "config", KEYS));
        } catch (YamlProblem e) {
            throw HypecheckException.config(name + ":" + e.line() + ":" + e.column() + ": " + e.getMessage());
        }
    }

    private static Config read(Path file, YamlMap map) {
        Path base = file.toAbsolutePath().getParent();
        Path display = file.getParent() == null ? Path.of("") : file.getParent();
        List<String> paths = map.texts("paths").stream().map(p -> display.resolve(p).toString()).toList();
        Optional<String> failOn = map.optionalText("fail_on");
        if (failOn.isPresent() && !Set.of("hype", "mixed").contains(failOn.get())) {
            throw new YamlProblem(map.required("fail_on"), "fail_on must be hype or mixed, got '" + failOn.get() + "'");
        }
        return new Config(Optional.of(file), paths, resolve(base, map.texts("rubrics")), bool(map, "default_rubrics"),
                resolve(base, map.texts("plugins")), formats(display, map.texts("formats")), failOn, integer(map, "min_score", 0, 100),
                integer(map, "fail_on_regression", 1, 100), map.optionalText("baseline").map(base::resolve),
                excludes(map), exemptions(file.toString(), map), bool(map, "show_suppressed"));
    }

    /** The exclude globs, each checked where it is written. */
    private static List<String> excludes(YamlMap map) {
        List<YamlNode> nodes = map.list("exclude");
        List<String> globs = map.texts("exclude");
        for (int i = 0; i < globs.size(); i++) {
            YamlNode node = nodes.get(i);
            Globs.problem(globs.get(i)).ifPresent(problem -> {
                throw new YamlProblem(node, "exclude: " + problem);
            });
        }
        return globs;
    }

    /** {@code FMT=FILE} entries with FILE made relative to the config's folder. */
    private static List<String> formats(Path display, List<String> formats) {
        return formats.stream().map(spec -> {
            int eq = spec.indexOf('=');
            return eq < 0 ? spec : spec.substring(0, eq + 1) + display.resolve(spec.substring(eq + 1).strip());
        }).toList();
    }

    private static List<Path> resolve(Path base, List<String> paths) {
        return paths.stream().map(base::resolve).toList();
    }

    private static Optional<Boolean> bool(YamlMap map, String key) {
        return map.optionalText(key).map(text -> switch (text) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new YamlProblem(map.required(key), key + " must be true or false, got '" + text + "'");
        });
    }

    private static Optional<Integer> integer(YamlMap map, String key, int min, int max) {
        return map.optionalText(key).map(text -> {
            try {
                int value = Integer.parseInt(text);
                if (value < min || value > max) {
                    throw new NumberFormatException();
                }
                return value;
            } catch (NumberFormatException e) {
                throw new YamlProblem(map.required(key), key + " must be a whole number from " + min + " to " + max
                        + ", got '" + text + "'");
            }
        });
    }

    private static List<Exemption> exemptions(String file, YamlMap map) {
        List<Exemption> out = new ArrayList<>();
        for (YamlNode node : map.list("exemptions")) {
            YamlMap exemption = new YamlMap(node, "exemption", EXEMPTION);
            Optional<LocalDate> until = exemption.optionalText("until").map(text -> DateParser.parse(text)
                    .orElseThrow(() -> new YamlProblem(exemption.required("until"), "until must be a date YYYY-MM-DD, got '" + text + "'")));
            out.add(new Exemption(Optional.of(exemption.text("project")), exemption.text("rule"), exemption.text("reason"),
                    until, file, node.start().line() + 1, node.start().column() + 1));
        }
        return out;
    }
}
