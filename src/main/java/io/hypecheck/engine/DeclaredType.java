package io.hypecheck.engine;

import io.hypecheck.api.Condition;
import io.hypecheck.api.Params;
import io.hypecheck.api.RuleType;
import io.hypecheck.diagnostic.HypecheckException;
import io.hypecheck.diagnostic.OneLine;
import java.util.Optional;
import java.util.Set;

/**
 * A plugin's rule type with what it declares (name, description, parameters, shorthand) asked
 * once, when the plugin is loaded, and checked: a plugin that throws or returns nothing there is a
 * bad plugin (exit 2, naming it), never a crash later while a rubric is compiled or listed; one
 * that runs out of memory there is exit 4, naming it. Its
 * description is kept on one line. Compiling is passed on to the plugin.
 */
final class DeclaredType implements RuleType {

    private final RuleType plugin;
    private final String name;
    private final String description;
    private final Set<String> parameters;
    private final Optional<String> shorthand;

    private DeclaredType(RuleType plugin, String name, String description, Set<String> parameters,
                         Optional<String> shorthand) {
        this.plugin = plugin;
        this.name = name;
        this.description = description;
        this.parameters = parameters;
        this.shorthand = shorthand;
    }

    /**
     * Asks {@code plugin} what it declares, once.
     *
     * @throws HypecheckException a configuration error naming the plugin's class and jar when one of
     *                            those calls throws or returns null, a null parameter, or a shorthand it does not take
     */
    static DeclaredType of(RuleType plugin, String name, String origin) {
        String what = "rule type " + plugin.getClass().getName() + " from " + origin;
        String description;
        Set<String> parameters;
        Optional<String> shorthand;
        try {
            description = plugin.description();
            parameters = plugin.parameters();
            shorthand = plugin.shorthand();
        } catch (RuntimeException | LinkageError | AssertionError | StackOverflowError e) {
            throw HypecheckException.config(what + " fails to declare itself: " + e);
        } catch (OutOfMemoryError e) {
            throw new RuleTypeFailure(name, origin, e);
        }
        if (description == null || parameters == null || shorthand == null) {
            throw HypecheckException.config(what + " declares no " + (description == null ? "description"
                    : parameters == null ? "parameters (return an empty set for none)" : "shorthand (return Optional.empty())"));
        }
        Set<String> copy;
        try {
            copy = Set.copyOf(parameters);
        } catch (NullPointerException e) {
            throw HypecheckException.config(what + " declares a null parameter name");
        }
        if (shorthand.isPresent() && !copy.contains(shorthand.get())) {
            throw HypecheckException.config(what + " declares the shorthand '" + OneLine.escape(shorthand.get())
                    + "', which is not one of its parameters");
        }
        return new DeclaredType(plugin, name, OneLine.escape(description), copy, shorthand);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public Set<String> parameters() {
        return parameters;
    }

    @Override
    public Optional<String> shorthand() {
        return shorthand;
    }

    @Override
    public Condition compile(Params params) {
        return plugin.compile(params);
    }
}
