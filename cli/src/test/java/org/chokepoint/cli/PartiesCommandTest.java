package org.chokepoint.cli;

import org.chokepoint.app.Chokepoint;
import org.chokepoint.app.Config;
import org.chokepoint.cases.Cases;
import org.chokepoint.cases.CasesOptions;
import org.chokepoint.cases.db.Sql;
import org.chokepoint.cases.db.StoreConfig;
import org.chokepoint.model.Snapshot;
import org.chokepoint.sources.ofac.OfacCsvFiles;
import org.chokepoint.sources.ofac.OfacCsvSource;
import org.chokepoint.sources.snapshot.SnapshotBuilder;
import org.chokepoint.sources.snapshot.SnapshotStore;
import org.chokepoint.cases.parties.PartyVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code chokepoint parties ...} on the embedded store of a home of its own. */
class PartiesCommandTest {
    @TempDir
    Path home;


    private CliRun parties(String... args) {
        return CliRun.in(home, "parties", args);
    }

    private <T> T withCases(java.util.function.Function<Cases, T> f) {
        Chokepoint engine = Chokepoint.open(Config.of(Config.fromEnvironment().dataDir(), home), n -> { });
        try (Cases cases = Cases.open(engine, StoreConfig.embedded(home), CasesOptions.defaults())) {
            return f.apply(cases);
        }
    }

    private static final String CSV = """
            Customer_ID,Full Name,KIND,Country-Code,DOB,identifiers,segment
            C-1,Ana Lima,person,BR,1980-02-03,PASS-1;TAX-9,retail
            C-2,Acme Trading Ltd,company,GB,,,wholesale
            C-3,,person,FR,,,retail
            C-4,Bo Chen,starship,CN,,,
            C-5,Dandong Hongxiang Industrial Development,company,CN,,,trade
            """;

    @Test
    void importCountsRejectsByLineAndReimportsAsUnchanged() throws IOException {
        Path file = home.resolve("customers.csv");
        Files.writeString(file, CSV, StandardCharsets.UTF_8);
        CliRun first = parties("import", file.toString(), "--no-screen");
        assertEquals(0, first.code(), first.err());
        assertEquals("customers.csv: 3 created, 0 changed, 0 unchanged, 2 rejected, 0 alerts opened\n"
                + "rejected rows:\n"
                + "  customers.csv line 4: no name\n"
                + "  customers.csv line 5: unknown type 'starship' (person, organization, company, vessel or aircraft)\n", first.out());
        PartyVersion ana = withCases(c -> c.parties().current("C-1").orElseThrow());
        assertEquals("Ana Lima", ana.name());
        assertEquals("PERSON", ana.schema());
        assertEquals("BR", ana.country());
        assertEquals("1980-02-03", ana.birthDate());
        assertEquals(List.of("PASS-1", "TAX-9"), ana.identifiers());
        assertEquals(Map.of("segment", "retail"), ana.attributes());

        CliRun again = parties("import", file.toString(), "--no-screen");
        assertTrue(again.out().startsWith("customers.csv: 0 created, 0 changed, 3 unchanged, 2 rejected, 0 alerts opened\n"), again.out());

        Files.writeString(file, CSV.replace("Acme Trading Ltd", "Acme Trading Limited"), StandardCharsets.UTF_8);
        CliRun changed = parties("import", file.toString(), "--no-screen");
        assertTrue(changed.out().startsWith("customers.csv: 0 created, 1 changed, 2 unchanged, 2 rejected, 0 alerts opened\n"), changed.out());
        List<PartyVersion> versions = withCases(c -> c.parties().versions("C-2"));
        assertEquals(List.of("Acme Trading Ltd", "Acme Trading Limited"), versions.stream().map(PartyVersion::name).toList());
        assertEquals(List.of(1, 2), versions.stream().map(PartyVersion::version).toList());

        CliRun list = parties("list", "--limit", "2");
        assertEquals("C-1\tv1\tAna Lima\tPERSON\tBR\nC-2\tv2\tAcme Trading Limited\tCOMPANY\tGB\n2 of 3 parties\n", list.out());
        assertEquals(0, parties("delete", "C-1").code());
        assertEquals(1, parties("delete", "C-1").code());
        assertEquals(2L, (long) withCases(c -> c.parties().count()));
    }

