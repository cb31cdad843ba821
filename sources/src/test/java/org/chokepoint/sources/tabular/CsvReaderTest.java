package org.chokepoint.sources.tabular;

import org.chokepoint.sources.ListFormatException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class CsvReaderTest {
    private static List<List<String>> all(CsvReader r) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        List<String> f;
        while ((f = r.next()) != null) rows.add(f);
        return rows;
    }

    @Test
    void quotedNewlinesAndDoubledQuotes() throws IOException {
        CsvReader r = new CsvReader(new StringReader("1,\"two\nlines\",\"say \"\"hi\"\"\"\n2,x,y\n"), "t.csv", ',');
        assertEquals(List.of("1", "two\nlines", "say \"hi\""), r.next());
        assertEquals(1, r.recordLine());
        assertEquals(List.of("2", "x", "y"), r.next());
        assertEquals(3, r.recordLine());
        assertNull(r.next());
    }

    @Test
    void crlfAndTrailingDosEndOfFile() throws IOException {
        CsvReader r = new CsvReader(new StringReader("36,\"A\",-0- \r\n173,\"B\",-0- \r\n\u001a"), "sdn.csv", ',');
        assertEquals(List.of(List.of("36", "A", "-0- "), List.of("173", "B", "-0- ")), all(r));
        assertTrue(r.endedWithEofMarker());

        CsvReader cut = new CsvReader(new StringReader("36,\"A\",-0- \r\n"), "sdn.csv", ',');
        assertEquals(List.of(List.of("36", "A", "-0- ")), all(cut));
        assertFalse(cut.endedWithEofMarker());
    }

    @Test
    void windows1252BytesAreDecoded(@TempDir Path dir) throws IOException {
        Path p = dir.resolve("w.csv");
        // "CAFÉ" in Windows-1252 (0xC9 alone is not UTF-8), then UTF-8 "Müller"
        byte[] bytes = {'1', ',', 'C', 'A', 'F', (byte) 0xC9, '\n', '2', ',', 'M', (byte) 0xC3, (byte) 0xBC, 'l', 'l', 'e', 'r', '\n'};
        Files.write(p, bytes);
        try (CsvReader r = CsvReader.open(p, ',')) {
            assertEquals(List.of(List.of("1", "CAFÉ"), List.of("2", "Müller")), all(r));
        }
        CsvReader fromStream = new CsvReader(LenientTextReader.open(new ByteArrayInputStream(new byte[]{(byte) 0x93, 'q', (byte) 0x94})), "s", ',');
        assertEquals(List.of("\u201Cq\u201D"), fromStream.next());
    }

    @Test
    void overlongRecordNamesFileAndLine() throws IOException {
        String big = "x".repeat(200);
        CsvReader r = new CsvReader(new StringReader("a,b\n\"" + big + "\"\n"), "big.csv", ',', '"', 100);
        assertEquals(List.of("a", "b"), r.next());
        ListFormatException e = assertThrows(ListFormatException.class, r::next);
        assertEquals("big.csv: line 2: record longer than 100 characters (the limit); skipped", e.getMessage());
    }

    /** After a record over the limit the reader stands at the next one (it gave up on the rest of the file). */
    @Test
    void readingGoesOnAfterAnOverlongRecord() throws IOException {
        String big = "x".repeat(150);
        CsvReader r = new CsvReader(new StringReader("1,\"" + big + "\nstill \"\"quoted\"\", text\",z\n2,ok" + big.substring(50) + "\n3,\"fine\"\n"),
                "big.csv", ',', '"', 100);
        RecordTooLongException e = assertThrows(RecordTooLongException.class, r::next);
        assertEquals(1, e.line());
        RecordTooLongException second = assertThrows(RecordTooLongException.class, r::next);
        assertEquals(3, second.line());
        assertEquals(List.of("3", "fine"), r.next());
        assertEquals(4, r.recordLine());
        assertEquals(null, r.next());
    }

    @Test
    void unclosedQuoteNamesFileAndLine() {
        CsvReader r = new CsvReader(new StringReader("1,ok\n2,\"open\n"), "open.csv", ',');
        ListFormatException e = assertThrows(ListFormatException.class, () -> all(r));
        assertEquals("open.csv: line 2: quoted field not closed before end of file", e.getMessage());
    }
}
