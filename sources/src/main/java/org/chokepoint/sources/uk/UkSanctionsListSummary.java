package org.chokepoint.sources.uk;

import org.chokepoint.model.Entity;
import org.chokepoint.model.EntityBuilder;
import org.chokepoint.model.Findings;
import org.chokepoint.model.FuzzyDate;
import org.chokepoint.model.Identifier;
import org.chokepoint.model.Link;
import org.chokepoint.model.LinkType;
import org.chokepoint.model.Name;
import org.chokepoint.model.NameKind;
import org.chokepoint.model.Schema;
import org.chokepoint.sources.SingleFileSource;
import org.chokepoint.sources.SourceInfo;
import org.chokepoint.sources.tabular.CsvReader;
import org.chokepoint.sources.tabular.ListFiles;
import org.chokepoint.sources.tabular.OdsReader;
import org.chokepoint.sources.tabular.TabularReader;
import org.chokepoint.sources.text.ListDates;
import org.chokepoint.sources.text.Scripts;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The FCDO UK Sanctions List summary export ({@code .ods} as published, or a CSV of its one sheet): one row per
 * designation with Unique ID, OFSI Group ID, Name, Regime Name, Type, Designation source, Date Designated
 * ({@code DD-MM-YYYY}) and Sanctions Imposed. A lighter view of the same list as {@link UkSanctionsListTables}
 * (same source key {@code uk-fcdo}, same sourceId): one name per designation, no aliases, dates of birth or documents.
 */
public final class UkSanctionsListSummary extends SingleFileSource {
    static final List<String> COLUMNS = List.of("Unique ID", "OFSI Group ID", "Name", "Regime Name", "Type",
            "Designation source", "Date Designated", "Sanctions Imposed");

    public UkSanctionsListSummary(Path file) {
        super(UkSanctionsListTables.SOURCE, file);
    }

    @Override
    protected SourceInfo readFile(Consumer<Entity> out, Findings findings) throws IOException {
        if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".ods")) {
            try (OdsReader ods = OdsReader.open(file); TabularReader rows = ods.sheet(0)) {
                return read(rows, out, findings);
            }
        }
        try (CsvReader rows = ListFiles.openCsv(file, ',')) {
            return read(rows, out, findings);
        }
    }

    private static SourceInfo read(TabularReader rows, Consumer<Entity> out, Findings findings) throws IOException {
        String source = UkSanctionsListTables.SOURCE;
        HeaderedTable t = new HeaderedTable(rows, COLUMNS);
        Set<String> seen = new HashSet<>();
        while (t.next()) {
            String id = t.get("Unique ID");
            String name = t.get("Name");
            if (id.isEmpty() || name.isEmpty()) {
                findings.error(source, t.where(), "incomplete", (id.isEmpty() ? "row without Unique ID" : id + " has no Name") + ", skipped");
                continue;
            }
            if (!seen.add(id)) {
                findings.warn(source, t.where(), "duplicate-subject", id + " listed twice; first row kept");
                continue;
            }
            Schema schema = Schema.parse(t.get("Type")).orElse(null);
            if (schema == null) {
                findings.warn(source, t.where(), "subject-type", id + ": unknown Type '" + t.get("Type") + "', read as entity");
                schema = Schema.ORGANIZATION;
            }
            EntityBuilder b = Entity.builder(source, id, schema)
                    .name(new Name(name, NameKind.PRIMARY, Scripts.detect(name), null))
                    .program(t.get("Regime Name"))
                    .list("UK Sanctions List");
            String group = t.get("OFSI Group ID");
            if (!group.isEmpty()) {
                b.identifier(new Identifier("OFSI Group ID", group, "GB", null));
                b.link(new Link(LinkType.SAME_AS, OfsiConsolidatedList.SOURCE + ":" + group, null, null));
            }
            String designated = t.get("Date Designated");
            if (!designated.isEmpty()) {
                FuzzyDate d = ListDates.parse(designated);
                if (d == null) findings.warn(source, t.where(), "bad-date", id + ": Date Designated '" + designated + "' unreadable");
                b.listedOn(d);
            }
            b.remarks("Designation source: " + t.get("Designation source") + ". Sanctions imposed: " + t.get("Sanctions Imposed"));
            out.accept(b.build());
        }
        return SourceInfo.undated(source); // the export states no date of its own
    }
}
