package org.chokepoint.sources.tabular;

import org.chokepoint.sources.ListFormatException;
import org.chokepoint.sources.xml.SafeXml;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Streaming reader for Office Open XML workbooks (.xlsx), with the JDK only ({@code java.util.zip} + StAX).
 *
 * <p>Rows stream from the sheet part one at a time; only the shared-string table and the cell styles are held
 * in memory. Cells are returned as the text a user sees for the common cases:
 * <ul>
 *   <li>the cell reference ({@code C7}) places a value in its column; missing cells and missing rows come back
 *       as {@code ""} and empty rows, so {@link TabularReader#recordLine()} is the spreadsheet row number;</li>
 *   <li>shared strings, inline strings (rich-text runs joined, phonetic hints dropped), formula string results;</li>
 *   <li>booleans as {@code TRUE}/{@code FALSE}; numbers in plain notation without a spurious {@code .0};</li>
 *   <li>numbers in cells whose number format is a date format: ISO {@code yyyy-MM-dd} (1900 and 1904 systems);
 *       dates stored as text (as OFSI does) stay as written;</li>
 *   <li>merged cells: the value is only in the top-left cell (the merge list follows the data in the file, and
 *       copying values would invent data that is not in the cells), the other cells of the range read as empty.</li>
 * </ul>
 * Zip bombs are refused: a part that inflates beyond {@code maxPartBytes} (default 1 GiB) or beyond 200 times its
 * compressed size is a {@link ListFormatException}. DTDs and external entities are disabled.
 */
public final class XlsxReader implements Spreadsheet {
    private static final String OFFICE_REL = "officeDocument/2006/relationships";

    private final ZipPackage zip;
    private final List<String> sheetNames = new ArrayList<>();
    private final List<String> sheetParts = new ArrayList<>();
    private List<String> sharedStrings;
    private boolean[] dateStyles;
    private boolean date1904;

    private XlsxReader(ZipPackage zip) {
        this.zip = zip;
    }

    public static XlsxReader open(Path file) throws IOException {
        return open(file, ZipPackage.DEFAULT_MAX_PART_BYTES);
    }

    /** Opens with a custom cap on any part's uncompressed size. */
    public static XlsxReader open(Path file, long maxPartBytes) throws IOException {
        ZipPackage zip = ZipPackage.open(file, "XLSX", maxPartBytes);
        XlsxReader r = new XlsxReader(zip);
        try {
            if (!zip.has("xl/workbook.xml")) {
                throw new ListFormatException(file + ": zip archive without xl/workbook.xml, not an XLSX workbook");
            }
            r.readWorkbook();
            return r;
        } catch (IOException | RuntimeException e) {
            zip.close();
            throw e;
        }
    }

    @Override
    public String fileName() {
        return zip.fileName();
    }

    @Override
    public List<String> sheetNames() {
        return List.copyOf(sheetNames);
    }

    @Override
    public TabularReader sheet(int index) throws IOException {
        if (index < 0 || index >= sheetNames.size()) {
            throw new ListFormatException(fileName() + ": no sheet " + index + " (" + sheetNames.size() + " sheets)");
        }
        loadSharedParts();
        String label = fileName() + " [sheet " + sheetNames.get(index) + "]";
        InputStream in = zip.part(sheetParts.get(index));
        try {
            return new SheetRows(SafeXml.open(in), in, label);
        } catch (XMLStreamException e) {
            in.close();
            throw xmlError(label, e);
        }
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }

    private void readWorkbook() throws IOException {
        Map<String, String> rels = new HashMap<>();
        if (zip.has("xl/_rels/workbook.xml.rels")) {
            parse("xl/_rels/workbook.xml.rels", r -> {
                if (r.getLocalName().equals("Relationship")) {
                    rels.put(r.getAttributeValue(null, "Id"), r.getAttributeValue(null, "Target"));
                }
            });
        }
        List<String> relIds = new ArrayList<>();
        parse("xl/workbook.xml", r -> {
            switch (r.getLocalName()) {
                case "workbookPr" -> date1904 = truthy(r.getAttributeValue(null, "date1904"));
                case "sheet" -> {
                    sheetNames.add(nonNull(r.getAttributeValue(null, "name")));
                    relIds.add(relationshipId(r));
                }
                default -> { }
            }
        });
        for (int i = 0; i < relIds.size(); i++) {
            String target = rels.get(relIds.get(i));
            // Without relationships, fall back to the conventional part name.
            String part = target == null ? "xl/worksheets/sheet" + (i + 1) + ".xml"
                    : target.startsWith("/") ? target.substring(1) : "xl/" + target;
            sheetParts.add(part);
        }
    }

    private static String relationshipId(XMLStreamReader r) {
        for (int i = 0; i < r.getAttributeCount(); i++) {
            String ns = r.getAttributeNamespace(i);
            if ("id".equals(r.getAttributeLocalName(i)) && ns != null && ns.contains(OFFICE_REL)) return r.getAttributeValue(i);
        }
        return null;
    }

    private void loadSharedParts() throws IOException {
        if (sharedStrings != null) return;
        List<String> strings = new ArrayList<>();
        if (zip.has("xl/sharedStrings.xml")) readSharedStrings(strings);
        List<Boolean> styles = new ArrayList<>();
        if (zip.has("xl/styles.xml")) readStyles(styles);
        dateStyles = new boolean[styles.size()];
        for (int i = 0; i < dateStyles.length; i++) dateStyles[i] = styles.get(i);
        sharedStrings = strings;
    }

    private void readSharedStrings(List<String> out) throws IOException {
        String part = "xl/sharedStrings.xml";
        try (InputStream in = zip.part(part)) {
            XMLStreamReader r = SafeXml.open(in);
            StringBuilder text = new StringBuilder();
            int phonetic = 0;
            while (r.hasNext()) {
                int ev = r.next();
                if (ev == XMLStreamConstants.START_ELEMENT) {
                    switch (r.getLocalName()) {
                        case "si" -> text.setLength(0);
                        case "rPh" -> phonetic++;
                        case "t" -> {
                            String t = r.getElementText();
                            if (phonetic == 0) text.append(t);
                        }
                        default -> { }
                    }
                } else if (ev == XMLStreamConstants.END_ELEMENT) {
                    if (r.getLocalName().equals("si")) {
                        if (out.size() >= MAX_SHARED_STRINGS) {
                            throw new ListFormatException(fileName() + " [" + part + "]: more than " + MAX_SHARED_STRINGS + " shared strings");
                        }
                        out.add(text.toString());
                    }
                    else if (r.getLocalName().equals("rPh")) phonetic--;
                }
            }
        } catch (XMLStreamException e) {
            throw xmlError(fileName() + " [" + part + "]", e);
        }
    }

    private void readStyles(List<Boolean> out) throws IOException {
        Map<Integer, String> customFormats = new HashMap<>();
        boolean[] inCellXfs = {false};
        List<Integer> xfFormats = new ArrayList<>();
        parseWithEnd("xl/styles.xml", (r, start) -> {
            String name = r.getLocalName();
            if (!start) {
                if (name.equals("cellXfs")) inCellXfs[0] = false;
                return;
            }
            switch (name) {
                case "numFmt" -> customFormats.put(intAttr(r, "numFmtId", -1), nonNull(r.getAttributeValue(null, "formatCode")));
                case "cellXfs" -> inCellXfs[0] = true;
                case "xf" -> { if (inCellXfs[0]) xfFormats.add(intAttr(r, "numFmtId", 0)); }
                default -> { }
            }
        });
        for (int fmt : xfFormats) {
            String code = customFormats.get(fmt);
            out.add(code != null ? isDateFormatCode(code) : isBuiltInDateFormat(fmt));
        }
    }

    /** Built-in date formats of ECMA-376 §18.8.30 (14-22, 45-47) and the East Asian locale ones (27-36, 50-58). */
    static boolean isBuiltInDateFormat(int id) {
        return (id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47) || (id >= 50 && id <= 58);
    }

    /** A format code shows a date when, outside quoted text, escapes and [colour]/[locale] sections, it has d or y. */
    static boolean isDateFormatCode(String code) {
        boolean quoted = false;
        int bracket = 0;
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c == '"') quoted = !quoted;
            else if (quoted) continue;
            else if (c == '\\' || c == '_' || c == '*') i++;
            else if (c == '[') bracket++;
            else if (c == ']') bracket = Math.max(0, bracket - 1);
            else if (bracket == 0 && (c == 'd' || c == 'D' || c == 'y' || c == 'Y')) return true;
            else if (bracket == 0 && c == ';') return false; // only the positive-number section matters
        }
        return false;
    }

    @FunctionalInterface
    private interface StartHandler {
        void start(XMLStreamReader r) throws IOException;
    }

    @FunctionalInterface
    private interface ElementHandler {
        void element(XMLStreamReader r, boolean start) throws IOException;
    }

    private void parse(String part, StartHandler handler) throws IOException {
        parseWithEnd(part, (r, start) -> {
            if (start) handler.start(r);
        });
    }

    private void parseWithEnd(String part, ElementHandler handler) throws IOException {
        try (InputStream in = zip.part(part)) {
            XMLStreamReader r = SafeXml.open(in);
            while (r.hasNext()) {
                int ev = r.next();
                if (ev == XMLStreamConstants.START_ELEMENT) handler.element(r, true);
                else if (ev == XMLStreamConstants.END_ELEMENT) handler.element(r, false);
            }
        } catch (XMLStreamException e) {
            throw xmlError(fileName() + " [" + part + "]", e);
        }
    }

    static ListFormatException xmlError(String where, XMLStreamException e) {
        int line = e.getLocation() == null ? -1 : e.getLocation().getLineNumber();
        return new ListFormatException(where + (line > 0 ? ": line " + line : "") + ": malformed or truncated XML: "
                + firstLine(e.getMessage()), e);
    }

    private static String firstLine(String s) {
        if (s == null) return "";
        String t = s.replaceFirst("(?s)^ParseError at \\[row,col\\]:\\[\\d+,\\d+\\]\\s*Message:\\s*", "");
        int nl = t.indexOf('\n');
        return (nl < 0 ? t : t.substring(0, nl)).strip();
    }

    private static int intAttr(XMLStreamReader r, String name, int dflt) {
        String v = r.getAttributeValue(null, name);
        if (v == null) return dflt;
        try {
            return Integer.parseInt(v.trim());
        } catch (NumberFormatException e) {
            return dflt;
        }
    }

    private static boolean truthy(String v) {
        return v != null && (v.equals("1") || v.equalsIgnoreCase("true"));
    }

    private static String nonNull(String v) {
        return v == null ? "" : v;
    }

    /** Column index (0-based) of a cell reference such as {@code AB12}, or -1 when it has no letters. */
    static int columnIndex(String ref) {
        int col = 0;
        int i = 0;
        while (i < ref.length() && Character.isLetter(ref.charAt(i))) {
            col = col * 26 + (Character.toUpperCase(ref.charAt(i)) - 'A' + 1);
            if (col > 1 << 20) return -1;
            i++;
        }
        return i == 0 ? -1 : col - 1;
    }

    /** Excel serial day number to a date; serials below 61 undo the 1900 leap-year bug Lotus introduced. */
    static LocalDate serialToDate(double serial, boolean date1904) {
        long days = (long) Math.floor(serial);
        if (date1904) return LocalDate.of(1904, 1, 1).plusDays(days);
        return days < 61 ? LocalDate.of(1899, 12, 31).plusDays(days) : LocalDate.of(1899, 12, 30).plusDays(days);
    }

    /** Number text as a user reads it: plain notation, no trailing zeros, integers without a decimal point. */
    static String formatNumber(String raw) {
        try {
            BigDecimal d = new BigDecimal(raw.trim()).stripTrailingZeros();
            return d.signum() == 0 ? "0" : d.toPlainString();
        } catch (NumberFormatException e) {
            return raw;
        }
    }

    /** Cap on the shared-string table, which is held in memory (the 2025 ConList has 36,675). */
    private static final int MAX_SHARED_STRINGS = 1 << 24;
    /** Maximum columns in a row (Excel's own limit is 16,384); a cell beyond is a format error, not an allocation. */
    private static final int MAX_COLUMNS = 1 << 14;
    /** Maximum row number (Excel's limit); empty rows up to a row are generated, so the number must be sane. */
    private static final int MAX_ROWS = 1 << 20;

    /** Streams the rows of one sheet part. */
    private final class SheetRows extends XmlSheetRows {
        private long pendingRow = -1;
        private List<String> pending;
        private boolean done;

        SheetRows(XMLStreamReader r, InputStream in, String label) {
            super(r, in, label);
        }

        @Override
        public List<String> next() throws IOException {
            if (pending == null && !done) readRow();
            if (pending == null) return null;
            if (row + 1 < pendingRow) {
                row++;
                return new ArrayList<>();
            }
            row = pendingRow;
            List<String> cells = pending;
            pending = null;
            return cells;
        }

        private void readRow() throws IOException {
            try {
                while (r.hasNext()) {
                    int ev = r.next();
                    if (ev == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("row")) {
                        String rAttr = r.getAttributeValue(null, "r");
                        long number = rAttr == null ? row + 1 : parseRowNumber(rAttr);
                        if (number <= row) {
                            throw new ListFormatException(label + ": line " + SafeXml.line(r) + ": row " + number + " out of order");
                        }
                        pendingRow = number;
                        pending = readCells();
                        return;
                    }
                    if (ev == XMLStreamConstants.END_ELEMENT && r.getLocalName().equals("sheetData")) break;
                }
                done = true;
            } catch (XMLStreamException e) {
                throw xmlError(label, e);
            }
        }

        private long parseRowNumber(String v) throws ListFormatException {
            try {
                long n = Long.parseLong(v.trim());
                if (n >= 1 && n <= MAX_ROWS) return n;
            } catch (NumberFormatException ignored) {
                // reported below
            }
            throw new ListFormatException(label + ": line " + SafeXml.line(r) + ": invalid row number '" + v + "'");
        }

        private List<String> readCells() throws XMLStreamException, IOException {
            List<String> cells = new ArrayList<>();
            while (r.hasNext()) {
                int ev = r.next();
                if (ev == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("c")) {
                    String ref = r.getAttributeValue(null, "r");
                    int col = ref == null ? cells.size() : columnIndex(ref);
                    if (col < 0 || col >= MAX_COLUMNS) {
                        throw new ListFormatException(label + ": line " + SafeXml.line(r) + ": invalid cell reference '" + ref + "'");
                    }
                    String value = readCell(r.getAttributeValue(null, "t"), intAttr(r, "s", 0));
                    while (cells.size() < col) cells.add("");
                    if (col < cells.size()) cells.set(col, value); // a repeated reference: the last one wins
                    else cells.add(value);
                } else if (ev == XMLStreamConstants.END_ELEMENT && r.getLocalName().equals("row")) {
                    return cells;
                }
            }
            throw new ListFormatException(label + ": sheet ends inside a row (truncated XML)");
        }

        /** Reads from {@code <c>} to its end and returns the display text. */
        private String readCell(String type, int style) throws XMLStreamException, IOException {
            String v = null;
            StringBuilder inline = null;
            int depth = 1;
            while (depth > 0) {
                int ev = r.next();
                if (ev == XMLStreamConstants.START_ELEMENT) {
                    String name = r.getLocalName();
                    if (name.equals("v")) {
                        v = r.getElementText();
                    } else if (name.equals("t") && inline != null) {
                        inline.append(r.getElementText());
                    } else if (name.equals("is")) {
                        inline = new StringBuilder();
                        depth++;
                    } else if (name.equals("rPh")) {
                        skipElement();
                    } else {
                        depth++;
                    }
                } else if (ev == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                } else if (ev == XMLStreamConstants.END_DOCUMENT) {
                    throw new ListFormatException(label + ": sheet ends inside a cell (truncated XML)");
                }
            }
            if (type == null) type = "n";
            return switch (type) {
                case "inlineStr" -> inline != null ? inline.toString() : nonNull(v);
                case "s" -> sharedString(v);
                case "b" -> v == null ? "" : truthy(v.trim()) ? "TRUE" : "FALSE";
                case "d" -> v == null ? "" : v.length() >= 10 && v.charAt(4) == '-' ? v.substring(0, 10) : v;
                case "n" -> number(v, style);
                default -> nonNull(v); // "str" formula result, "e" error text
            };
        }

        private String sharedString(String v) throws ListFormatException {
            if (v == null || v.isBlank()) return "";
            try {
                int i = Integer.parseInt(v.trim());
                if (i >= 0 && i < sharedStrings.size()) return sharedStrings.get(i);
            } catch (NumberFormatException ignored) {
                // reported below
            }
            throw new ListFormatException(label + ": line " + SafeXml.line(r) + ": shared string index '" + v
                    + "' outside the table of " + sharedStrings.size());
        }

        private String number(String v, int style) {
            if (v == null || v.isBlank()) return "";
            if (style >= 0 && style < dateStyles.length && dateStyles[style]) {
                try {
                    double serial = Double.parseDouble(v.trim());
                    if (serial >= 0 && serial < 2958466) return serialToDate(serial, date1904).toString();
                } catch (NumberFormatException ignored) {
                    // not a number after all: keep the text
                }
            }
            return formatNumber(v);
        }

        private void skipElement() throws XMLStreamException {
            int depth = 1;
            while (depth > 0) {
                int ev = r.next();
                if (ev == XMLStreamConstants.START_ELEMENT) depth++;
                else if (ev == XMLStreamConstants.END_ELEMENT) depth--;
            }
        }
    }
}
