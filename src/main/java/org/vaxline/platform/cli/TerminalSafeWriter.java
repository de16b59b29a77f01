package org.vaxline.platform.cli;

import org.vaxline.platform.text.SafeText;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;

/**
 * A writer to an operator's terminal that shows every control character but tab and line feed as a visible escape
 * ({@code \u001b}), so stored text (older data, written before input was checked) cannot drive the terminal.
 * A carriage return is kept only as the first half of a CR LF line end.
 */
final class TerminalSafeWriter extends FilterWriter {
    private boolean pendingCarriageReturn;

    TerminalSafeWriter(Writer out) {
        super(out);
    }

    @Override
    public void write(int c) throws IOException {
        char ch = (char) c;
        if (pendingCarriageReturn) {
            pendingCarriageReturn = false;
            out.write(ch == '\n' ? "\r" : "\\u000d");
        }
        if (ch == '\r') {
            pendingCarriageReturn = true;
        } else if (SafeText.isControl(ch)) {
            out.write(String.format("\\u%04x", c));
        } else {
            out.write(c);
        }
    }

    @Override
    public void write(char[] chars, int offset, int length) throws IOException {
        for (int i = offset; i < offset + length; i++) {
            write(chars[i]);
        }
    }

    @Override
    public void write(String text, int offset, int length) throws IOException {
        for (int i = offset; i < offset + length; i++) {
            write(text.charAt(i));
        }
    }

    @Override
    public void flush() throws IOException {
        if (pendingCarriageReturn) {
            pendingCarriageReturn = false;
            out.write("\\u000d");
        }
        out.flush();
    }
}
