package io.hypecheck.cli;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * A print writer whose lines end in {@code \n} whatever the platform's line separator: its own
 * {@code println}, and the separator that {@code %n} puts into text formatted elsewhere (help).
 */
final class LfPrintWriter extends PrintWriter {

    private static final String SEPARATOR = System.lineSeparator();

    LfPrintWriter(Writer out) {
        super(out, true);
    }

    /** UTF-8 over a stream; characters UTF-8 cannot encode (lone surrogates) become {@code ?}. */
    LfPrintWriter(OutputStream out) {
        this(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    }

    @Override
    public void write(String text, int offset, int length) {
        if (SEPARATOR.equals("\n") || !text.contains(SEPARATOR)) {
            super.write(text, offset, length);
        } else {
            String lf = text.substring(offset, offset + length).replace(SEPARATOR, "\n");
            super.write(lf, 0, lf.length());
        }
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
