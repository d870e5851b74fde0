import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Writes N project files shaped like the samples, each with text of its own: every free-text
 * line (name, summary, description, claims) gets words no other file has, so no cache keyed on
 * text can flatter a benchmark. Usage: java Generate.java SAMPLES_DIR OUT_DIR N [SEED]
 */
public final class Generate {

    private static final String[] SYLLABLES = {"ka", "ro", "mi", "tel", "van", "qu", "zo", "ler", "sin", "pa",
        "dor", "e", "nu", "vix", "tra", "mon", "gi", "sa", "lu", "ber", "chi", "fo", "wen", "ty"};

    public static void main(String[] args) throws IOException {
        Path samples = Path.of(args[0]);
        Path out = Path.of(args[1]);
        int n = Integer.parseInt(args[2]);
        Random random = new Random(args.length > 3 ? Long.parseLong(args[3]) : 42);
        List<List<String>> templates = new ArrayList<>();
        try (Stream<Path> files = Files.list(samples)) {
            for (Path p : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                templates.add(Files.readAllLines(p, StandardCharsets.UTF_8));
            }
        }
        Files.createDirectories(out);
        for (int i = 0; i < n; i++) {
            List<String> lines = templates.get(i % templates.size());
            StringBuilder text = new StringBuilder();
            boolean folded = false;
            for (String line : lines) {
                if (line.startsWith("id:")) {
                    text.append("id: p").append(i).append('\n');
                    continue;
                }
                if (line.startsWith("name:")) {
                    text.append("name: ").append(word(random)).append(' ').append(word(random)).append(' ').append(i).append('\n');
                    continue;
                }
                boolean quoted = (line.startsWith("summary: \"") || line.startsWith("  - \"")) && line.endsWith("\"");
                if (quoted) {
                    text.append(line, 0, line.length() - 1).append(' ').append(phrase(random)).append("\"\n");
                    continue;
                }
                if (line.startsWith("description: >") || line.startsWith("description: |")) {
                    folded = true;
                    text.append(line).append('\n');
                    continue;
                }
                if (folded && line.startsWith("  ") && !line.isBlank()) {
                    text.append(line).append(' ').append(phrase(random)).append('\n');
                    continue;
                }
                folded = folded && line.startsWith("  ");
                text.append(line).append('\n');
            }
            Files.writeString(out.resolve("p" + i + ".yaml"), text, StandardCharsets.UTF_8);
        }
    }

    private static String phrase(Random random) {
        StringBuilder b = new StringBuilder();
        int words = 2 + random.nextInt(3);
        for (int w = 0; w < words; w++) {
            b.append(w == 0 ? "" : " ").append(word(random));
        }
        return b.toString();
    }

    private static String word(Random random) {
        StringBuilder b = new StringBuilder();
        int parts = 2 + random.nextInt(3);
        for (int s = 0; s < parts; s++) {
            b.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
        }
        return b.toString();
    }
}
