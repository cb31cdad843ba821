package org.chokepoint.sources.tabular;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class TextInputTest {
    private static String read(Path file, TextInput.Scan scan) throws IOException {
        try (Reader r = TextInput.open(file, scan)) {
            StringBuilder s = new StringBuilder();
            int c;
            while ((c = r.read()) >= 0) s.append((char) c);
            return s.toString();
        }
    }

    @Test
    void cleanUtf8HasNoWarningAndItsByteOrderMarkIsSkipped(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("a.csv");
        Files.write(f, ("\uFEFFid,name\n1,M\u00fcller \u5f20\u4e09 \uD83D\uDE00\n").getBytes(StandardCharsets.UTF_8));
        TextInput.Scan scan = TextInput.scan(f);
        assertNull(scan.warning());
        assertEquals(2, scan.lines());
        assertEquals("id,name\n1,M\u00fcller \u5f20\u4e09 \uD83D\uDE00\n", read(f, scan));
    }

    /** Windows-1252 only when the whole file says so: high bytes, and not one well-formed UTF-8 sequence. */
    @Test
    void aFileInWindows1252ThroughoutIsReadSoWithANote(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("a.csv");
        Files.write(f, "id,name\n1,M\u00fcller\n2,\u201cCaf\u00e9\u201d".getBytes(Charset.forName("windows-1252")));
        TextInput.Scan scan = TextInput.scan(f);
        assertEquals("a.csv line 2, byte offset 11: not UTF-8, and no byte sequence in the file is; read as Windows-1252",
                scan.warning());
        assertEquals(3, scan.lines());
        assertEquals("id,name\n1,M\u00fcller\n2,\u201cCaf\u00e9\u201d", read(f, scan));
    }

    @Test
    void aUtf8FileWithAStrayByteWarnsWithItsLineAndOffset(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("a.csv");
        byte[] good = "id,name\n1,Gr\u00fcn\n2,M".getBytes(StandardCharsets.UTF_8);
        // a lone Windows-1252 byte, then a three-byte sequence cut after two
        Files.write(f, concat(good, new byte[]{(byte) 0xFC, 'l', (byte) 0xE2, (byte) 0x80, 'x', '\n'}));
        TextInput.Scan scan = TextInput.scan(f);
        assertEquals("a.csv line 3, byte offset " + good.length + ": not UTF-8 (2 malformed sequences in the file, read as"
                + " U+FFFD, which can cost a match: save the file as UTF-8)", scan.warning());
        assertEquals("id,name\n1,Gr\u00fcn\n2,M\uFFFDl\uFFFDx\n", read(f, scan));
    }

    @Test
    void utf16ByItsByteOrderMark(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("a.csv");
        Files.write(f, concat(new byte[]{(byte) 0xFF, (byte) 0xFE}, "id,name\n1,\u00c9lise\n".getBytes(StandardCharsets.UTF_16LE)));
        TextInput.Scan scan = TextInput.scan(f);
        assertNull(scan.warning());
        assertEquals("id,name\n1,\u00c9lise\n", read(f, scan));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
