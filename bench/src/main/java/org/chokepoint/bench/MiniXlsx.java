package org.chokepoint.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes the smallest XLSX workbook that spreadsheet programs and the sources module's reader accept, shaped as
 * exports often come: a cover sheet of notes, then the data sheet under a two-row header whose first row holds
 * group labels merged over their columns. Numbers are written without a number format, so dates given as day
 * numbers stay Excel serials, as in a workbook saved by a program that dropped the formats.
 */
final class MiniXlsx {
    /** Group labels over the generator's fixed column order (id, country, city, customer, value, currency, phone, remarks, date). */
    static final List<String> GROUPS = List.of("Order", "Destination", "", "Customer", "Finance", "", "Contact", "Notes", "Schedule");
    private static final List<String> COVER = List.of("Order book export", "Prepared for the compliance review",
            "Figures in contract currency", "Confidential");

    private MiniXlsx() {
    }

    static void write(Path file, List<String> header, List<List<Object>> rows, String sheetName) throws IOException {
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            put(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                    + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
                    + "<Override PartName=\"/xl/worksheets/sheet2.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
                    + "</Types>");
            put(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
                    + "</Relationships>");
            put(zip, "xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                    + "<sheets><sheet name=\"Cover\" sheetId=\"1\" r:id=\"rId1\"/><sheet name=\"" + esc(sheetName) + "\" sheetId=\"2\" r:id=\"rId2\"/></sheets></workbook>");
            put(zip, "xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                    + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet2.xml\"/>"
                    + "</Relationships>");
            StringBuilder cover = new StringBuilder(sheetStart());
            for (int i = 0; i < COVER.size(); i++) cover.append(row(i + 1, List.of(COVER.get(i))));
            put(zip, "xl/worksheets/sheet1.xml", cover.append("</sheetData></worksheet>").toString());

            StringBuilder data = new StringBuilder(1 << 16).append(sheetStart());
            data.append(row(1, List.copyOf(GROUPS.subList(0, Math.min(GROUPS.size(), header.size())))));
            data.append(row(2, List.copyOf(header)));
            for (int i = 0; i < rows.size(); i++) data.append(row(i + 3, rows.get(i)));
            data.append("</sheetData><mergeCells>");
            // a label merged over the blank cells to its right
            for (int j = 0; j < GROUPS.size(); j++) {
                if (GROUPS.get(j).isEmpty()) continue;
                int to = j;
                while (to + 1 < GROUPS.size() && GROUPS.get(to + 1).isEmpty()) to++;
                if (to > j) data.append("<mergeCell ref=\"").append(column(j)).append("1:").append(column(to)).append("1\"/>");
            }
            put(zip, "xl/worksheets/sheet2.xml", data.append("</mergeCells></worksheet>").toString());
        }
    }

    private static String sheetStart() {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>";
    }

    private static String row(int r, List<?> cells) {
        StringBuilder b = new StringBuilder("<row r=\"").append(r).append("\">");
        for (int j = 0; j < cells.size(); j++) {
            Object v = cells.get(j);
            String ref = column(j) + r;
            if (v instanceof Number n) b.append("<c r=\"").append(ref).append("\"><v>").append(n).append("</v></c>");
            else if (v != null && !v.toString().isEmpty()) {
                b.append("<c r=\"").append(ref).append("\" t=\"inlineStr\"><is><t>").append(esc(v.toString())).append("</t></is></c>");
            }
        }
        return b.append("</row>").toString();
    }

    private static String column(int j) {
        return j < 26 ? String.valueOf((char) ('A' + j)) : "" + (char) ('A' + j / 26 - 1) + (char) ('A' + j % 26);
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static void put(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
