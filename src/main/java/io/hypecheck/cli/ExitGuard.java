package io.hypecheck.cli;

import io.hypecheck.diagnostic.ExitCode;
import io.hypecheck.spill.TemporaryFiles;
import java.io.PrintStream;

/**
 * Keeps the exit code honest when the process ends in a way hypecheck did not choose. A plugin
 * that calls {@code System.exit} cannot make a run look successful: the exit becomes code 4 with
 * a message. A run stopped by a signal (SIGINT, SIGTERM) exits as the signal says, but leaves no
 * temporary report file behind.
 */
final class ExitGuard {

    private static volatile boolean exiting;

    private ExitGuard() {
    }

    /** Installs the guard; call once, from {@code main}. */
    static void install(PrintStream err) {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> onShutdown(err), "hypecheck-exit-guard"));
    }

    /** Exits with hypecheck's own code. */
    static void exit(int code) {
        exiting = true;
        System.exit(code);
    }

    private static void onShutdown(PrintStream err) {
        TemporaryFiles.deleteAll();
        if (!exiting && someoneCalledExit()) {
            err.println("error: internal error: a plugin called System.exit before hypecheck finished;"
                    + " the run did not complete");
            err.flush();
            PluginProcess.aborted(System.getenv());
            Runtime.getRuntime().halt(ExitCode.INTERNAL.code());
        }
    }

    /** Whether a thread is inside {@code Runtime.exit} (a signal ends the process without it). */
    private static boolean someoneCalledExit() {
        for (StackTraceElement[] stack : Thread.getAllStackTraces().values()) {
            for (StackTraceElement frame : stack) {
                if (frame.getClassName().equals("java.lang.Runtime") && frame.getMethodName().equals("exit")) {
                    return true;
                }
            }
        }
        return false;
    }
}
