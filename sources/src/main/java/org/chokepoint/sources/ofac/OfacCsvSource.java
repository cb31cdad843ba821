package org.chokepoint.sources.ofac;

import org.chokepoint.model.Address;
import org.chokepoint.model.Detail;
import org.chokepoint.model.Entity;
import org.chokepoint.model.EntityBuilder;
import org.chokepoint.model.Findings;
import org.chokepoint.model.Name;
import org.chokepoint.model.NameKind;
import org.chokepoint.model.Schema;
import org.chokepoint.sources.DamagedFile;
import org.chokepoint.sources.ListSource;
import org.chokepoint.sources.SourceInfo;
import org.chokepoint.sources.tabular.CsvReader;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * OFAC's legacy CSV set: a primary file ({@code sdn.csv} or {@code cons_prim.csv}, 12 fields, no header,
 * {@code -0-} for empty) joined by {@code ent_num} with aliases ({@code alt.csv}: ent_num, alt_num, type,
 * name, remarks), addresses ({@code add.csv}: ent_num, add_num, address, city/state/postal, country, remarks)
 * and the overflow of long remarks ({@code sdn_comments.csv}: ent_num, remarks continuation).
 *
 * <p>The alias, address and comment files are small (a few MB) and are loaded into maps first; the primary
 * file is then streamed. Rows of the side files whose {@code ent_num} has no primary record are reported
 * per row as {@code orphan-alias}/{@code orphan-address}/{@code orphan-comment} (so
 * {@link Findings#count} is the exact row count) plus one {@code orphan-summary} per file.
 *
 * <p>OFAC cuts the remarks field at {@value #REMARKS_WIDTH} characters and continues it in the comments file,
 * mid-word. A comment is therefore joined only to a primary whose remarks are exactly that long; any other
 * comment is reported ({@code comment-unjoined}). When the comments come from another release than the
 * primary file, every join is also reported ({@code comment-cross-release}): the seam can be wrong if the
 * remarks changed between the releases.
 */
public final class OfacCsvSource implements ListSource {
    /** Width at which OFAC truncates the remarks field of the primary file. */
    public static final int REMARKS_WIDTH = 1000;
    private static final int PRIMARY_FIELDS = 12;

    private final String source;
    private final String listName;
    private final OfacCsvFiles files;

    public OfacCsvSource(String source, String listName, OfacCsvFiles files) {
        this.source = source;
        this.listName = listName;
        this.files = files;
    }

    /** The SDN list ({@code ofac-sdn}). */
    public static OfacCsvSource sdn(OfacCsvFiles files) {
        return new OfacCsvSource("ofac-sdn", "SDN List", files);
    }

    /** The non-SDN Consolidated Sanctions List ({@code ofac-cons}). */
    public static OfacCsvSource consolidated(OfacCsvFiles files) {
        return new OfacCsvSource("ofac-cons", "Non-SDN Consolidated Sanctions List", files);
    }

    @Override
    public String source() {
        return source;
    }

    @Override
    public List<Path> files() {
        return files.all();
    }

    @Override
    public SourceInfo read(Consumer<Entity> out, Findings findings) throws IOException {
        return DamagedFile.guard(files.primary(), () -> readFiles(out, findings));
    }

    private SourceInfo readFiles(Consumer<Entity> out, Findings findings) throws IOException {
        Map<Integer, List<Row>> aliases = files.aliases() == null ? new HashMap<>() : side(files.aliases(), 5, true, findings);
        Map<Integer, List<Row>> addresses = files.addresses() == null ? new HashMap<>() : side(files.addresses(), 6, true, findings);
        Map<Integer, List<Row>> comments = files.comments() == null ? new HashMap<>() : side(files.comments(), 2, false, findings);
        Map<Integer, Long> seen = new HashMap<>();
        try (CsvReader r = CsvReader.open(files.primary(), ',')) {
            List<String> f;
            while ((f = r.next()) != null) {
                if (f.isEmpty()) continue;
                String where = r.fileName() + ":" + r.recordLine();
                Integer id = checkedEntNum(f, PRIMARY_FIELDS, where, findings);
                if (id == null) continue;
                Long first = seen.putIfAbsent(id, r.recordLine());
                if (first != null) {
                    findings.error(source, where, "duplicate-id", "ent_num " + id + " already read at line " + first + "; row skipped");
                    continue;
                }
                Entity e = entity(id, f, where, aliases.remove(id), addresses.remove(id), comments.remove(id), findings);
                if (e != null) out.accept(e);
            }
            requireComplete(r, findings);
        }
        reportOrphans(aliases, files.aliases(), "orphan-alias", "alias", findings);
        reportOrphans(addresses, files.addresses(), "orphan-address", "address", findings);
        reportOrphans(comments, files.comments(), "orphan-comment", "comment", findings);
        return SourceInfo.undated(source);
    }

    private Entity entity(int id, List<String> f, String where, List<Row> aliasRows, List<Row> addressRows,
                          List<Row> commentRows, Findings findings) {
        String name = value(f.get(1));
        if (name == null) {
            findings.error(source, where, "no-name", "ent_num " + id + " has no name; row skipped");
            return null;
        }
        EntityBuilder b = Entity.builder(source, String.valueOf(id), schema(value(f.get(2)), where, findings));
        b.name(Name.primary(name)).list(listName);
        programs(value(f.get(3))).forEach(b::program);
        b.detail(Detail.TITLE, value(f.get(4)))
                .detail(Detail.CALL_SIGN, value(f.get(5)))
                .detail(Detail.VESSEL_TYPE, value(f.get(6)))
                .detail(Detail.TONNAGE, value(f.get(7)))
                .detail(Detail.GROSS_REGISTERED_TONNAGE, value(f.get(8)))
                .detail(Detail.VESSEL_FLAG, value(f.get(9)))
                .detail(Detail.VESSEL_OWNER, value(f.get(10)));
        String remarks = joinComments(id, f.get(11), commentRows, where, findings);
        b.remarks(remarks);
        OfacRemarks parsed = OfacRemarks.parse(remarks);
        parsed.applyTo(b);
        for (String unread : parsed.unreadDates()) {
            findings.warn(source, where, "bad-date", "ent_num " + id + ": DOB '" + unread + "' is not an OFAC date form");
        }
        if (aliasRows != null) {
            for (Row a : aliasRows) {
                String alias = value(a.fields.get(3));
                if (alias != null) b.name(Name.alias(alias, aliasKind(a.fields.get(2))));
            }
        }
        if (addressRows != null) {
            for (Row a : addressRows) {
                Address address = address(a.fields);
                if (address != null) {
                    b.address(address);
                    b.country(address.country());
                }
            }
        }
        return b.build();
    }

    /** {@code rawRemarks} unstripped: the cut may fall just after a blank that belongs between the two parts. */
    private String joinComments(int id, String rawRemarks, List<Row> commentRows, String where, Findings findings) {
        String remarks = value(rawRemarks) == null ? null : rawRemarks;
        if (commentRows == null) {
            if (remarks != null && remarks.length() == REMARKS_WIDTH) {
                findings.info(source, where, "remarks-truncated",
                        "ent_num " + id + ": remarks cut at " + REMARKS_WIDTH + " characters and no continuation in the comments file");
            }
            return value(rawRemarks);
        }
        StringBuilder joined = new StringBuilder(remarks == null ? "" : remarks);
        for (Row c : commentRows) {
            String more = c.fields.get(1);
            if (remarks == null || remarks.length() != REMARKS_WIDTH) {
                findings.warn(source, c.where, "comment-unjoined", "ent_num " + id + ": remarks are "
                        + (remarks == null ? 0 : remarks.length()) + " characters, not cut at " + REMARKS_WIDTH
                        + ", so the continuation does not belong to them; not joined");
                continue;
            }
            if (files.commentsFromOtherRelease()) {
                findings.info(source, c.where, "comment-cross-release",
                        "ent_num " + id + ": remarks continued from another release's comments file");
            }
            joined.append(more);
        }
        return value(joined.toString());
    }

    private Schema schema(String type, String where, Findings findings) {
        if (type == null) return Schema.ORGANIZATION;
        return switch (type.toLowerCase(java.util.Locale.ROOT)) {
            case "individual" -> Schema.PERSON;
            case "vessel" -> Schema.VESSEL;
            case "aircraft" -> Schema.AIRCRAFT;
            default -> {
                findings.warn(source, where, "unknown-type", "SDN_Type '" + type + "' unknown; read as organization");
                yield Schema.ORGANIZATION;
            }
        };
    }

    private static NameKind aliasKind(String type) {
        String t = type.strip().toLowerCase(java.util.Locale.ROOT);
        return t.startsWith("fka") || t.startsWith("f.k.a") ? NameKind.FORMER_NAME : NameKind.STRONG_ALIAS;
    }

    /** add.csv fields: ent_num, add_num, address, city/state/postal, country, remarks. */
    private static Address address(List<String> f) {
        String street = value(f.get(2));
        String cityLine = value(f.get(3));
        String country = value(f.get(4));
        String note = value(f.get(5));
        String full = Stream.of(street, cityLine, country).filter(s -> s != null).collect(Collectors.joining(", "));
        if (note != null) full = full.isEmpty() ? note : full + " (" + note + ")";
        if (full.isEmpty()) return null;
        return new Address(full, street, cityLine, null, null, country);
    }

    /** "SDGT] [SYRIA" (the CSV drops the outer brackets) or "[DPRK4] [IFSR]" into program codes. */
    static List<String> programs(String field) {
        if (field == null) return List.of();
        List<String> out = new ArrayList<>();
        for (String p : field.split("\\]\\s*\\[|\\[|\\]")) {
            if (!p.isBlank()) out.add(p.strip());
        }
        return out;
    }

    /** OFAC writes empty fields as {@code -0-} (with a trailing blank). */
    static String value(String field) {
        if (field == null) return null;
        String s = field.strip();
        return s.isEmpty() || s.equals("-0-") ? null : s;
    }

    private static Integer entNum(String field) {
        String s = field.strip();
        if (s.isEmpty() || s.length() > 9 || !s.chars().allMatch(Character::isDigit)) return null;
        return Integer.valueOf(s);
    }

    /** The row's ent_num when the row has the layout's field count and a numeric ent_num; else an error and null. */
    private Integer checkedEntNum(List<String> f, int fields, String where, Findings findings) {
        if (f.size() != fields) {
            findings.error(source, where, "field-count", "expected " + fields + " fields, found " + f.size() + "; row skipped");
            return null;
        }
        Integer id = entNum(f.get(0));
        if (id == null) findings.error(source, where, "bad-ent-num", "ent_num '" + f.get(0).strip() + "' is not a number; row skipped");
        return id;
    }

    private Map<Integer, List<Row>> side(Path file, int fields, boolean markerRequired, Findings findings) throws IOException {
        Map<Integer, List<Row>> rows = new HashMap<>();
        try (CsvReader r = CsvReader.open(file, ',')) {
            List<String> f;
            while ((f = r.next()) != null) {
                if (f.isEmpty()) continue;
                String where = r.fileName() + ":" + r.recordLine();
                Integer id = checkedEntNum(f, fields, where, findings);
                if (id == null) continue;
                rows.computeIfAbsent(id, k -> new ArrayList<>()).add(new Row(where, f));
            }
            if (markerRequired) requireComplete(r, findings);
        }
        return rows;
    }

    /**
     * OFAC ends its primary, alias and address files with the DOS end-of-file byte. Without it the file was most
     * likely cut short in transfer at a record boundary, which no row-level check can see; an error lets
     * {@code lists update} refuse it. (The comments file is not checked: OFAC has published it without the byte.)
     */
    private void requireComplete(CsvReader r, Findings findings) {
        if (!r.endedWithEofMarker()) {
            findings.error(source, r.fileName(), "no-end-marker",
                    "file does not end with OFAC's end-of-file byte (0x1A): it may have been cut short");
        }
    }

    private void reportOrphans(Map<Integer, List<Row>> left, Path file, String code, String what, Findings findings) {
        if (left.isEmpty()) return;
        int rows = 0;
        for (Map.Entry<Integer, List<Row>> e : new TreeMap<>(left).entrySet()) {
            for (Row row : e.getValue()) {
                rows++;
                findings.warn(source, row.where, code, "ent_num " + e.getKey() + ": " + what + " row without a primary record in "
                        + files.primary().getFileName());
            }
        }
        findings.warn(source, String.valueOf(file), "orphan-summary", String.format(java.util.Locale.ROOT,
                "%d %s rows for %d entities have no primary record in %s (%s)", rows, what, left.size(),
                files.primary().getFileName(), code));
    }

    private record Row(String where, List<String> fields) {
    }
}
