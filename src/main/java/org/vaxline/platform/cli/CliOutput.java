package org.vaxline.platform.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.vaxline.platform.json.Json;
import org.vaxline.platform.text.SafeText;

import java.io.PrintWriter;
import java.util.List;

/**
 * Prints what commands answer: aligned tables for people, JSON for scripts; and never a raw control character, so
 * text stored before input was checked cannot drive the operator's terminal.
 */
public final class CliOutput {
    private CliOutput() {
    }

    /** The command line's standard output: every control character but tab and line feed shown escaped. */
    public static PrintWriter terminalSafe(PrintWriter out) {
        return new PrintWriter(new TerminalSafeWriter(out), true);
    }

    public static void json(PrintWriter out, Object value) {
        try {
            out.println(Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(value));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        out.flush();
    }

    /** A plain table: a header row, then one row per item, columns padded to their widest cell (as printed, escapes included). */
    public static void table(PrintWriter out, List<String> header, List<List<String>> cells) {
        List<List<String>> rows = cells.stream()
                .map(row -> row.stream().map(cell -> SafeText.escapeControls(String.valueOf(cell))).toList()).toList();
        int[] widths = new int[header.size()];
        for (int i = 0; i < header.size(); i++) {
            widths[i] = header.get(i).length();
        }
        for (List<String> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                widths[i] = Math.max(widths[i], String.valueOf(row.get(i)).length());
            }
        }
        printRow(out, header, widths);
        for (List<String> row : rows) {
            printRow(out, row, widths);
        }
        out.flush();
    }

    private static void printRow(PrintWriter out, List<String> cells, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            String cell = String.valueOf(cells.get(i));
            line.append(cell);
            if (i < cells.size() - 1) {
                line.append(" ".repeat(widths[i] - cell.length() + 2));
            }
        }
        out.println(line.toString().stripTrailing());
    }
}