    @Test
    void screenedImportThenMonitorAndRescreen() throws IOException {
        Snapshot sdn = new SnapshotBuilder().source(OfacCsvSource.sdn(new OfacCsvFiles(
                Config.fromEnvironment().dataDir().resolve("lists/ofac-sdn/2021-07-07/sdn.csv"), null, null, null, false))).build().snapshot();
        SnapshotStore snapshots = new SnapshotStore(home);
        snapshots.save(sdn);
        snapshots.activate(sdn.id());
        Path file = home.resolve("customers.csv");
        Files.writeString(file, CSV, StandardCharsets.UTF_8);
        CliRun r = parties("import", file.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("customers.csv: 3 created, 0 changed, 0 unchanged, 2 rejected, 1 alerts opened\n"), r.out());
        assertEquals(List.of("C-5"), withCases(c -> c.database().read(cn -> Sql.list(cn,
                "SELECT DISTINCT party_id FROM alerts WHERE state = 'OPEN'", x -> x.getString(1)))));

        assertEquals("parties already screened on snapshot " + sdn.id() + "\n", parties("monitor").out());
        assertEquals("full re-screen on snapshot " + sdn.id() + "\n", parties("rescreen").out().lines().findFirst().orElseThrow() + "\n");
        assertTrue(parties("rescreen").out().contains("3 parties, 3 screened, 0 alerts opened, 0 closed"));
    }

    @Test
    void listsActivateReScreensTheStoredParties() throws IOException {
        Path data = Config.fromEnvironment().dataDir();
        Snapshot old = new SnapshotBuilder().source(OfacCsvSource.sdn(new OfacCsvFiles(
                data.resolve("lists/ofac-sdn/2021-07-07/sdn.csv"), null, null, null, false))).build().snapshot();
        Snapshot now = new SnapshotBuilder().source(OfacCsvSource.sdn(new OfacCsvFiles(
                data.resolve("lists/ofac-sdn/2024-05-03/sdn.csv"), null, null, null, false))).build().snapshot();
        SnapshotStore snapshots = new SnapshotStore(home);
        snapshots.save(old);
        snapshots.save(now);
        snapshots.activate(old.id());
        Path file = home.resolve("customers.csv");
        // VTB Bank was designated between the two releases (ofac-sdn:17013 is new in 2024)
        Files.writeString(file, "id,name,type\nC-1,VTB Bank Public Joint Stock Company,company\nC-2,Acme Garden Tools,company\n");
        assertEquals(0, parties("import", file.toString()).code());
        assertEquals(0, (long) withCases(c -> c.database().read(cn -> Sql.longValue(cn, "SELECT COUNT(*) FROM alerts WHERE state = 'OPEN'"))));

        CliRun activate = CliRun.of("lists", "activate", now.id().substring(0, 12), "--home", home.toString());
        assertEquals(0, activate.code(), activate.err());
        assertTrue(activate.out().contains("delta re-screen " + old.id() + " -> " + now.id() + ": 6,870 added, 745 changed, 881 removed entries"),
                activate.out());
        assertEquals(List.of("C-1 ofac-sdn:17013"), withCases(c -> c.database().read(cn -> Sql.list(cn,
                "SELECT party_id, entity_key FROM alerts WHERE state = 'OPEN' AND entity_key = 'ofac-sdn:17013'",
                x -> x.getString(1) + " " + x.getString(2)))));
        assertEquals("parties already screened on snapshot " + now.id() + "\n", parties("monitor").out());
        assertEquals(List.of("snapshot:" + old.id(), "snapshot:" + now.id()), withCases(c -> c.database().read(cn -> Sql.list(cn,
                "SELECT subject FROM trail WHERE kind = 'lists.activate' ORDER BY seq", x -> x.getString(1)))));
    }

