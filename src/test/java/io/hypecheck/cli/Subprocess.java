package io.hypecheck.cli;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs hypecheck's {@code main} in a JVM of its own, for what an in-process run cannot show:
 * {@code System.exit}, the process's real standard streams, the JVM's locale and file-name
 * encoding.
 *
 * @param code the exit code
 * @param out  standard output, decoded as UTF-8
 * @param err  standard error, decoded as UTF-8
 */
record Subprocess(int code, String out, String err) {

    /** Runs {@code hypecheck args} with extra JVM options and environment variables, in {@code dir}. */
    static Subprocess run(Path dir, Map<String, String> env, List<String> jvmOptions, String... args)
            throws IOException, InterruptedException {
        return run(List.of(), System.getProperty("java.class.path"), dir, env, jvmOptions, args);
    }

    /** Runs {@code hypecheck args} in {@code dir} as another user: {@code launcher} (such as setpriv) starts Java on {@code classPath}. */
    static Subprocess runAs(List<String> launcher, String classPath, Path dir, String... args)
            throws IOException, InterruptedException {
        return run(launcher, classPath, dir, Map.of(), List.of(), args);
    }

    private static Subprocess run(List<String> launcher, String classPath, Path dir, Map<String, String> env,
                                  List<String> jvmOptions, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(launcher);
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xshare:auto");
        command.add("-XX:TieredStopAtLevel=1");
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(classPath);
        command.add(Main.class.getName());
        command.addAll(List.of(args));
        Path out = Files.createTempFile(dir, "out", ".txt");
        Path err = Files.createTempFile(dir, "err", ".txt");
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).redirectInput(new File("/dev/null"));
        builder.environment().putAll(env);
        Process process = builder.start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("hypecheck did not finish within 60 s: " + String.join(" ", args));
        }
        return new Subprocess(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }
}
