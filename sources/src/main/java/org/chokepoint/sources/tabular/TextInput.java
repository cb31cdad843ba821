package org.chokepoint.sources.tabular;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Opens a file a user hands in (screening, decision and audit input) as text, after one pass over its bytes that
 * decides the encoding and finds the bytes that are not UTF-8. Unlike {@link LenientTextReader} (for the published
 * lists, where OFAC mixes encodings byte by byte), the whole file gets one encoding: UTF-16 when a byte-order mark
 * says so; Windows-1252 only when the whole file says so (bytes above 0x7F and not one well-formed UTF-8 sequence
 * among them); else UTF-8, with each malformed sequence read as U+FFFD. Either way the user is told
 * ({@link Scan#warning}), with the line and byte offset of the first bad byte, since a misread letter can cost a hit.
 *
 * <p>Example: a CSV saved by a UTF-8 editor with one pasted "M\xFCller" on line 12 gives
 * {@code "clients.csv line 12, byte offset 4,093: not UTF-8 (1 malformed sequence in the file, read as U+FFFD, which can
 * cost a match: save the file as UTF-8)"}; the same file saved as Windows-1252 throughout reads "Müller" with a note.
 */
public final class TextInput {
    private static final Charset CP1252 = Charset.forName("windows-1252");

    private TextInput() {
    }

    /** What one pass over the bytes found. {@code firstBadLine}/{@code firstBadOffset} are -1 when all is UTF-8. */
    public record Scan(String fileName, Charset charset, long lines, long malformedBytes, long firstBadLine,
                       long firstBadOffset) {
        /** The message for the user, or null when the file is clean UTF-8 (or UTF-16 by its byte-order mark). */
        public String warning() {
            if (malformedBytes == 0) return null;
            String where = String.format(Locale.ROOT, "%s line %,d, byte offset %,d", fileName, firstBadLine, firstBadOffset);
            if (charset.equals(CP1252)) {
                return where + ": not UTF-8, and no byte sequence in the file is; read as Windows-1252";
            }
            return String.format(Locale.ROOT, "%s: not UTF-8 (%,d malformed sequence%s in the file, read as U+FFFD, which can"
                    + " cost a match: save the file as UTF-8)", where, malformedBytes, malformedBytes == 1 ? "" : "s");
        }
    }

    /** Reads every byte of {@code file} (un-gzipped when it ends in .gz) once, counting lines and bad UTF-8. */
    public static Scan scan(Path file) throws IOException {
        try (InputStream in = new BufferedInputStream(CsvReader.openBytes(file), 1 << 16)) {
            return scan(in, file.getFileName().toString());
        }
    }

    static Scan scan(InputStream in, String name) throws IOException {
        in.mark(4);
        int b0 = in.read();
        int b1 = in.read();
        if ((b0 == 0xFE && b1 == 0xFF) || (b0 == 0xFF && b1 == 0xFE)) {
            return new Scan(name, b0 == 0xFE ? StandardCharsets.UTF_16BE : StandardCharsets.UTF_16LE, -1, 0, -1, -1);
        }
        in.reset();
        long offset = 0;
        long line = 1;
        long lines = 0;
        long bad = 0;
        long wellFormed = 0;
        long firstLine = -1;
        long firstOffset = -1;
        int need = 0; // continuation bytes still expected
        int lead = 0;
        long seqStart = 0;
        int b;
        boolean lastWasNewline = true;
        while ((b = in.read()) >= 0) {
            if (need > 0) {
                if ((b & 0xC0) == 0x80 && continues(lead, b, need)) {
                    if (--need == 0) wellFormed++;
                    offset++;
                    continue;
                }
                bad++; // the sequence broke off; this byte starts afresh
                if (firstOffset < 0) {
                    firstOffset = seqStart;
                    firstLine = line;
                }
                need = 0;
            }
            if (b >= 0x80) {
                int n = b >= 0xC2 && b <= 0xDF ? 1 : b >= 0xE0 && b <= 0xEF ? 2 : b >= 0xF0 && b <= 0xF4 ? 3 : -1;
                if (n < 0) {
                    bad++;
                    if (firstOffset < 0) {
                        firstOffset = offset;
                        firstLine = line;
                    }
                } else {
                    need = n;
                    lead = b;
                    seqStart = offset;
                }
            }
            if (b == '\n') {
                line++;
                lines++;
            }
            lastWasNewline = b == '\n';
            offset++;
        }
        if (need > 0) {
            bad++;
            if (firstOffset < 0) {
                firstOffset = seqStart;
                firstLine = line;
            }
        }
        if (!lastWasNewline) lines++;
        Charset charset = bad > 0 && wellFormed == 0 ? CP1252 : StandardCharsets.UTF_8;
        return new Scan(name, charset, lines, bad, firstLine, firstOffset);
    }

    /** Whether {@code b} may follow {@code lead} as the continuation byte that {@code need} says comes next. */
    private static boolean continues(int lead, int b, int need) {
        boolean second = (lead >= 0xE0 && lead <= 0xEF && need == 2) || (lead >= 0xF0 && need == 3);
        if (!second) return true;
        // overlong forms and surrogates are malformed (as the JDK's decoder has it)
        return switch (lead) {
            case 0xE0 -> b >= 0xA0;
            case 0xED -> b <= 0x9F;
            case 0xF0 -> b >= 0x90;
            case 0xF4 -> b <= 0x8F;
            default -> true;
        };
    }

    /** Opens the file as text in the encoding {@code scan} found (a UTF-8 byte-order mark is skipped). */
    public static Reader open(Path file, Scan scan) throws IOException {
        InputStream in = new BufferedInputStream(CsvReader.openBytes(file), 1 << 16);
        if (scan.charset().equals(StandardCharsets.UTF_8)) {
            in.mark(3);
            if (!(in.read() == 0xEF && in.read() == 0xBB && in.read() == 0xBF)) in.reset();
            return new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE));
        }
        if (!scan.charset().equals(CP1252)) in.skipNBytes(2); // the UTF-16 byte-order mark
        return new InputStreamReader(in, scan.charset());
    }
}