    @Test
    void missingFileExitsTwo() {
        CliRun r = parties("import", home.resolve("nope.csv").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("cannot read"), r.err());
    }

    @Test
    void jsonLinesWithIdentifierArraysAndABrokenLine() throws IOException {
        Path file = home.resolve("parties.txt"); // no known extension: the first character says JSON lines
        Files.writeString(file, """
                {"ref": "J-1", "party_name": "Kim Jong Un", "schema": "person", "identifiers": ["A-1", "B-2"], "tier": 3}
                {not json
                {"ref": "J-3", "party_name": "Feliciano Baldini", "date_of_birth": "1961-05-05", "nationality": "IT"}
                {"party_name": "No Id"}
                """, StandardCharsets.UTF_8);
        CliRun r = parties("import", file.toString(), "--no-screen");
        assertEquals("parties.txt: 2 created, 0 changed, 0 unchanged, 2 rejected, 0 alerts opened\n"
                + "rejected rows:\n  parties.txt line 2: not a JSON object\n  parties.txt line 4: no id\n", r.out());
        PartyVersion kim = withCases(c -> c.parties().current("J-1").orElseThrow());
        assertEquals(List.of("A-1", "B-2"), kim.identifiers());
        assertEquals(Map.of("tier", "3"), kim.attributes());
        PartyVersion fel = withCases(c -> c.parties().current("J-3").orElseThrow());
        assertEquals("IT", fel.country());
        assertEquals("1961-05-05", fel.birthDate());
    }

    @Test
    void xlsxFirstSheetWithInlineStrings() throws IOException {
        Path file = home.resolve("suppliers.xlsx");
        writeXlsx(file, List.of(
                List.of("party id", "Name", "Type", "Country", "Risk"),
                List.of("X-1", "Northwind Shipping", "company", "NO", "low"),
                List.of("X-2", "", "company", "SE", ""),
                List.of("X-3", "Grace Hopper", "person", "US", "high")));
        CliRun r = parties("import", file.toString(), "--no-screen");
        assertEquals(0, r.code(), r.err());
        assertEquals("suppliers.xlsx: 2 created, 0 changed, 0 unchanged, 1 rejected, 0 alerts opened\n"
                + "rejected rows:\n  suppliers.xlsx row 3: no name\n", r.out());
        PartyVersion grace = withCases(c -> c.parties().current("X-3").orElseThrow());
        assertEquals("Grace Hopper", grace.name());
        assertEquals(Map.of("Risk", "high"), grace.attributes());
    }

    /** The smallest workbook the reader accepts: a workbook part and one sheet of inline strings. */
    static void writeXlsx(Path file, List<List<String>> rows) throws IOException {
        StringBuilder sheet = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
        for (int i = 0; i < rows.size(); i++) {
            sheet.append("<row r=\"").append(i + 1).append("\">");
            for (int j = 0; j < rows.get(i).size(); j++) {
                String v = rows.get(i).get(j);
                if (v.isEmpty()) continue;
                sheet.append("<c r=\"").append((char) ('A' + j)).append(i + 1).append("\" t=\"inlineStr\"><is><t>")
                        .append(v).append("</t></is></c>");
            }
            sheet.append("</row>");
        }
        sheet.append("</sheetData></worksheet>");
        try (OutputStream os = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(os)) {
            Consumer<String[]> put = part -> {
                try {
                    zip.putNextEntry(new ZipEntry(part[0]));
                    zip.write(part[1].getBytes(StandardCharsets.UTF_8));
                    zip.closeEntry();
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            };
            put.accept(new String[]{"xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheets>"
                    + "<sheet name=\"Parties\" sheetId=\"1\"/></sheets></workbook>"});
            put.accept(new String[]{"xl/worksheets/sheet1.xml", sheet.toString()});
        }
    }
}
