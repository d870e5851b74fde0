package io.hypecheck.yaml;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A node tree in a compact binary form, so a YAML file read at build time (the built-in rubrics)
 * need not be parsed again at every start: each node is its kind, tag, start and end marks, then
 * its text, items or entries. An aliased node is written wherever it is used.
 */
public final class NodeCodec {

    private static final int SCALAR = 0;
    private static final int SEQUENCE = 1;
    private static final int MAPPING = 2;
    /** The core schema's tags, written as their index here; any other tag is written out. */
    private static final List<String> TAGS = List.of(YamlNode.STR, YamlNode.INT, YamlNode.FLOAT, YamlNode.BOOL,
            YamlNode.NULL, YamlNode.TIMESTAMP, YamlNode.MAP, YamlNode.SEQ, YamlNode.MERGE);
    private static final int OTHER_TAG = 127;

    private NodeCodec() {
    }

    /** Writes a tree. */
    public static void write(YamlNode node, DataOutput out) throws IOException {
        if (node instanceof YamlNode.Scalar s) {
            head(out, SCALAR, s);
            string(out, s.value());
        } else if (node instanceof YamlNode.Sequence s) {
            head(out, SEQUENCE, s);
            out.writeInt(s.items().size());
            for (YamlNode item : s.items()) {
                write(item, out);
            }
        } else if (node instanceof YamlNode.Mapping m) {
            head(out, MAPPING, m);
            out.writeInt(m.entries().size());
            for (YamlNode.Entry entry : m.entries()) {
                write(entry.key(), out);
                write(entry.value(), out);
            }
        }
    }

    /** Reads a tree that {@link #write} wrote. */
    public static YamlNode read(DataInput in) throws IOException {
        int kind = in.readByte();
        int tagIndex = in.readByte();
        String tag = tagIndex == OTHER_TAG ? string(in) : TAGS.get(tagIndex);
        YamlMark start = mark(in);
        YamlMark end = mark(in);
        switch (kind) {
            case SCALAR -> {
                return new YamlNode.Scalar(string(in), tag, start, end);
            }
            case SEQUENCE -> {
                int n = in.readInt();
                List<YamlNode> items = new ArrayList<>(n);
                for (int i = 0; i < n; i++) {
                    items.add(read(in));
                }
                return new YamlNode.Sequence(items, tag, start, end);
            }
            case MAPPING -> {
                int n = in.readInt();
                List<YamlNode.Entry> entries = new ArrayList<>(n);
                for (int i = 0; i < n; i++) {
                    entries.add(new YamlNode.Entry(read(in), read(in)));
                }
                return new YamlNode.Mapping(entries, tag, start, end);
            }
            default -> throw new IOException("not a node tree (kind " + kind + ")");
        }
    }

    private static void head(DataOutput out, int kind, YamlNode node) throws IOException {
        out.writeByte(kind);
        int tagIndex = TAGS.indexOf(node.tag());
        out.writeByte(tagIndex < 0 ? OTHER_TAG : tagIndex);
        if (tagIndex < 0) {
            string(out, node.tag());
        }
        mark(out, node.start());
        mark(out, node.end());
    }

    private static void mark(DataOutput out, YamlMark mark) throws IOException {
        out.writeInt(mark.index());
        out.writeInt(mark.line());
        out.writeInt(mark.column());
    }

    private static YamlMark mark(DataInput in) throws IOException {
        return new YamlMark(in.readInt(), in.readInt(), in.readInt());
    }

    private static void string(DataOutput out, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static String string(DataInput in) throws IOException {
        byte[] bytes = new byte[in.readInt()];
        in.readFully(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
