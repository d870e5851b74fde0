import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The floor the benchmark compares hypecheck with: find every *.yaml under a folder, read it and
 * parse it with SnakeYAML's safe loader, in parallel on every core, and print how many values it
 * saw. Usage: java -cp snakeyaml.jar BareParse.java DIR
 */
public final class BareParse {

    private static final ThreadLocal<Yaml> YAML = ThreadLocal.withInitial(() -> new Yaml(new SafeConstructor(new LoaderOptions())));

    public static void main(String[] args) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(Path.of(args[0]))) {
            files = walk.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        AtomicLong values = new AtomicLong();
        files.parallelStream().forEach(p -> {
            try {
                Object doc = YAML.get().load(Files.readString(p, StandardCharsets.UTF_8));
                values.addAndGet(doc instanceof java.util.Map<?, ?> m ? m.size() : 1);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        System.out.println(files.size() + " files, " + values.get() + " top-level values");
    }
}
