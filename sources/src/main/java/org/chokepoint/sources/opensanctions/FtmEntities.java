package org.chokepoint.sources.opensanctions;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import org.chokepoint.sources.tabular.ListFiles;
import org.chokepoint.sources.tabular.LenientTextReader;
import org.chokepoint.sources.text.ListDates;
import org.chokepoint.sources.text.Scripts;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * FollowTheMoney entities as OpenSanctions publishes them ({@code entities.ftm.json}): one JSON object per line,
 * {@code {"id":…, "schema":"Person", "properties":{"name":[…], "alias":[…], "birthDate":[…], …}}}. Each line is
 * parsed on its own with Jackson, so a broken line is a finding naming the line and the rest is still read; a
 * line longer than {@value #MAX_LINE_CHARS} characters is a format error. Only sanctionable schemas become
 * entities; relation and detail records (Sanction, Ownership, Address, ...) are counted as skipped.
 */
public final class FtmEntities extends SingleFileSource {
    public static final int MAX_LINE_CHARS = 16 << 20;
    /** FtM identifier properties and the label they get. */
    private static final Map<String, String> IDENTIFIERS = Map.ofEntries(
            Map.entry("idNumber", "National ID"), Map.entry("passportNumber", "Passport"), Map.entry("registrationNumber", "Registration No"),
            Map.entry("taxNumber", "Tax No"), Map.entry("innCode", "INN"), Map.entry("ogrnCode", "OGRN"), Map.entry("okpoCode", "OKPO"),
            Map.entry("imoNumber", "IMO"), Map.entry("mmsi", "MMSI"), Map.entry("callSign", "Call Sign"), Map.entry("swiftBic", "SWIFT/BIC"),
            Map.entry("leiCode", "LEI"), Map.entry("vatCode", "VAT"), Map.entry("serialNumber", "Serial No"),
            Map.entry("phone", "Phone"), Map.entry("email", "Email"));

    private final ObjectMapper mapper;

    /** @param source the source key the entities get ({@code opensanctions} for OpenSanctions exports) */
    public FtmEntities(Path file, String source) {
        super(source, file);
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).build()).build();
        this.mapper = new ObjectMapper(factory);
    }

    public FtmEntities(Path file) {
        this(file, OpenSanctionsTargets.SOURCE);
    }

    @Override
    protected SourceInfo readFile(Consumer<Entity> out, Findings findings) throws IOException {
        try (BufferedReader in = new BufferedReader(LenientTextReader.open(ListFiles.openBytes(file)), 1 << 16)) {
            StringBuilder line = new StringBuilder();
            long number = 0;
            while (readLine(in, line, number + 1)) {
                number++;
                if (line.toString().isBlank()) continue;
                String where = file + ": line " + number;
                JsonNode node;
                boolean trailing;
                try (JsonParser p = mapper.getFactory().createParser(line.toString())) {
                    node = mapper.readTree(p);
                    trailing = p.nextToken() != null;
                } catch (JsonProcessingException e) {
                    findings.error(source(), where, "bad-json", "not a JSON object: " + e.getOriginalMessage());
                    continue;
                }
                if (trailing) {
                    findings.error(source(), where, "bad-json", "more than one JSON value on the line");
                    continue;
                }
                Entity e = map(node, where, findings);
                if (e != null) out.accept(e);
            }
        }
        return SourceInfo.undated(source());
    }

    /** Reads one line into {@code line}; false at end of input. */
    private boolean readLine(Reader in, StringBuilder line, long number) throws IOException {
        line.setLength(0);
        int c = in.read();
        if (c < 0) return false;
        while (c >= 0 && c != '\n') {
            if (line.length() >= MAX_LINE_CHARS) {
                throw new ListFormatException(file + ": line " + number + ": longer than " + MAX_LINE_CHARS + " characters");
            }
            if (c != '\r') line.append((char) c);
            c = in.read();
        }
        return true;
    }

    private Entity map(JsonNode node, String where, Findings findings) {
        if (!node.isObject()) {
            findings.error(source(), where, "bad-json", "line is not a JSON object");
            return null;
        }
        String id = node.path("id").asText("");
        String schemaName = node.path("schema").asText("");
        if (id.isEmpty()) {
            findings.error(source(), where, "no-id", "entity without id skipped");
            return null;
        }
        Optional<Schema> schema = OpenSanctionsSchemas.of(schemaName);
        if (schema.isEmpty()) {
            findings.info(source(), where, "skipped-schema", id + ": schema '" + schemaName + "' is not a list target");
            return null;
        }
        JsonNode props = node.path("properties");
        EntityBuilder b = Entity.builder(source(), id, schema.get());
        List<String> names = strings(props, "name");
        if (names.isEmpty()) {
            String assembled = String.join(" ", concat(strings(props, "firstName"), strings(props, "lastName"))).strip();
            if (!assembled.isEmpty()) names = List.of(assembled);
        }
        for (int i = 0; i < names.size(); i++) name(b, names.get(i), i == 0 ? NameKind.PRIMARY : NameKind.STRONG_ALIAS);
        strings(props, "alias").forEach(n -> name(b, n, NameKind.STRONG_ALIAS));
        strings(props, "weakAlias").forEach(n -> name(b, n, NameKind.WEAK_ALIAS));
        strings(props, "previousName").forEach(n -> name(b, n, NameKind.FORMER_NAME));
        if (!b.hasNames()) {
            findings.error(source(), where, "no-name", id + " has no name, skipped");
            return null;
        }
        for (String d : strings(props, "birthDate")) {
            FuzzyDate date = ListDates.parse(d);
            if (date == null) findings.warn(source(), where, "bad-date", id + ": date '" + d + "' unreadable");
            b.birthDate(date);
        }
        strings(props, "birthPlace").forEach(b::birthPlace);
        strings(props, "nationality").forEach(c -> b.nationality(c.toUpperCase(Locale.ROOT)));
        strings(props, "citizenship").forEach(c -> b.citizenship(c.toUpperCase(Locale.ROOT)));
        for (String c : concat(strings(props, "country"), strings(props, "jurisdiction"))) b.country(c.toUpperCase(Locale.ROOT));
        strings(props, "address").forEach(a -> b.address(new Address(a, null, null, null, null, null)));
        IDENTIFIERS.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(en ->
                strings(props, en.getKey()).forEach(v -> b.identifier(new Identifier(en.getValue(), v, null, null))));
        strings(props, "imoNumber").stream().findFirst().ifPresent(v -> b.detail(Detail.IMO, v));
        strings(props, "mmsi").stream().findFirst().ifPresent(v -> b.detail(Detail.MMSI, v));
        strings(props, "flag").stream().findFirst().ifPresent(v -> b.detail(Detail.VESSEL_FLAG, v.toUpperCase(Locale.ROOT)));
        strings(props, "type").stream().findFirst().ifPresent(v -> b.detail(schema.get() == Schema.VESSEL ? Detail.VESSEL_TYPE : "type", v));
        strings(props, "gender").stream().findFirst().ifPresent(v -> b.detail(Detail.GENDER, v));
        b.detail(Detail.TITLE, String.join("; ", strings(props, "title")));
        b.detail(Detail.DESIGNATION, String.join("; ", strings(props, "position")));
        strings(props, "sourceUrl").stream().findFirst().ifPresent(v -> b.detail(Detail.SOURCE_URL, v));
        concat(strings(props, "programId"), strings(props, "program")).forEach(b::program);
        for (JsonNode ds : node.path("datasets")) b.list(ds.asText());
        b.remarks(String.join("\n", concat(strings(props, "notes"), strings(props, "summary"))));
        return b.build();
    }

    private static void name(EntityBuilder b, String value, NameKind kind) {
        b.name(new Name(value, kind, Scripts.detect(value), null));
    }

    /** A property's values: FtM properties are arrays of strings; a lone string is accepted too. */
    private static List<String> strings(JsonNode props, String property) {
        JsonNode v = props.path(property);
        List<String> out = new ArrayList<>();
        if (v.isTextual()) {
            if (!v.asText().isBlank()) out.add(v.asText().strip());
        } else if (v.isArray()) {
            for (JsonNode x : v) if (x.isValueNode() && !x.asText().isBlank()) out.add(x.asText().strip());
        }
        return out;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }
}
