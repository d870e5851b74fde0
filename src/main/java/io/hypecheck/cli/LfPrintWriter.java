package io.hypecheck.cli;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/** A print writer whose lines end in {@code \n} whatever the platform's line separator. */
final class LfPrintWriter extends PrintWriter {

    LfPrintWriter(Writer out) {
        super(out, true);
    }

    /** UTF-8 over a stream; characters UTF-8 cannot encode (lone surrogates) become {@code ?}. */
    LfPrintWriter(OutputStream out) {
        this(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    }

    @Override
    public void println() {
        synchronized (lock) {
            write('\n');
            flush();
        }
    }

    /** Whether this writer, or the print writer it wraps, has met an error (a closed or full stream). */
    boolean failed() {
        boolean failed = checkError();
        return failed || (out instanceof PrintWriter inner && inner.checkError());
    }
}
