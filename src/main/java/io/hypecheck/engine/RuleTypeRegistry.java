package io.hypecheck.engine;

import io.hypecheck.api.RuleType;
import io.hypecheck.diagnostic.DidYouMean;
import io.hypecheck.diagnostic.HypecheckException;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.TreeMap;
import java.util.jar.JarFile;
import java.util.regex.Pattern;

/**
 * The rule types rubrics can name, found through {@link ServiceLoader}: the built-ins listed in
 * hypecheck's own services file, and those of each plugin jar the user names. Sorted by name;
 * a name given twice is a configuration error.
 */
public final class RuleTypeRegistry {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

    /** How long one call of a plugin's code may take unless the user says otherwise. */
    public static final Duration DEFAULT_PLUGIN_TIMEOUT = PluginCalls.DEFAULT_TIMEOUT;

    private final Map<String, RegisteredType> types;
    private final Duration timeout;

    private RuleTypeRegistry(Map<String, RegisteredType> types, Duration timeout) {
        this.types = java.util.Collections.unmodifiableMap(new TreeMap<>(types));
        this.timeout = timeout;
    }

    /** The built-in rule types alone. */
    public static RuleTypeRegistry builtIns() {
        return load(List.of());
    }

    /** The built-ins and the rule types of the given plugin jars, whose calls may take the default time. */
    public static RuleTypeRegistry load(List<Path> pluginJars) {
        return load(pluginJars, PluginCalls.DEFAULT_TIMEOUT);
    }

    /**
     * The built-ins and the rule types of the given plugin jars.
     *
     * @param timeout how long one call of a plugin's code (compiling a condition, evaluating it on
     *                one project) may take before the run stops with exit 4
     */
    public static RuleTypeRegistry load(List<Path> pluginJars, Duration timeout) {
        if (timeout.isNegative() || timeout.isZero()) {
            throw HypecheckException.config("--plugin-timeout: expected a positive number of seconds");
        }
        ClassLoader own = RuleTypeRegistry.class.getClassLoader();
        Map<String, RegisteredType> types = new TreeMap<>();
        for (RuleType type : discover(ServiceLoader.load(RuleType.class, own), RegisteredType.BUILT_IN)) {
            add(types, new RegisteredType(type, RegisteredType.BUILT_IN));
        }
        for (Path jar : pluginJars) {
            String origin = jar.getFileName().toString();
            ClassLoader loader = pluginLoader(jar, own);
            int found = 0;
            for (RuleType type : discover(ServiceLoader.load(RuleType.class, loader), origin)) {
                if (type.getClass().getClassLoader() == loader) {
                    add(types, new RegisteredType(type, origin));
                    found++;
                }
            }
            if (found == 0) {
                throw HypecheckException.config("plugin " + jar + " provides no rule type (no META-INF/services/"
                        + RuleType.class.getName() + " entry)");
            }
        }
        return new RuleTypeRegistry(types, timeout);
    }

    private static List<RuleType> discover(ServiceLoader<RuleType> loader, String origin) {
        List<RuleType> found = new ArrayList<>();
        try {
            for (RuleType type : loader) {
                found.add(type);
            }
        } catch (ServiceConfigurationError | LinkageError e) {
            throw HypecheckException.config("cannot load rule types from " + origin + ": " + rootMessage(e));
        }
        return found;
    }

    private static ClassLoader pluginLoader(Path jar, ClassLoader parent) {
        if (!Files.isRegularFile(jar)) {
            throw HypecheckException.config("plugin not found: " + jar);
        }
        try (JarFile ignored = new JarFile(jar.toFile())) {
            URL url = jar.toUri().toURL();
            return new URLClassLoader(new URL[] {url}, parent);
        } catch (MalformedURLException e) {
            throw HypecheckException.config("bad plugin path " + jar + ": " + e.getMessage());
        } catch (IOException e) {
            throw HypecheckException.config("plugin " + jar + " is not a readable jar: " + e.getMessage());
        }
    }

    private static void add(Map<String, RegisteredType> types, RegisteredType registered) {
        String name;
        try {
            name = registered.type().name();
        } catch (RuntimeException | LinkageError | AssertionError | StackOverflowError e) {
            throw HypecheckException.config("rule type " + registered.type().getClass().getName() + " from "
                    + registered.origin() + " fails to name itself: " + e);
        } catch (OutOfMemoryError e) {
            throw new RuleTypeFailure(registered.type().getClass().getName(), registered.origin(), e);
        }
        if (name == null || !NAME.matcher(name).matches()) {
            throw HypecheckException.config("rule type " + registered.type().getClass().getName() + " from "
                    + registered.origin() + " has an invalid name '" + io.hypecheck.diagnostic.OneLine.escape(name)
                    + "' (use kebab-case)");
        }
        RegisteredType checked = registered.isPlugin()
                ? new RegisteredType(DeclaredType.of(registered.type(), name, registered.origin()), registered.origin())
                : registered;
        RegisteredType previous = types.putIfAbsent(name, checked);
        if (previous != null) {
            throw HypecheckException.config("rule type '" + name + "' is defined twice: by "
                    + previous.origin() + " and by " + registered.origin());
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root == e ? String.valueOf(e.getMessage()) : e.getMessage() + " (" + root + ")";
    }

    /** How long one call of a plugin's code may take. */
    public Duration timeout() {
        return timeout;
    }

    /** The type with this name, if registered. */
    public Optional<RegisteredType> find(String name) {
        return Optional.ofNullable(types.get(name));
    }

    /** All names, sorted. */
    public Collection<String> names() {
        return types.keySet();
    }

    /** All types, sorted by name. */
    public Collection<RegisteredType> all() {
        return types.values();
    }

    /** {@code " (did you mean 'x'?)"} for an unknown name. */
    public String hint(String name) {
        return DidYouMean.hint(name, types.keySet());
    }
}
