package org.chokepoint.sources.tabular;

import org.chokepoint.sources.ListFormatException;
import org.chokepoint.sources.xml.SafeXml;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Streaming reader for OpenDocument spreadsheets (.ods: a zip whose {@code content.xml} holds every sheet as a
 * {@code table:table} of {@code table:table-row}s of {@code table:table-cell}s), same contract as {@link XlsxReader}.
 *
 * <p>{@code number-columns-repeated} and {@code number-rows-repeated} are expanded, except trailing empty cells
 * and trailing empty rows: exporters pad every sheet to 16,384 columns and about a million rows, which would
 * otherwise become real rows. Values: strings from the {@code text:p} paragraphs (joined by a newline,
 * {@code text:s}/{@code text:tab}/{@code text:line-break} honoured), floats/percentages/currencies from
 * {@code office:value} without a spurious {@code .0}, dates as ISO {@code yyyy-MM-dd}, booleans TRUE/FALSE.
 * Merged ranges: the value is in the top-left cell; covered cells read as empty. Same zip-bomb cap as XLSX.
 */
public final class OdsReader implements Spreadsheet {
    static final String TABLE_NS = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
    static final String OFFICE_NS = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
    static final String TEXT_NS = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
    private static final int MAX_COLUMNS = 1 << 14;
    private static final long MAX_ROWS = 1 << 20;

    private final ZipPackage zip;
    private List<String> sheetNames;

    private OdsReader(ZipPackage zip) {
        this.zip = zip;
    }

    public static OdsReader open(Path file) throws IOException {
        return open(file, ZipPackage.DEFAULT_MAX_PART_BYTES);
    }

    public static OdsReader open(Path file, long maxPartBytes) throws IOException {
        ZipPackage zip = ZipPackage.open(file, "ODS", maxPartBytes);
        if (!zip.has("content.xml")) {
            zip.close();
            throw new ListFormatException(file + ": zip archive without content.xml, not an OpenDocument spreadsheet");
        }
        return new OdsReader(zip);
    }

    @Override
    public String fileName() {
        return zip.fileName();
    }

    /** Sheet names in order (one pass over content.xml, skipping the cells). */
    @Override
    public List<String> sheetNames() throws IOException {
        if (sheetNames != null) return sheetNames;
        List<String> names = new ArrayList<>();
        String where = fileName() + " [content.xml]";
        try (InputStream in = zip.part("content.xml")) {
            XMLStreamReader r = SafeXml.open(in);
            while (r.hasNext()) {
                if (r.next() == XMLStreamConstants.START_ELEMENT && isTable(r, "table")) {
                    names.add(nonNull(r.getAttributeValue(TABLE_NS, "name")));
                }
            }
        } catch (XMLStreamException e) {
            throw XlsxReader.xmlError(where, e);
        }
        sheetNames = Collections.unmodifiableList(names);
        return sheetNames;
    }

    @Override
    public TabularReader sheet(int index) throws IOException {
        InputStream in = zip.part("content.xml");
        String where = fileName() + " [content.xml]";
        try {
            XMLStreamReader r = SafeXml.open(in);
            int seen = -1;
            while (r.hasNext()) {
                if (r.next() == XMLStreamConstants.START_ELEMENT && isTable(r, "table") && ++seen == index) {
                    String name = nonNull(r.getAttributeValue(TABLE_NS, "name"));
                    return new SheetRows(r, in, fileName() + " [sheet " + name + "]");
                }
            }
            in.close();
            throw new ListFormatException(fileName() + ": no sheet " + index + " (" + (seen + 1) + " sheets)");
        } catch (XMLStreamException e) {
            in.close();
            throw XlsxReader.xmlError(where, e);
        }
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }

    private static boolean isTable(XMLStreamReader r, String local) {
        return local.equals(r.getLocalName()) && TABLE_NS.equals(r.getNamespaceURI());
    }

    private static String nonNull(String v) {
        return v == null ? "" : v;
    }

