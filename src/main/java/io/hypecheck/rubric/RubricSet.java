package io.hypecheck.rubric;

import io.hypecheck.diagnostic.HypecheckException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The rubrics of one run: the built-in ones shipped in the jar (unless dropped), plus the user's
 * files and folders. A user rubric with a built-in's id replaces it; any other repeated rubric
 * id, and any rule id used by two rubrics, is a configuration error.
 */
public final class RubricSet {

    /** The ids of the built-in rubrics: the ten trends of SPEC §2 and the cross-cutting check. */
    public static final List<String> BUILT_IN = List.of("decentralized-training", "zk-ai", "proof-of-inference",
            "agents-with-wallets", "crypto-funding", "small-models", "synthetic-data", "proof-of-humanity",
            "ai-evaluation", "rlhf-networks", "reality-check");

    private static final String RESOURCE_DIR = "/io/hypecheck/rubrics/";

    private RubricSet() {
    }

    /**
     * Loads the rubrics of a run.
     *
     * @param loader    reads one rubric file
     * @param defaults  whether to include the built-in rubrics
     * @param userPaths rubric files, or folders searched for {@code *.yaml} and {@code *.yml}
     */
    public static List<Rubric> load(RubricLoader loader, boolean defaults, List<Path> userPaths) {
        Map<String, Rubric> byId = new LinkedHashMap<>();
        if (defaults) {
            builtIn(loader).forEach(rubric -> byId.put(rubric.id(), rubric));
        }
        Map<String, String> userIds = new HashMap<>();
        for (Path file : files(userPaths)) {
            Rubric rubric = loader.load(file.toString(), read(file));
            String previous = userIds.put(rubric.id(), rubric.file());
            if (previous != null) {
                throw HypecheckException.config(rubric.file() + ": rubric id '" + rubric.id() + "' is also used by " + previous);
            }
            byId.put(rubric.id(), rubric);
        }
        if (byId.isEmpty()) {
            throw HypecheckException.config("no rubrics: give --rubrics PATH or drop --no-default-rubrics");
        }
        checkRuleIds(byId.values());
        return List.copyOf(byId.values());
    }

    /**
     * The built-in rubrics, compiled on every core (they use only built-in rule types, which compile
     * safely side by side), in SPEC order; their YAML was parsed at build time ({@link BuiltInTrees}).
     */
    private static List<Rubric> builtIn(RubricLoader loader) {
        return BUILT_IN.parallelStream().map(id -> {
            String file = "rubrics/" + id + ".yaml";
            byte[] yaml = resource(id);
            return BuiltInTrees.of(id, yaml).map(parsed -> loader.load(file, parsed)).orElseGet(() -> loader.load(file, yaml));
        }).toList();
    }

    private static void checkRuleIds(Iterable<Rubric> rubrics) {
        Map<String, Rubric> owners = new HashMap<>();
        for (Rubric rubric : rubrics) {
            for (Rule rule : rubric.rules()) {
                Rubric other = owners.putIfAbsent(rule.id(), rubric);
                if (other != null) {
                    throw HypecheckException.config(rubric.file() + ":" + rule.line() + ": rule " + rule.id()
                            + ": duplicate rule id, also in " + other.file());
                }
            }
        }
    }

    private static List<Path> files(List<Path> paths) {
        List<Path> out = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    walk.filter(Files::isRegularFile)
                            .filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml"))
                            .sorted().forEach(out::add);
                } catch (IOException | java.io.UncheckedIOException e) {
                    Throwable cause = e instanceof java.io.UncheckedIOException u ? u.getCause() : e;
                    throw HypecheckException.config("cannot read rubric folder " + path + ": "
                            + (cause instanceof java.nio.file.AccessDeniedException denied
                            ? (path.toString().equals(denied.getFile()) ? "" : denied.getFile() + ": ") + "permission denied"
                            : cause.getMessage()));
                }
            } else if (Files.isRegularFile(path)) {
                out.add(path);
            } else if (Files.exists(path)) {
                throw HypecheckException.config("cannot read rubric " + path + ": not a regular file (a FIFO, socket, device or folder)");
            } else {
                throw HypecheckException.config("no such rubric file or folder: " + path);
            }
        }
        return out;
    }

    private static byte[] read(Path file) {
        try {
            return io.hypecheck.project.FileBytes.read(file, io.hypecheck.yaml.SafeYaml.MAX_BYTES);
        } catch (io.hypecheck.project.FileBytes.NotRegularFile e) {
            throw HypecheckException.config("cannot read rubric " + file + ": not a regular file");
        } catch (java.nio.file.AccessDeniedException e) {
            throw HypecheckException.config("cannot read rubric " + file + ": permission denied");
        } catch (IOException e) {
            throw HypecheckException.config("cannot read rubric " + file + ": " + e.getMessage());
        }
    }

    private static byte[] resource(String id) {
        try (InputStream in = RubricSet.class.getResourceAsStream(RESOURCE_DIR + id + ".yaml")) {
            if (in == null) {
                throw new IllegalStateException("built-in rubric missing from the jar: " + id);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read built-in rubric " + id, e);
        }
    }
}
