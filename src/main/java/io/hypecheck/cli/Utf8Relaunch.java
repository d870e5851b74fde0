package io.hypecheck.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;

/**
 * Runs hypecheck again in a UTF-8 locale when this JVM names files in the C locale's ASCII, so that
 * {@code LANG=C java -jar hypecheck.jar score ./ção.yaml} works as the launcher script does.
 *
 * <p>Java 17 encodes and decodes file names (and the command line) with the locale's charset,
 * {@code sun.jnu.encoding}, fixed when the JVM starts; under {@code LANG=C} no non-ASCII name can be
 * opened. The same JVM is started again, with the same command line read byte for byte from
 * {@code /proc/self/cmdline} (so {@code JDK_JAVA_OPTIONS} and argument files apply once, as they
 * did, and options keep their order), {@code LC_ALL} set to a UTF-8 locale, and the standard
 * streams inherited; its exit code is this process's. The arguments this JVM has already decoded
 * lossily travel as their original bytes, base64 in {@code HYPECHECK_ARG_<i>}, because
 * {@link ProcessBuilder} would encode them in ASCII again.
 *
 * <p>Nothing happens on Windows, when file names are already UTF-8, in the re-run itself
 * ({@code HYPECHECK_RELAUNCHED}), without {@code /proc} or a UTF-8 locale, when the command that
 * started Java holds bytes that cannot be passed on or did not start hypecheck itself (a build tool
 * calling {@code main}), or when an argument is not valid UTF-8 but this locale keeps it intact (the
 * re-run could not name that file; this JVM can).
 */
final class Utf8Relaunch {

    /** Set in the re-run's environment: it never starts a third JVM. */
    static final String GUARD = "HYPECHECK_RELAUNCHED";

    /** {@code HYPECHECK_ARG_<i>}: the bytes of argument i, base64, when they are not ASCII. */
    static final String ARG = "HYPECHECK_ARG_";

    private Utf8Relaunch() {
    }

    /** The exit code of hypecheck run again in a UTF-8 locale, or empty when this JVM should run it. */
    static OptionalInt run(String[] args) {
        if (!needed(System.getenv())) {
            return OptionalInt.empty();
        }
        Charset jnu = Charset.forName(System.getProperty("sun.jnu.encoding"));
        Optional<List<byte[]>> commandLine = JvmCommand.commandLine();
        if (commandLine.isEmpty() || commandLine.get().size() <= args.length) {
            return OptionalInt.empty();
        }
        List<byte[]> all = commandLine.get();
        List<byte[]> prefix = all.subList(0, all.size() - args.length);
        List<byte[]> arguments = all.subList(all.size() - args.length, all.size());
        if (!prefix.stream().allMatch(JvmCommand::ascii) || !JvmCommand.startsHypecheck(prefix) || !JvmCommand.sameAs(arguments, args, jnu)
                || arguments.stream().anyMatch(bytes -> !utf8(bytes) && keptBy(bytes, jnu))) {
            return OptionalInt.empty();
        }
        Optional<String> locale = utf8Locale();
        if (locale.isEmpty()) {
            return OptionalInt.empty();
        }
        List<String> command = new ArrayList<>();
        prefix.forEach(bytes -> command.add(new String(bytes, StandardCharsets.US_ASCII)));
        ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
        builder.environment().put("LC_ALL", locale.get());
        JvmCommand.pass(arguments, command, builder.environment());
        Optional<Integer> code = JvmCommand.await(builder, null, () -> { });
        return code.isPresent() ? OptionalInt.of(code.get()) : OptionalInt.empty();
    }

    /**
     * In the re-run, the arguments as the first JVM was given them: each one it passed as
     * {@code HYPECHECK_ARG_<i>} decoded from its bytes in this JVM's (UTF-8) charset.
     */
    static String[] arguments(String[] args, Map<String, String> env) {
        if (env.get(GUARD) == null) {
            return args;
        }
        Charset jnu = Charset.forName(System.getProperty("sun.jnu.encoding"));
        String[] restored = args.clone();
        for (int i = 0; i < restored.length; i++) {
            String encoded = env.get(ARG + i);
            if (encoded != null && restored[i].isEmpty()) {
                try {
                    restored[i] = new String(Base64.getDecoder().decode(encoded), jnu);
                } catch (IllegalArgumentException e) {
                    // not ours: the argument stays as given
                }
            }
        }
        return restored;
    }

    /**
     * The bytes each argument had on the command line, for the arguments this JVM's charset decoded
     * lossily to be opened by those bytes ({@link io.hypecheck.project.ArgumentPaths}): in a re-run,
     * those passed as {@code HYPECHECK_ARG_<i>}; else the last entries of {@code /proc/self/cmdline}
     * when they are the arguments {@code main} was given. Empty when they cannot be known.
     */
    static List<byte[]> argumentBytes(String[] args, Map<String, String> env) {
        Charset jnu = Charset.forName(System.getProperty("sun.jnu.encoding"));
        if (env.get(GUARD) != null) {
            List<byte[]> bytes = new ArrayList<>();
            for (int i = 0; i < args.length; i++) {
                String encoded = env.get(ARG + i);
                byte[] given = args[i].getBytes(jnu);
                try {
                    bytes.add(encoded != null && args[i].isEmpty() ? Base64.getDecoder().decode(encoded) : given);
                } catch (IllegalArgumentException e) {
                    bytes.add(given);
                }
            }
            return bytes;
        }
        Optional<List<byte[]>> commandLine = JvmCommand.commandLine();
        if (commandLine.isEmpty() || commandLine.get().size() <= args.length) {
            return List.of();
        }
        List<byte[]> all = commandLine.get();
        List<byte[]> arguments = all.subList(all.size() - args.length, all.size());
        return JvmCommand.startsHypecheck(all.subList(0, all.size() - args.length)) && JvmCommand.sameAs(arguments, args, jnu)
                ? List.copyOf(arguments) : List.of();
    }

    /** Whether this JVM names files in a charset other than UTF-8, outside Windows, and is no re-run. */
    static boolean needed(Map<String, String> env) {
        String os = System.getProperty("os.name", "");
        String jnu = System.getProperty("sun.jnu.encoding", "UTF-8");
        if (os.startsWith("Windows") || env.get(GUARD) != null) {
            return false;
        }
        try {
            return !Charset.forName(jnu).equals(StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** Whether this locale's charset decodes and encodes {@code bytes} back to themselves. */
    private static boolean keptBy(byte[] bytes, Charset jnu) {
        try {
            String text = jnu.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
            return Arrays.equals(text.getBytes(jnu), bytes);
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static boolean utf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** C.UTF-8 if {@code locale -a} lists it, else another UTF-8 locale it lists, else none. */
    private static Optional<String> utf8Locale() {
        List<String> locales;
        try {
            Process process = new ProcessBuilder("locale", "-a").redirectErrorStream(true)
                    .redirectInput(ProcessBuilder.Redirect.PIPE).start();
            process.getOutputStream().close();
            String listed = new String(process.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);
            if (!process.waitFor(5, TimeUnit.SECONDS) || process.exitValue() != 0) {
                return Optional.empty();
            }
            locales = listed.lines().map(String::strip).toList();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
        List<String> utf8 = locales.stream()
                .filter(l -> l.toLowerCase(Locale.ROOT).replace("-", "").endsWith(".utf8")).toList();
        return utf8.stream().filter(l -> l.toLowerCase(Locale.ROOT).replace("-", "").equals("c.utf8")).findFirst()
                .or(() -> utf8.stream().filter(l -> l.startsWith("en_US")).findFirst())
                .or(() -> utf8.stream().findFirst());
    }
}
