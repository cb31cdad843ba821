package org.chokepoint.cli.lists;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.chokepoint.app.json.SnapshotJson;
import org.chokepoint.model.Entity;
import org.chokepoint.model.FileMeta;
import org.chokepoint.model.FindingCount;
import org.chokepoint.model.LinkCount;
import org.chokepoint.model.Schema;
import org.chokepoint.model.Snapshot;
import org.chokepoint.model.SourceMeta;
import org.chokepoint.model.stats.SnapshotDiff;
import org.chokepoint.model.stats.SnapshotStats;
import org.chokepoint.sources.snapshot.SnapshotStore;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Renders snapshots, their statistics and diffs as text tables (the JSON shapes are {@link SnapshotJson}). */
public final class SnapshotReport {
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
        out.println(SnapshotJson.pretty(node));
    }
}
