package org.chokepoint.sources.opensanctions;

import org.chokepoint.model.Address;
import org.chokepoint.model.Detail;
import org.chokepoint.model.Entity;
import org.chokepoint.model.EntityBuilder;
import org.chokepoint.model.Findings;
import org.chokepoint.model.FuzzyDate;
import org.chokepoint.model.Identifier;
import org.chokepoint.model.Name;
import org.chokepoint.model.NameKind;
import org.chokepoint.model.Schema;
import org.chokepoint.sources.ListFormatException;
import org.chokepoint.sources.SingleFileSource;
import org.chokepoint.sources.SourceInfo;
import org.chokepoint.sources.tabular.CsvReader;
import org.chokepoint.sources.tabular.Header;
import org.chokepoint.sources.tabular.ListFiles;
import org.chokepoint.sources.text.ListDates;
import org.chokepoint.sources.text.Scripts;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * OpenSanctions' "simple" CSV export ({@code targets.simple.csv}): one row per target with id, schema, name,
 * aliases, birth_date, countries, addresses, identifiers, sanctions, phones, emails, program_ids, dataset,
 * first_seen, last_seen, last_change; multiple values are {@code ;}-separated. Source key {@code opensanctions},
 * sourceId = the OpenSanctions id. Data licence CC BY-NC 4.0: non-commercial use only.
 */
public final class OpenSanctionsTargets extends SingleFileSource {
    public static final String SOURCE = "opensanctions";
    static final List<String> COLUMNS = List.of("id", "schema", "name", "aliases", "birth_date", "countries", "addresses",
            "identifiers", "sanctions", "phones", "emails", "program_ids", "dataset");
    private static final Pattern IMO = Pattern.compile("IMO\\s*(\\d{7})");

    public OpenSanctionsTargets(Path file) {
        super(SOURCE, file);
    }

    @Override
    protected SourceInfo readFile(Consumer<Entity> out, Findings findings) throws IOException {
        try (CsvReader rows = ListFiles.openCsv(file, ',')) {
            List<String> first = rows.next();
            if (first == null) throw new ListFormatException(file + ": empty file, expected the targets.simple.csv header");
            Header columns = Header.of(first).require(COLUMNS, file + ": line 1", "an OpenSanctions targets.simple.csv");
            List<String> row;
            while ((row = rows.next()) != null) {
                if (row.stream().allMatch(String::isBlank)) continue;
                Entity e = map(row, columns, file + ": line " + rows.recordLine(), findings);
                if (e != null) out.accept(e);
            }
        }
        return SourceInfo.undated(SOURCE);
    }

    private static Entity map(List<String> row, Header columns, String where, Findings findings) {
        String id = cell(row, columns, "id");
        String schemaName = cell(row, columns, "schema");
        String name = cell(row, columns, "name");
        if (id.isEmpty() || name.isEmpty()) {
            findings.error(SOURCE, where, "incomplete", (id.isEmpty() ? "row without id" : id + " has no name") + ", skipped");
            return null;
        }
        Optional<Schema> schema = OpenSanctionsSchemas.of(schemaName);
        if (schema.isEmpty()) {
            findings.warn(SOURCE, where, "schema", id + ": schema '" + schemaName + "' read as an organisation");
        }
        EntityBuilder b = Entity.builder(SOURCE, id, schema.orElse(Schema.ORGANIZATION));
        b.name(new Name(name, NameKind.PRIMARY, Scripts.detect(name), null));
        for (String alias : values(row, columns, "aliases")) b.name(new Name(alias, NameKind.STRONG_ALIAS, Scripts.detect(alias), null));
        for (String d : values(row, columns, "birth_date")) {
            FuzzyDate date = ListDates.parse(d);
            if (date == null) findings.warn(SOURCE, where, "bad-date", id + ": birth_date '" + d + "' unreadable");
            b.birthDate(date);
        }
        for (String c : values(row, columns, "countries")) b.country(c.toUpperCase(Locale.ROOT));
        for (String a : values(row, columns, "addresses")) b.address(new Address(a, null, null, null, null, null));
        for (String i : values(row, columns, "identifiers")) {
            Matcher m = IMO.matcher(i);
            if (m.matches()) {
                b.identifier(new Identifier("IMO", m.group(1), null, null));
                if (b.schema() == Schema.VESSEL) b.detail(Detail.IMO, m.group(1));
            } else {
                b.identifier(new Identifier("Identifier", i, null, null));
            }
        }
        for (String p : values(row, columns, "phones")) b.identifier(new Identifier("Phone", p, null, null));
        for (String e : values(row, columns, "emails")) b.identifier(new Identifier("Email", e, null, null));
        values(row, columns, "program_ids").forEach(b::program);
        values(row, columns, "dataset").forEach(b::list);
        List<String> sanctions = values(row, columns, "sanctions");
        if (!sanctions.isEmpty()) b.remarks(String.join("\n", sanctions));
        return b.build();
    }

    private static String cell(List<String> row, Header columns, String column) {
        return columns.cell(row, column);
    }

    /** The {@code ;}-separated values of a cell; a value that is only quote marks (the export writes {@code ""}) is empty. */
    static List<String> values(List<String> row, Header columns, String column) {
        List<String> out = new ArrayList<>();
        for (String v : cell(row, columns, column).split(";")) {
            String t = v.strip();
            if (!t.isEmpty() && !t.chars().allMatch(c -> c == '"')) out.add(t);
        }
        return out;
    }
}
