package io.hypecheck.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The command that started this JVM, and running hypecheck again with it: for a re-run in a UTF-8
 * locale ({@link Utf8Relaunch}) and for a run with plugins in a JVM of its own ({@link PluginProcess}).
 * Arguments that are not ASCII travel as their bytes, base64 in {@code HYPECHECK_ARG_<i>} (with
 * {@code HYPECHECK_RELAUNCHED} set), because {@link ProcessBuilder} encodes them in this locale's charset.
 */
final class JvmCommand {

    /** The JVM option that would make a second JVM write the launcher's class archive too. */
    private static final String ARCHIVE_AT_EXIT = "-XX:ArchiveClassesAtExit";

    private static final Path CMDLINE = Path.of("/proc/self/cmdline");

    private JvmCommand() {
    }

    /** What a child JVM's stdout is for: read to its end by a thread of its own. */
    @FunctionalInterface
    interface Drain {
        void drain(InputStream childOut) throws IOException;
    }

    /**
     * hypecheck again with {@code args} as {@code main} received them: this JVM's launcher part
     * from its command line when it can be read back and started hypecheck (else this Java, class
     * path and main class), without the option that writes a class archive at exit; the arguments'
     * bytes as {@code main} was given them, and the environment as it is.
     */
    static ProcessBuilder again(String[] args) {
        Charset jnu = Charset.forName(System.getProperty("sun.jnu.encoding"));
        List<String> command = new ArrayList<>(launcher(args, jnu));
        command.removeIf(option -> option.startsWith(ARCHIVE_AT_EXIT));
        ProcessBuilder builder = new ProcessBuilder(command);
        List<byte[]> bytes = Utf8Relaunch.argumentBytes(args, System.getenv());
        List<byte[]> arguments = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            arguments.add(bytes.size() == args.length ? bytes.get(i) : args[i].getBytes(jnu));
        }
        builder.environment().keySet().removeIf(name -> name.startsWith(Utf8Relaunch.ARG));
        pass(arguments, command, builder.environment());
        return builder.command(command);
    }

    /** Adds the arguments to {@code command}: ASCII as they are, others as {@code ""} and their bytes in {@code env}. */
    static void pass(List<byte[]> arguments, List<String> command, Map<String, String> env) {
        env.put(Utf8Relaunch.GUARD, "1");
        for (int i = 0; i < arguments.size(); i++) {
            byte[] bytes = arguments.get(i);
            if (ascii(bytes)) {
                command.add(new String(bytes, StandardCharsets.US_ASCII));
            } else {
                command.add("");
                env.put(Utf8Relaunch.ARG + i, Base64.getEncoder().encodeToString(bytes));
            }
        }
    }

    private static List<String> launcher(String[] args, Charset jnu) {
        Optional<List<byte[]>> line = commandLine();
        if (line.isPresent() && line.get().size() > args.length) {
            List<byte[]> all = line.get();
            List<byte[]> prefix = all.subList(0, all.size() - args.length);
            List<String> decoded = new ArrayList<>();
            for (byte[] bytes : prefix) {
                String option = new String(bytes, jnu);
                decoded.add(Arrays.equals(option.getBytes(jnu), bytes) ? option : null);
            }
            if (!decoded.contains(null) && startsHypecheck(prefix)
                    && sameAs(all.subList(all.size() - args.length, all.size()), args, jnu)) {
                return decoded;
            }
        }
        return List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName());
    }

    /**
     * Starts the child and waits for it, whatever interrupts this thread. A signal that stops this
     * JVM stops the child too, and waits for it to clean up, then runs {@code onSignal}.
     *
     * @return the child's exit code, or empty when it could not be started
     */
    static Optional<Integer> await(ProcessBuilder builder, Drain drain, Runnable onSignal) {
        Process child;
        try {
            child = builder.start();
        } catch (IOException | UnsupportedOperationException e) {
            return Optional.empty();
        }
        Thread drainer = null;
        if (drain != null) {
            drainer = new Thread(() -> {
                try (InputStream out = child.getInputStream()) {
                    drain.drain(out);
                } catch (IOException e) {
                    // the child's stdout is only what a plugin wrote there
                }
            }, "hypecheck-child-stdout");
            drainer.setDaemon(true);
            drainer.start();
        }
        Thread stop = new Thread(() -> {
            child.destroy();
            try {
                child.waitFor(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            onSignal.run();
        }, "hypecheck-child-stop");
        Runtime.getRuntime().addShutdownHook(stop);
        int code = waitFor(child);
        try {
            Runtime.getRuntime().removeShutdownHook(stop);
        } catch (IllegalStateException e) {
            // shutting down: the hook runs
        }
        join(drainer);
        return Optional.of(code);
    }

    private static int waitFor(Process child) {
        while (true) {
            try {
                return child.waitFor();
            } catch (InterruptedException e) {
                // keep waiting: the child decides when hypecheck ends
            }
        }
    }

    private static void join(Thread drainer) {
        while (drainer != null) {
            try {
                drainer.join();
                return;
            } catch (InterruptedException e) {
                // keep waiting: what the child printed comes before what this process prints
            }
        }
    }

    /** This process's command line as the kernel holds it, one byte array per argument. */
    static Optional<List<byte[]>> commandLine() {
        byte[] raw;
        try {
            raw = Files.readAllBytes(CMDLINE);
        } catch (IOException | SecurityException | UnsupportedOperationException e) {
            return Optional.empty();
        }
        List<byte[]> items = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < raw.length; i++) {
            if (raw[i] == 0) {
                items.add(Arrays.copyOfRange(raw, start, i));
                start = i + 1;
            }
        }
        return items.isEmpty() ? Optional.empty() : Optional.of(items);
    }

    /**
     * Whether the command line ends by starting hypecheck ({@code -jar JAR} or {@code Main}), so
     * that running it again runs hypecheck, not a host that called {@code main} (a build tool).
     */
    static boolean startsHypecheck(List<byte[]> prefix) {
        String last = new String(prefix.get(prefix.size() - 1), StandardCharsets.US_ASCII);
        return last.equals(Main.class.getName()) || last.equals(System.getProperty("java.class.path"));
    }

    /** Whether the command line's last arguments are the ones {@code main} was given (no argument file). */
    static boolean sameAs(List<byte[]> arguments, String[] args, Charset jnu) {
        for (int i = 0; i < args.length; i++) {
            if (!new String(arguments.get(i), jnu).equals(args[i])) {
                return false;
            }
        }
        return true;
    }

    static boolean ascii(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return false;
            }
        }
        return true;
    }
}
