package io.hypecheck.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * Builds real plugin jars in tests: compiles the example sources under
 * {@code src/test/resources/plugin-example} against hypecheck's classes and packs the chosen
 * rule types with their services file, the way a plugin author would.
 */
public final class PluginJars {

    private static final Path SOURCES = Path.of("src", "test", "resources", "plugin-example");

    private PluginJars() {
    }

    /**
     * A class folder holding hypecheck's {@code api} package and nothing else: plugins compile
     * against the plugin interface alone, as a plugin author's would against the published api.
     */
    static Path apiOnly(Path dir) throws IOException {
        Path api = Path.of("target", "classes", "io", "hypecheck", "api");
        Path copy = Files.createDirectories(dir.resolve("api-only").resolve("io/hypecheck/api"));
        try (Stream<Path> files = Files.list(api)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".class")).toList()) {
                Files.copy(file, copy.resolve(file.getFileName().toString()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return dir.resolve("api-only");
    }

    /** A jar in {@code dir} that provides the given example classes (simple names) as rule types. */
    public static Path build(Path dir, String jarName, String... typeClasses) throws IOException {
        Path classes = Files.createDirectories(dir.resolve(jarName + "-classes"));
        List<String> sources;
        try (Stream<Path> files = Files.walk(SOURCES)) {
            sources = files.filter(p -> p.toString().endsWith(".java")).map(Path::toString).sorted().toList();
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        List<String> args = new java.util.ArrayList<>(List.of("--release", "17", "-d", classes.toString(),
                "-classpath", apiOnly(dir).toString()));
        args.addAll(sources);
        assertThat(javac.run(null, null, null, args.toArray(String[]::new))).as("example plugin compiles").isZero();
        Path jar = dir.resolve(jarName);
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream zip = new JarOutputStream(out)) {
            StringBuilder services = new StringBuilder();
            for (String type : typeClasses) {
                String entry = "example/" + type + ".class";
                zip.putNextEntry(new JarEntry(entry));
                zip.write(Files.readAllBytes(classes.resolve(entry)));
                zip.closeEntry();
                services.append("example.").append(type).append('\n');
            }
            if (typeClasses.length > 0) {
                zip.putNextEntry(new JarEntry("META-INF/services/io.hypecheck.api.RuleType"));
                zip.write(services.toString().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return jar;
    }
}
