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

    /** A jar in {@code dir} that provides the given example classes (simple names) as rule types. */
    public static Path build(Path dir, String jarName, String... typeClasses) throws IOException {
        Path classes = Files.createDirectories(dir.resolve(jarName + "-classes"));
        List<String> sources;
        try (Stream<Path> files = Files.walk(SOURCES)) {
            sources = files.filter(p -> p.toString().endsWith(".java")).map(Path::toString).sorted().toList();
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        List<String> args = new java.util.ArrayList<>(List.of("--release", "17", "-d", classes.toString(),
                "-classpath", System.getProperty("java.class.path")));
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
