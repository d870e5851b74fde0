package io.hypecheck.rubric;

import io.hypecheck.yaml.YamlMap;
import io.hypecheck.yaml.YamlProblem;
import io.hypecheck.api.Condition;
import io.hypecheck.diagnostic.HypecheckException;
import io.hypecheck.project.LoadResult;
import io.hypecheck.project.ProjectLoader;
import io.hypecheck.yaml.SafeYaml;
import io.hypecheck.yaml.SourceText;
import io.hypecheck.yaml.YamlNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads one rubric file. Every mistake (unknown key, unknown rule type, bad parameter, bad
 * self-test) is a configuration error naming the file, line, column and rule id.
 */
public final class RubricLoader {

    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Set<String> TOP = Set.of("id", "title", "stance", "cites", "match", "rules", "tests");
    private static final Set<String> CITES = Set.of("section", "title", "part", "point");
    private static final Set<String> MATCH = Set.of("min_strength", "signals");
    private static final Set<String> SIGNAL = Set.of("weight", "when", "specific");
    private static final Set<String> RULE = Set.of("id", "title", "when", "effect", "points", "why", "kind");
    private static final Set<String> TEST = Set.of("name", "project", "matches", "fires", "does_not_fire");

    private final ConditionCompiler compiler;

    public RubricLoader(ConditionCompiler compiler) {
        this.compiler = compiler;
    }

    /** Loads a rubric from a file's bytes; {@code file} names it in messages. */
    public Rubric load(String file, byte[] bytes) {
        return load(file, SafeYaml.read(file, bytes));
    }

    /** Loads a rubric from its parsed YAML; {@code file} names it in messages. */
    Rubric load(String file, SafeYaml.Parsed parsed) {
        if (parsed.error() != null) {
            throw HypecheckException.config(parsed.error().format());
        }
        if (parsed.node() == null) {
            throw HypecheckException.config(file + ": empty rubric file");
        }
        String ruleId = null;
        try {
            YamlMap top = new YamlMap(parsed.node(), "rubric", TOP);
            String id = id(top, "id");
            String title = top.text("title");
            String stanceText = top.text("stance");
            Stance stance = Stance.parse(stanceText).orElseThrow(() -> new YamlProblem(top.required("stance"),
                    "stance must be one of hyped, high-potential, relevant, cross-cutting; got '" + stanceText + "'"));
            Citation cites = citation(new YamlMap(top.required("cites"), "cites", CITES));
            Match match = match(top.required("match"));
            List<Rule> rules = new ArrayList<>();
            for (YamlNode node : top.list("rules")) {
                YamlMap rule = new YamlMap(node, "rule", RULE);
                ruleId = id(rule, "id");
                String currentId = ruleId;
                if (rules.stream().anyMatch(r -> r.id().equals(currentId))) {
                    throw new YamlProblem(rule.required("id"), "duplicate rule id '" + ruleId + "'");
                }
                rules.add(rule(rule, ruleId, parsed.source(), match));
            }
            ruleId = null;
            if (rules.isEmpty() && match.always()) {
                throw new YamlProblem(top.node(), "a rubric needs rules");
            }
            List<SelfTest> tests = new ArrayList<>();
            for (YamlNode node : top.list("tests")) {
                tests.add(selfTest(file, parsed.source(), new YamlMap(node, "test", TEST), rules));
            }
            return new Rubric(id, title, stance, cites, match, rules, tests, file);
        } catch (YamlProblem e) {
            throw HypecheckException.config(file + ":" + e.line() + ":" + e.column() + ": "
                    + (ruleId == null ? "" : "rule " + ruleId + ": ") + e.getMessage());
        }
    }

    private static String id(YamlMap map, String key) {
        String id = map.text(key);
        if (!ID.matcher(id).matches()) {
            throw new YamlProblem(map.required(key), key + " '" + id + "' must be kebab-case (a-z, 0-9, -)");
        }
        return id;
    }

    private static Citation citation(YamlMap cites) {
        return new Citation(cites.text("section"), cites.text("title"), cites.optionalText("part").orElse(""),
                cites.optionalText("point").orElse(""));
    }