    private static long repeat(XMLStreamReader r, String attr, String label) throws ListFormatException {
        String v = r.getAttributeValue(TABLE_NS, attr);
        if (v == null) return 1;
        try {
            long n = Long.parseLong(v.trim());
            if (n >= 1) return n;
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new ListFormatException(label + ": line " + SafeXml.line(r) + ": invalid " + attr + " '" + v + "'");
    }

    /** Streams the rows of one table; the reader is positioned on its start element. */
    private static final class SheetRows extends XmlSheetRows {
        private long emptyRowsPending;
        private List<String> repeatedRow;
        private long repeatsLeft;
        private boolean done;

        SheetRows(XMLStreamReader r, InputStream in, String label) {
            super(r, in, label);
        }

        @Override
        public List<String> next() throws IOException {
            while (true) {
                if (emptyRowsPending > 0 && (repeatsLeft > 0)) {
                    emptyRowsPending--;
                    return emit(new ArrayList<>());
                }
                if (repeatsLeft > 0) {
                    repeatsLeft--;
                    return emit(new ArrayList<>(repeatedRow));
                }
                if (done) return null;
                readRow();
            }
        }

        private List<String> emit(List<String> cells) throws ListFormatException {
            if (++row > MAX_ROWS) throw new ListFormatException(label + ": more than " + MAX_ROWS + " rows");
            return cells;
        }

        /** Reads the next table-row; empty rows are only counted until a non-empty row follows them. */
        private void readRow() throws IOException {
            try {
                while (r.hasNext()) {
                    int ev = r.next();
                    if (ev == XMLStreamConstants.START_ELEMENT && isTable(r, "table-row")) {
                        long times = repeat(r, "number-rows-repeated", label);
                        List<String> cells = readCells();
                        if (cells.isEmpty()) {
                            emptyRowsPending += times;
                        } else {
                            repeatedRow = cells;
                            repeatsLeft = times;
                            return;
                        }
                    } else if (ev == XMLStreamConstants.END_ELEMENT && isTable(r, "table")) {
                        done = true;
                        return;
                    }
                }
                throw new ListFormatException(label + ": content.xml ends inside the table (truncated XML)");
            } catch (XMLStreamException e) {
                throw XlsxReader.xmlError(label, e);
            }
        }

        private List<String> readCells() throws XMLStreamException, IOException {
            List<String> cells = new ArrayList<>();
            long emptyCellsPending = 0;
            while (r.hasNext()) {
                int ev = r.next();
                if (ev == XMLStreamConstants.START_ELEMENT
                        && (isTable(r, "table-cell") || isTable(r, "covered-table-cell"))) {
                    long times = repeat(r, "number-columns-repeated", label);
                    String value = isTable(r, "covered-table-cell") ? skipCell() : readCell();
                    if (value.isEmpty()) {
                        emptyCellsPending += times;
                        continue;
                    }
                    if (cells.size() + emptyCellsPending + times > MAX_COLUMNS) {
                        throw new ListFormatException(label + ": line " + SafeXml.line(r) + ": row wider than " + MAX_COLUMNS + " columns");
                    }
                    for (; emptyCellsPending > 0; emptyCellsPending--) cells.add("");
                    for (long i = 0; i < times; i++) cells.add(value);
                } else if (ev == XMLStreamConstants.END_ELEMENT && isTable(r, "table-row")) {
                    return cells;
                }
            }
            throw new ListFormatException(label + ": content.xml ends inside a row (truncated XML)");
        }

        private String skipCell() throws XMLStreamException {
            int depth = 1;
            while (depth > 0) {
                int ev = r.next();
                if (ev == XMLStreamConstants.START_ELEMENT) depth++;
                else if (ev == XMLStreamConstants.END_ELEMENT) depth--;
            }
            return "";
        }

        private String readCell() throws XMLStreamException {
            String type = r.getAttributeValue(OFFICE_NS, "value-type");
            String typed = switch (type == null ? "" : type) {
                case "float", "percentage", "currency" -> {
                    String v = r.getAttributeValue(OFFICE_NS, "value");
                    yield v == null ? null : XlsxReader.formatNumber(v);
                }
                case "date" -> {
                    String v = r.getAttributeValue(OFFICE_NS, "date-value");
                    yield v == null ? null : v.length() >= 10 ? v.substring(0, 10) : v;
                }
                case "boolean" -> {
                    String v = r.getAttributeValue(OFFICE_NS, "boolean-value");
                    yield v == null ? null : v.equalsIgnoreCase("true") ? "TRUE" : "FALSE";
                }
                case "time" -> r.getAttributeValue(OFFICE_NS, "time-value");
                default -> null;
            };
            String text = readParagraphs();
            return typed != null ? typed : text;
        }

        /** Text of the cell's paragraphs; annotations (comments) are skipped. */
        private String readParagraphs() throws XMLStreamException {
            StringBuilder out = new StringBuilder();
            int paragraphs = 0;
            int openParagraphs = 0;
            int depth = 1;
            int skipDepth = 0;
            while (depth > 0) {
                int ev = r.next();
                if (ev == XMLStreamConstants.START_ELEMENT) {
                    depth++;
                    String local = r.getLocalName();
                    boolean officeNs = OFFICE_NS.equals(r.getNamespaceURI());
                    if (skipDepth > 0 || (officeNs && local.equals("annotation"))) {
                        skipDepth++;
                    } else if (TEXT_NS.equals(r.getNamespaceURI())) {
                        switch (local) {
                            case "p", "h" -> {
                                if (paragraphs++ > 0) out.append('\n');
                                openParagraphs++;
                            }
                            case "s" -> {
                                String c = r.getAttributeValue(TEXT_NS, "c");
                                int n = 1;
                                try {
                                    n = c == null ? 1 : Math.max(1, Math.min(1000, Integer.parseInt(c.trim())));
                                } catch (NumberFormatException ignored) {
                                    // one space, as the default
                                }
                                out.append(" ".repeat(n));
                            }
                            case "tab" -> out.append('\t');
                            case "line-break" -> out.append('\n');
                            default -> { }
                        }
                    }
                } else if (ev == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                    if (skipDepth > 0) skipDepth--;
                    else if (TEXT_NS.equals(r.getNamespaceURI()) && (r.getLocalName().equals("p") || r.getLocalName().equals("h"))) openParagraphs--;
                } else if ((ev == XMLStreamConstants.CHARACTERS || ev == XMLStreamConstants.CDATA) && skipDepth == 0 && openParagraphs > 0) {
                    out.append(r.getText());
                }
            }
            return out.toString();
        }
    }
}
