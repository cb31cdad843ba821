package org.chokepoint.cli.lists;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.chokepoint.model.Entity;
import org.chokepoint.model.FileMeta;
import org.chokepoint.model.FindingCount;
import org.chokepoint.model.Schema;
import org.chokepoint.model.Snapshot;
import org.chokepoint.model.SourceMeta;
import org.chokepoint.sources.snapshot.LinkCount;
import org.chokepoint.sources.snapshot.SnapshotDiff;
import org.chokepoint.sources.snapshot.SnapshotStats;
import org.chokepoint.sources.snapshot.SnapshotStore;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Renders snapshots, their statistics and diffs as text tables or JSON. */
public final class SnapshotReport {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private SnapshotReport() {
    }

    // ------------------------------------------------------------------ text

    public static void summary(Snapshot s, List<LinkCount> links, PrintWriter out) {
        out.printf("snapshot %s%n", s.id());
        out.printf("created  %s, %,d entities from %d sources%n%n", s.createdAt(), s.size(), s.sources().size());
        sources(s, out);
        out.println();
        files(s, out);
        out.println();
        links(links, out);
        out.println();
        findings(s, out);
    }

    public static void sources(Snapshot s, PrintWriter out) {
        TextTable t = new TextTable("source", "published", ">declared", ">entities", ">person", ">organization",
                ">company", ">vessel", ">aircraft");
        for (SourceMeta m : s.sources()) {
            Map<Schema, Integer> c = m.entityCounts();
            t.row(m.source(), m.published() == null ? "-" : m.published(), m.declaredCount() < 0 ? "-" : m.declaredCount(),
                    m.entityCount(), c.getOrDefault(Schema.PERSON, 0), c.getOrDefault(Schema.ORGANIZATION, 0),
                    c.getOrDefault(Schema.COMPANY, 0), c.getOrDefault(Schema.VESSEL, 0), c.getOrDefault(Schema.AIRCRAFT, 0));
        }
        t.print(out);
    }

    public static void files(Snapshot s, PrintWriter out) {
        TextTable t = new TextTable("source", "file", ">bytes", "sha256", "modified");
        for (SourceMeta m : s.sources()) {
            for (FileMeta f : m.files()) t.row(m.source(), f.path(), f.size(), f.sha256().substring(0, 16), f.lastModified());
        }
        if (t.isEmpty()) out.println("(no file provenance recorded)");
        else t.print(out);
    }

    public static void links(List<LinkCount> links, PrintWriter out) {
        TextTable t = new TextTable("links from", "to", "type", ">resolved", ">unresolved");
        for (LinkCount l : links) t.row(l.fromSource(), l.toSource(), l.type(), l.resolved(), l.unresolved());
        if (t.isEmpty()) out.println("(no links between entities)");
        else t.print(out);
    }

    public static void findings(Snapshot s, PrintWriter out) {
        TextTable t = new TextTable("findings of", "code", ">count");
        for (FindingCount c : s.findings().counts()) t.row(c.source(), c.code(), c.count());
        if (t.isEmpty()) out.println("(no findings)");
        else t.print(out);
        out.printf("%,d findings in total%n", s.findings().total());
    }

    public static void stats(Snapshot s, SnapshotStats stats, PrintWriter out) {
        out.printf("snapshot %s (%,d entities, created %s)%n%n", s.id(), s.size(), s.createdAt());
        TextTable t = new TextTable("source", "schema", ">entities", ">names", ">links", ">addresses", ">identifiers", ">birth dates");
        for (SnapshotStats.Row r : stats.rows()) {
            t.row(r.source(), r.schema().name().toLowerCase(), r.entities(), r.names(), r.links(), r.addresses(),
                    r.identifiers(), r.birthDates());
        }
        t.print(out);
        out.println();
        TextTable q = new TextTable("data quality", ">orphans", ">unparsable dates", ">duplicate ids", ">unresolved links", ">other findings");
        for (SnapshotStats.Quality r : stats.quality()) {
            q.row(r.source(), r.orphans(), r.unparsableDates(), r.duplicateIds(), r.unresolvedLinks(), r.otherFindings());
        }
        q.print(out);
        out.println();
        links(stats.links(), out);
    }

    public static void snapshots(List<SnapshotStore.Listing> listings, PrintWriter out) {
        TextTable t = new TextTable("", "id", "created", ">entities", "sources", ">bytes");
        for (SnapshotStore.Listing l : listings) {
            if (l.header() == null) {
                t.row(l.active() ? "*" : "", l.id().substring(0, 12), "unreadable: " + l.error(), "", "", l.fileSize());
            } else {
                t.row(l.active() ? "*" : "", l.header().shortId(), l.header().createdAt(), l.header().entityCount(),
                        l.header().sources().stream().map(SourceMeta::source).collect(Collectors.joining(",")), l.fileSize());
            }
        }
        if (t.isEmpty()) out.println("no snapshots yet: run 'chokepoint lists build'");
        else t.print(out);
    }

