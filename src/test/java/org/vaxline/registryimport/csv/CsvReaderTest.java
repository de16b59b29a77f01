package org.vaxline.registryimport.csv;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CsvReaderTest {
    private static List<CsvRecord> read(String text) throws IOException {
        try (CsvReader csv = CsvReader.open(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)))) {
            List<CsvRecord> records = new ArrayList<>();
            for (CsvRecord r = csv.next(); r != null; r = csv.next()) {
                records.add(r);
            }
            return records;
        }
    }

    @Test
    void quotedSeparatorsDoubledQuotesAndLineBreaksKeepTheFilesLineNumbers() throws IOException {
        List<CsvRecord> records = read("a,b\r\n\"x, y\",\"say \"\"hi\"\"\"\r\n\"two\r\nlines\",z\r\nlast,\"\"\n");
        assertThat(records).extracting(CsvRecord::line).containsExactly(1L, 2L, 3L, 5L);
        assertThat(records.get(1).fields()).containsExactly("x, y", "say \"hi\"");
        assertThat(records.get(2).fields()).containsExactly("two\r\nlines", "z");
        assertThat(records.get(3).fields()).containsExactly("last", "");
    }

    @Test
    void aByteOrderMarkIsSkippedAndSemicolonsAreSeenInTheHeader() throws IOException {
        try (CsvReader csv = CsvReader.open(new ByteArrayInputStream("\uFEFFho_ten;ngay_sinh\nAn, Bình;1990-01-01"
                .getBytes(StandardCharsets.UTF_8)))) {
            assertThat(csv.separator()).isEqualTo(';');
            assertThat(csv.next().fields()).containsExactly("ho_ten", "ngay_sinh");
            assertThat(csv.next().fields()).containsExactly("An, Bình", "1990-01-01");
            assertThat(csv.next()).isNull();
        }
    }

    @Test
    void anUnclosedQuoteNamesTheLineItOpensOn() {
        assertThatThrownBy(() -> read("a,b\n1,2\n\"open,3\n4,5\n")).isInstanceOf(CsvFormatException.class)
                .hasMessageContaining("line 3").extracting(e -> ((CsvFormatException) e).line()).isEqualTo(3L);
    }

    @Test
    void bytesThatAreNotUtf8AreRefused() {
        byte[] latin1 = "ho_ten\nL\u00ea Th\u1ecb\n".replace("\u1ecb", "i").getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> {
            try (CsvReader csv = CsvReader.open(new ByteArrayInputStream(latin1))) {
                while (csv.next() != null) {
                    // reads to the end
                }
            }
        }).isInstanceOf(IOException.class);
    }
}
