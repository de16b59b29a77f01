package org.vaxline.registryimport.csv;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** Writes CSV records, quoting a value only when it holds a quote, the separator or a line break. */
public final class CsvWriter {
    private final Writer out;

    public CsvWriter(Writer out) {
        this.out = out;
    }

    public void write(List<String> values) throws IOException {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(quote(values.get(i)));
        }
        out.write("\r\n");
    }

    static String quote(String value) {
        String v = value == null ? "" : value;
        if (v.indexOf('"') < 0 && v.indexOf(',') < 0 && v.indexOf('\n') < 0 && v.indexOf('\r') < 0) {
            return v;
        }
        return '"' + v.replace("\"", "\"\"") + '"';
    }
}