    public static void diff(SnapshotDiff d, String before, String after, int limit, PrintWriter out) {
        out.printf("diff %s -> %s: %,d added, %,d removed, %,d changed%n%n", before, after, d.added().size(),
                d.removed().size(), d.changed().size());
        TextTable t = new TextTable("source", ">added", ">removed", ">changed", ">unchanged");
        for (SnapshotDiff.SourceCounts c : d.perSource()) t.row(c.source(), c.added(), c.removed(), c.changed(), c.unchanged());
        t.print(out);
        if (!d.fieldCounts().isEmpty()) {
            out.println();
            TextTable f = new TextTable("changed field", ">entities");
            d.fieldCounts().forEach((k, v) -> f.row(k.name().toLowerCase(), v));
            f.print(out);
        }
        if (limit > 0) {
            out.println();
            d.added().stream().limit(limit).forEach(e -> out.println("+ " + describe(e)));
            more(out, d.added().size(), limit, "added");
            d.removed().stream().limit(limit).forEach(e -> out.println("- " + describe(e)));
            more(out, d.removed().size(), limit, "removed");
            d.changed().stream().limit(limit).forEach(c -> out.println("~ " + describe(c.after()) + "  changed: "
                    + c.fields().stream().map(x -> x.name().toLowerCase()).collect(Collectors.joining(", "))));
            more(out, d.changed().size(), limit, "changed");
        }
    }

    private static void more(PrintWriter out, int size, int limit, String what) {
        if (size > limit) out.printf("  ... and %,d more %s (--limit to show more, --json for all)%n", size - limit, what);
    }

    private static String describe(Entity e) {
        return e.key() + "  " + e.primaryName().value() + " (" + e.schema().name().toLowerCase() + ")";
    }

    // ------------------------------------------------------------------ JSON

    public static void print(ObjectNode node, PrintWriter out) {
        try {
            out.println(JSON.writeValueAsString(node));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("a tree of plain values always serialises", e);
        }
    }

    public static ObjectNode summaryJson(Snapshot s, List<LinkCount> links) {
        ObjectNode root = JSON.createObjectNode();
        root.put("id", s.id());
        root.put("createdAt", s.createdAt().toString());
        root.put("entities", s.size());
        ArrayNode sources = root.putArray("sources");
        for (SourceMeta m : s.sources()) {
            ObjectNode n = sources.addObject();
            n.put("source", m.source());
            n.put("published", m.published() == null ? null : m.published().toString());
            n.put("declaredCount", m.declaredCount());
            n.put("entities", m.entityCount());
            ObjectNode counts = n.putObject("entitiesBySchema");
            m.entityCounts().forEach((k, v) -> counts.put(k.name().toLowerCase(), v));
            ArrayNode files = n.putArray("files");
            for (FileMeta f : m.files()) {
                files.addObject().put("path", f.path()).put("size", f.size()).put("sha256", f.sha256())
                        .put("lastModified", f.lastModified().toString());
            }
        }
        linksJson(root.putArray("links"), links);
        ArrayNode findings = root.putArray("findings");
        for (FindingCount c : s.findings().counts()) findings.addObject().put("source", c.source()).put("code", c.code()).put("count", c.count());
        return root;
    }

    public static ObjectNode statsJson(SnapshotStats stats) {
        ObjectNode root = JSON.createObjectNode();
        root.put("id", stats.snapshotId());
        ArrayNode rows = root.putArray("rows");
        for (SnapshotStats.Row r : stats.rows()) {
            rows.addObject().put("source", r.source()).put("schema", r.schema().name().toLowerCase()).put("entities", r.entities())
                    .put("names", r.names()).put("links", r.links()).put("addresses", r.addresses())
                    .put("identifiers", r.identifiers()).put("birthDates", r.birthDates());
        }
        ArrayNode quality = root.putArray("quality");
        for (SnapshotStats.Quality q : stats.quality()) {
            quality.addObject().put("source", q.source()).put("orphans", q.orphans()).put("unparsableDates", q.unparsableDates())
                    .put("duplicateIds", q.duplicateIds()).put("unresolvedLinks", q.unresolvedLinks()).put("otherFindings", q.otherFindings());
        }
        linksJson(root.putArray("links"), stats.links());
        return root;
    }

    public static ObjectNode diffJson(SnapshotDiff d, String before, String after) {
        ObjectNode root = JSON.createObjectNode();
        root.put("before", before).put("after", after);
        root.put("added", d.added().size()).put("removed", d.removed().size()).put("changed", d.changed().size());
        ArrayNode per = root.putArray("perSource");
        for (SnapshotDiff.SourceCounts c : d.perSource()) {
            per.addObject().put("source", c.source()).put("added", c.added()).put("removed", c.removed())
                    .put("changed", c.changed()).put("unchanged", c.unchanged());
        }
        ObjectNode fields = root.putObject("changedFields");
        d.fieldCounts().forEach((k, v) -> fields.put(k.name().toLowerCase(), v));
        ArrayNode added = root.putArray("addedEntities");
        d.added().forEach(e -> added.addObject().put("key", e.key()).put("name", e.primaryName().value()));
        ArrayNode removed = root.putArray("removedEntities");
        d.removed().forEach(e -> removed.addObject().put("key", e.key()).put("name", e.primaryName().value()));
        ArrayNode changed = root.putArray("changedEntities");
        for (SnapshotDiff.Change c : d.changed()) {
            ObjectNode n = changed.addObject().put("key", c.key()).put("name", c.after().primaryName().value());
            ArrayNode f = n.putArray("fields");
            c.fields().forEach(x -> f.add(x.name().toLowerCase()));
        }
        return root;
    }

    private static void linksJson(ArrayNode arr, List<LinkCount> links) {
        for (LinkCount l : links) {
            arr.addObject().put("from", l.fromSource()).put("to", l.toSource()).put("type", l.type().name())
                    .put("resolved", l.resolved()).put("unresolved", l.unresolved());
        }
    }
}
