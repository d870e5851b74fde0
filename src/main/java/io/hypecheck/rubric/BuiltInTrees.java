package io.hypecheck.rubric;

import io.hypecheck.yaml.NodeCodec;
import io.hypecheck.yaml.SafeYaml;
import io.hypecheck.yaml.SourceText;
import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.zip.CRC32;

/**
 * The built-in rubrics' YAML, parsed at build time ({@link #main}, run by the build after
 * compiling) into node trees stored beside them in the jar ({@code ID.tree}), so a start reads a
 * tree instead of parsing YAML. A tree names the CRC-32 of the YAML it was made from: one that is
 * missing, unreadable or made from other bytes is ignored, and the YAML is parsed as before.
 */
public final class BuiltInTrees {

    private static final int MAGIC = 0x68637472; // "hctr"

    private BuiltInTrees() {
    }

    /** Writes {@code ID.tree} beside each built-in {@code ID.yaml} under a classes folder (the only argument). */
    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0], "io", "hypecheck", "rubrics");
        for (String id : RubricSet.BUILT_IN) {
            byte[] yaml = Files.readAllBytes(dir.resolve(id + ".yaml"));
            SafeYaml.Parsed parsed = SafeYaml.read(id + ".yaml", yaml);
            if (parsed.error() != null || parsed.node() == null) {
                continue; // the loader reports it, from the YAML, at run time
            }
            try (OutputStream file = Files.newOutputStream(dir.resolve(id + ".tree"));
                 DataOutputStream out = new DataOutputStream(new java.io.BufferedOutputStream(file))) {
                out.writeInt(MAGIC);
                out.writeLong(crc(yaml));
                NodeCodec.write(parsed.node(), out);
            }
        }
    }

    /** The parsed form of a built-in rubric's YAML, if its tree is in the jar and was made from these bytes. */
    static Optional<SafeYaml.Parsed> of(String id, byte[] yaml) {
        try (InputStream resource = BuiltInTrees.class.getResourceAsStream("/io/hypecheck/rubrics/" + id + ".tree")) {
            if (resource == null) {
                return Optional.empty();
            }
            DataInputStream in = new DataInputStream(new BufferedInputStream(resource));
            if (in.readInt() != MAGIC || in.readLong() != crc(yaml)) {
                return Optional.empty();
            }
            String text = new String(yaml, StandardCharsets.UTF_8);
            text = text.startsWith("\uFEFF") ? text.substring(1) : text;
            return Optional.of(new SafeYaml.Parsed(NodeCodec.read(in), new SourceText(text), null));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static long crc(byte[] bytes) {
        CRC32 crc = new CRC32();
        crc.update(bytes);
        return crc.getValue();
    }

}