    private Match match(YamlNode node) {
        if (node instanceof YamlNode.Scalar scalar) {
            if (!scalar.value().equals("always")) {
                throw new YamlProblem(node, "match is 'always' or a mapping with signals");
            }
            return Match.everyProject();
        }
        YamlMap match = new YamlMap(node, "match", MATCH);
        double min = number(match, "min_strength").map(BigDecimal::doubleValue).orElse(Match.DEFAULT_MIN_STRENGTH);
        if (!(min > 0 && min <= 1)) {
            throw new YamlProblem(match.required("min_strength"), "min_strength must be above 0 and at most 1");
        }
        List<Signal> signals = new ArrayList<>();
        for (YamlNode item : match.list("signals")) {
            YamlMap signal = new YamlMap(item, "signal", SIGNAL);
            double weight = number(signal, "weight").map(BigDecimal::doubleValue).orElse(1.0);
            if (!(weight > 0 && weight <= 1)) {
                throw new YamlProblem(signal.required("weight"), "weight must be above 0 and at most 1");
            }
            boolean specific = signal.optionalText("specific").map(text -> switch (text) {
                case "true" -> true;
                case "false" -> false;
                default -> throw new YamlProblem(signal.required("specific"), "'specific' must be true or false");
            }).orElse(weight >= Signal.SPECIFIC_WEIGHT);
            signals.add(new Signal(weight, compiler.compile(signal.required("when")), specific));
        }
        if (signals.isEmpty()) {
            throw new YamlProblem(node, "match needs at least one signal");
        }
        return new Match(false, min, signals);
    }

    private Rule rule(YamlMap rule, String id, SourceText source, Match match) {
        Condition when = when(rule.required("when"), match);
        String effectText = rule.text("effect");
        Effect effect = Effect.parse(effectText).orElseThrow(() -> new YamlProblem(rule.required("effect"),
                "effect must be hype or substance; got '" + effectText + "'"));
        BigDecimal points = number(rule, "points").orElseThrow(() -> new YamlProblem(rule.node(), "missing 'points'"));
        if (points.stripTrailingZeros().scale() > 0 || points.compareTo(BigDecimal.ONE) < 0
                || points.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new YamlProblem(rule.required("points"), "points must be a whole number from 1 to 100");
        }
        Kind kind = rule.optionalText("kind").map(text -> Kind.parse(text).orElseThrow(() -> new YamlProblem(
                rule.required("kind"), "kind must be one of " + java.util.Arrays.stream(Kind.values()).map(Kind::id)
                        .collect(java.util.stream.Collectors.joining(", ")) + "; got '" + text + "'"))).orElse(Kind.OTHER);
        return new Rule(id, rule.text("title"), when, effect, points.intValueExact(), rule.text("why"),
                rule.node().start().line() + 1, source.text(rule.required("when").start(),
                        rule.required("when").end()), kind);
    }

    /** A condition, or {@code match}: the rubric's own signals, for a rule that fires on membership itself. */
    private Condition when(YamlNode node, Match match) {
        if (node instanceof YamlNode.Scalar scalar && scalar.value().equals("match")) {
            if (match.always()) {
                throw new YamlProblem(node, "'when: match' needs a rubric whose match has signals");
            }
            return match.asCondition();
        }
        return compiler.compile(node);
    }

    private static Optional<BigDecimal> number(YamlMap map, String key) {
        return map.optionalText(key).map(text -> {
            try {
                return new BigDecimal(text);
            } catch (NumberFormatException e) {
                throw new YamlProblem(map.required(key), "'" + key + "' must be a number, got " + text);
            }
        });
    }

    private static SelfTest selfTest(String file, SourceText source, YamlMap test, List<Rule> rules) {
        String name = test.text("name");
        YamlNode projectNode = test.required("project");
        LoadResult loaded = ProjectLoader.loadFragment(file, projectNode, source, name);
        if (loaded.project().isEmpty()) {
            io.hypecheck.diagnostic.Diagnostic first = loaded.errors().get(0);
            throw new YamlProblem(first.line(), first.column(), "test '" + name + "': " + first.message());
        }
        Optional<Boolean> matches = test.optionalText("matches").map(text -> switch (text) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new YamlProblem(test.required("matches"), "'matches' must be true or false");
        });
        List<String> fires = test.texts("fires");
        List<String> doesNotFire = test.texts("does_not_fire");
        for (String ruleId : concat(fires, doesNotFire)) {
            if (rules.stream().noneMatch(r -> r.id().equals(ruleId))) {
                throw new YamlProblem(test.node(), "test '" + name + "' names unknown rule '" + ruleId + "'"
                        + io.hypecheck.diagnostic.DidYouMean.hint(ruleId, rules.stream().map(Rule::id).toList()));
            }
        }
        return new SelfTest(name, test.node().start().line() + 1, loaded.project().get(), matches, fires, doesNotFire);
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
