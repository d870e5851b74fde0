package io.hypecheck.rules;

import io.hypecheck.api.Condition;
import io.hypecheck.api.InvalidRuleException;
import io.hypecheck.api.Params;
import io.hypecheck.api.RuleType;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * {@link Params} over a map, as the engine would read them from a rubric. Nested conditions are
 * maps of one entry, {@code {typeName: params}}, where a non-map value stands for the type's
 * shorthand parameter; they compile through the built-in types. Field paths are not checked.
 */
final class FakeParams implements Params {

    private static final Map<String, RuleType> TYPES = Stream.of(new PhraseType(), new RegexType(), new TagType(),
            new RangeType(), new PresentType(), new AbsentType(), new EqualsType(), new RatioType(), new CountType(),
            new AllType(), new AnyType(), new NotType(), new SomeType(), new TogetherType())
            .collect(Collectors.toMap(RuleType::name, Function.identity()));

    private final Map<String, ?> values;

    FakeParams(Map<String, ?> values) {
        this.values = Map.copyOf(values);
    }

    /** Compiles one condition, such as {@code compile("tag", "zk-ai")} or {@code compile("range", Map.of(...))}. */
    static Condition compile(String type, Object params) {
        RuleType ruleType = TYPES.get(type);
        if (ruleType == null) {
            throw new IllegalArgumentException("no built-in type " + type);
        }
        return ruleType.compile(params instanceof Map<?, ?> map && !isCondition(map, ruleType)
                ? new FakeParams(cast(map)) : new FakeParams(Map.of(ruleType.shorthand().orElseThrow(), params)));
    }

    private static Condition compile(Object spec) {
        if (!(spec instanceof Map<?, ?> map) || map.size() != 1) {
            throw new InvalidRuleException("a condition is a map of one entry");
        }
        Map.Entry<?, ?> entry = map.entrySet().iterator().next();
        return compile(entry.getKey().toString(), entry.getValue());
    }

    /** Whether a map given to a type is a nested condition for its shorthand, as in {@code not: {tag: zk-ai}}. */
    private static boolean isCondition(Map<?, ?> map, RuleType type) {
        if (map.size() != 1) {
            return false;
        }
        String key = map.keySet().iterator().next().toString();
        return TYPES.containsKey(key) && !type.parameters().contains(key);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, ?> cast(Map<?, ?> map) {
        return (Map<String, ?>) map;
    }

    @Override
    public boolean has(String name) {
        return values.containsKey(name);
    }

    @Override
    public String string(String name) {
        return optionalString(name).orElseThrow(() -> new InvalidRuleException("missing parameter '" + name + "'"));
    }

    @Override
    public Optional<String> optionalString(String name) {
        return Optional.ofNullable(values.get(name)).map(Object::toString);
    }

    @Override
    public List<String> strings(String name) {
        return optionalStrings(name).orElseThrow(() -> new InvalidRuleException("missing parameter '" + name + "'"));
    }

    @Override
    public Optional<List<String>> optionalStrings(String name) {
        return Optional.ofNullable(values.get(name))
                .map(v -> v instanceof List<?> list ? list.stream().map(Object::toString).toList() : List.of(v.toString()));
    }

    @Override
    public Optional<BigDecimal> number(String name) {
        return Optional.ofNullable(values.get(name)).map(v -> new BigDecimal(v.toString()));
    }

    @Override
    public Optional<Boolean> bool(String name) {
        return Optional.ofNullable(values.get(name)).map(v -> Boolean.parseBoolean(v.toString()));
    }

    @Override
    public String field(String name) {
        return string(name);
    }

    @Override
    public Optional<List<String>> fields(String name) {
        return optionalStrings(name);
    }

    @Override
    public Condition condition(String name) {
        return compile(values.get(name));
    }

    @Override
    public Condition conditionWithin(String name, String listPath) {
        return compile(values.get(name));
    }

    @Override
    public List<Condition> conditions(String name) {
        if (!(values.get(name) instanceof List<?> list)) {
            throw new InvalidRuleException("missing list of conditions '" + name + "'");
        }
        return list.stream().map(FakeParams::compile).toList();
    }
}
