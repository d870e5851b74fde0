package io.hypecheck.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CLI under {@code LANG=C LC_ALL=C} (the default of many containers), run as users run it,
 * {@code java -jar hypecheck.jar}, in a JVM of its own: non-ASCII file names given on the command
 * line or found in a folder are read and shown as they are, standard input and exit codes pass
 * through, and the output is that of a UTF-8 locale. File names and the command line are made by
 * {@code sh}, byte for byte, whatever the locale of the JVM running the tests.
 */
class LangCTest {

    /** "projeto-ção-日本.yaml" in UTF-8, as printf octal escapes. */
    private static final String NAME_BYTES = "projeto-\\303\\247\\303\\243o-\\346\\227\\245\\346\\234\\254.yaml";
    private static final String NAME = "projeto-ção-日本.yaml";

    @TempDir
    static Path jarDir;

    private static Path jar;

    @TempDir
    Path dir;

    /** A jar run with {@code java -jar}: the test classpath through its manifest, and Main as its main class. */
    @BeforeAll
    static void aRunnableJar() throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, Main.class.getName());
        StringBuilder classPath = new StringBuilder();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            classPath.append(Path.of(entry).toUri()).append(' ');
        }
        manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, classPath.toString().strip());
        jar = jarDir.resolve("hypecheck.jar");
        try (OutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest)) {
            out.flush();
        }
    }

    private static boolean hasCUtf8() {
        try {
            Process process = new ProcessBuilder("locale", "-a").redirectErrorStream(true).start();
            String locales = new String(process.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);
            process.waitFor(10, TimeUnit.SECONDS);
            return locales.lines().map(l -> l.strip().toLowerCase(Locale.ROOT).replace("-", "")).anyMatch("c.utf8"::equals);
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    private record Run(int code, String out, String err) {
    }

    /** {@code sh -c script} in {@code dir} under LANG=C LC_ALL=C, with {@code $HYPECHECK} the command that runs the jar. */
    private Run sh(String script, Map<String, String> env, String stdin) throws IOException, InterruptedException {
        List<String> command = List.of("sh", "-c", script);
        Path out = Files.createTempFile(jarDir, "out", ".txt");
        Path err = Files.createTempFile(jarDir, "err", ".txt");
        Path in = Files.writeString(Files.createTempFile(jarDir, "in", ".txt"), stdin);
        ProcessBuilder builder = new ProcessBuilder(new ArrayList<>(command)).directory(dir.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).redirectInput(in.toFile());
        Map<String, String> environment = builder.environment();
        environment.keySet().removeIf(k -> k.startsWith("LC_") || k.equals("LANG") || k.startsWith("HYPECHECK_"));
        environment.put("LANG", "C");
        environment.put("LC_ALL", "C");
        environment.put("HYPECHECK", Path.of(System.getProperty("java.home"), "bin", "java")
                + " -Xshare:auto -XX:TieredStopAtLevel=1 -jar " + jar);
        environment.putAll(env);
        Process process = builder.start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("finished: %s", script).isTrue();
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    private Run sh(String script) throws IOException, InterruptedException {
        return sh(script, Map.of(), "");
    }

    /** Writes samples/olas.yaml under the non-ASCII name, through the shell. */
    private void olasUnderANonAsciiName() throws IOException, InterruptedException {
        Path olas = Path.of("samples/olas.yaml").toAbsolutePath();
        Process copy = new ProcessBuilder("sh", "-c", "cp \"$0\" \"$(printf '" + NAME_BYTES + "')\"", olas.toString())
                .directory(dir.toFile()).start();
        assertThat(copy.waitFor()).isZero();
    }

    @Test
    void aNonAsciiFileNameGivenToJavaJarIsReadUnderLangC() throws Exception {
        // given
        assumeTrue(hasCUtf8(), "this system has no C.UTF-8 locale (locale -a); nothing can name non-ASCII files under LANG=C");
        olasUnderANonAsciiName();

        sh("mkdir \"$(printf 'pasta-\\303\\247')\" && printf 'name: Pasta\\n' > \"$(printf 'pasta-\\303\\247/n\\303\\243o.yaml')\"");

        // when: the file named, and a folder holding another
        Run run = sh("exec $HYPECHECK score \"./$(printf '" + NAME_BYTES + "')\" \"$(printf 'pasta-\\303\\247')\" -f json"
                + " --today 2026-11-24");

        // then
        assertThat(run.code()).as(run.err()).isZero();
        JsonNode projects = new ObjectMapper().readTree(run.out()).path("projects");
        assertThat(projects.get(0).path("name").asText()).isEqualTo("Olas");
        assertThat(projects.get(0).path("file").asText()).isEqualTo("./" + NAME);
        assertThat(projects.get(1).path("file").asText()).isEqualTo("pasta-ç/não.yaml");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void withoutTheRelaunchTheSameNameCannotBeOpened() throws Exception {
        // given: the re-run's own guard set, so this JVM runs hypecheck under the C locale itself
        assumeTrue(hasCUtf8(), "this system has no C.UTF-8 locale (locale -a)");
        olasUnderANonAsciiName();

        // when
        Run run = sh("exec $HYPECHECK score \"./$(printf '" + NAME_BYTES + "')\"",
                Map.of(Utf8Relaunch.GUARD, "1"), "");

        // then
        assertThat(run.code()).isEqualTo(3);
        assertThat(run.err()).contains("cannot be encoded in this locale's character set (ANSI_X3.4-1968)");
    }

    @Test
    void standardInputAndExitCodesPassThroughTheRelaunch() throws Exception {
        // given
        String project = Files.readString(Path.of("samples/sahara-ai.yaml"), StandardCharsets.UTF_8);

        // when
        Run failed = sh("exec $HYPECHECK score - -f csv --fail-on mixed --today 2026-11-24", Map.of(), project);

        // then
        assertThat(failed.code()).as(failed.err()).isEqualTo(1);
        assertThat(failed.out()).contains(",sahara-ai,Sahara AI,'-,mixed,");
        assertThat(failed.err()).isEqualTo("fail: -: verdict mixed (--fail-on mixed)\n");
    }

    @Test
    void anArgumentThatIsNotUtf8IsReadUnderLangCBesideTheOthers() throws Exception {
        // given: a name with the Latin-1 byte 0xE9, and the non-ASCII UTF-8 name beside it
        assumeTrue(hasCUtf8(), "this system has no C.UTF-8 locale (locale -a)");
        olasUnderANonAsciiName();
        sh("printf 'name: Latin\\n' > \"$(printf 'caf\\351.yaml')\"");

        // when: named directly, under LANG=C (a re-run in UTF-8 passes its bytes on)
        Run run = sh("exec $HYPECHECK score \"$(printf 'caf\\351.yaml')\" \"./$(printf '" + NAME_BYTES
                + "')\" -f csv --today 2026-11-24");

        // then
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains(",olas,Olas,./" + NAME + ",").contains(",Latin,caf\uFFFD.yaml,");
    }

    @Test
    void anArgumentThatIsNotUtf8IsReadUnderAUtf8LocaleAndAMissingOneIsNoSuchFile() throws Exception {
        // given: two names that Java decodes alike (caf\uFFFD.yaml), one in a folder that is not UTF-8 either
        assumeTrue(hasCUtf8(), "this system has no C.UTF-8 locale (locale -a)");
        sh("printf 'name: Acute\\n' > \"$(printf 'caf\\351.yaml')\" && mkdir \"$(printf 'd\\377')\""
                + " && printf 'name: Grave\\n' > \"$(printf 'd\\377/caf\\350.yaml')\"");
        Map<String, String> utf8 = Map.of("LANG", "C.UTF-8", "LC_ALL", "C.UTF-8");

        // when
        Run run = sh("exec $HYPECHECK score \"$(printf 'd\\377/caf\\350.yaml')\" \"$PWD/$(printf 'caf\\351.yaml')\""
                + " -f csv --today 2026-11-24", utf8, "");
        Run missing = sh("exec $HYPECHECK score \"$(printf 'caf\\347.yaml')\" --today 2026-11-24", utf8, "");

        // then
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains(",Grave,d\uFFFD/caf\uFFFD.yaml,").contains(",Acute,/");
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).isEqualTo("error: no such file or folder: caf\uFFFD.yaml\n");
    }

    @Test
    void scoringPrintsUnderLangCWhatItPrintsUnderCUtf8() throws Exception {
        // given
        Path samples = Path.of("samples").toAbsolutePath();
        String score = "exec $HYPECHECK score " + samples + " -f json --today 2026-11-24";

        // when
        Run utf8 = sh(score, Map.of("LANG", "C.UTF-8", "LC_ALL", "C.UTF-8"), "");
        Run c = sh(score);

        // then
        assertThat(utf8.code()).as(utf8.err()).isZero();
        assertThat(c.code()).as(c.err()).isZero();
        assertThat(c.out()).isEqualTo(utf8.out()).contains("\"name\": \"Sahara AI\"");
    }
}
