package io.hypecheck.yaml;

import java.util.List;
import java.util.Objects;

/**
 * A node of a composed YAML document: hypecheck's own tree type, so that nothing outside this
 * package sees the YAML library. Aliases are resolved: an aliased node appears wherever it is
 * used (the tree is shared, never copied, and never cyclic).
 */
public sealed interface YamlNode permits YamlNode.Scalar, YamlNode.Sequence, YamlNode.Mapping {

    /** The tags of YAML's core schema, as the resolver gives them to untagged nodes. */
    String STR = "tag:yaml.org,2002:str";
    String INT = "tag:yaml.org,2002:int";
    String FLOAT = "tag:yaml.org,2002:float";
    String BOOL = "tag:yaml.org,2002:bool";
    String NULL = "tag:yaml.org,2002:null";
    String TIMESTAMP = "tag:yaml.org,2002:timestamp";
    String MAP = "tag:yaml.org,2002:map";
    String SEQ = "tag:yaml.org,2002:seq";
    String MERGE = "tag:yaml.org,2002:merge";

    /** The node's tag, explicit or resolved. */
    String tag();

    /** Where the node starts. */
    YamlMark start();

    /** Where the node ends (exclusive). */
    YamlMark end();

    /** Whether this is a null scalar ({@code ~}, {@code null} or nothing). */
    default boolean isNull() {
        return this instanceof Scalar && NULL.equals(tag());
    }

    /** What the node is, for messages: a mapping, a list, or a value. */
    default String kindName() {
        if (this instanceof Mapping) {
            return "a mapping";
        }
        return this instanceof Sequence ? "a list" : "a value";
    }

    /** A scalar: its text as written (after unescaping and folding). */
    record Scalar(String value, String tag, YamlMark start, YamlMark end) implements YamlNode {
        public Scalar {
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(tag, "tag");
        }
    }

    /** A list, in file order. */
    record Sequence(List<YamlNode> items, String tag, YamlMark start, YamlMark end) implements YamlNode {
        public Sequence {
            items = List.copyOf(items);
            Objects.requireNonNull(tag, "tag");
        }
    }

    /** A mapping, its entries in file order (duplicates kept: readers report them). */
    record Mapping(List<Entry> entries, String tag, YamlMark start, YamlMark end) implements YamlNode {
        public Mapping {
            entries = List.copyOf(entries);
            Objects.requireNonNull(tag, "tag");
        }
    }

    /** One key and its value. */
    record Entry(YamlNode key, YamlNode value) {
        public Entry {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(value, "value");
        }
    }
}
