package org.chokepoint.app.json;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.chokepoint.model.FileMeta;
import org.chokepoint.model.FindingCount;
import org.chokepoint.model.LinkCount;
import org.chokepoint.model.Snapshot;
import org.chokepoint.model.SourceMeta;
import org.chokepoint.model.stats.SnapshotDiff;
import org.chokepoint.model.stats.SnapshotStats;
import org.chokepoint.sources.snapshot.SnapshotStore;

import java.util.List;

/**
 * Snapshots, their statistics, stored listings and diffs as JSON, the same for {@code lists ... --json} and the
 * server's {@code /v1/lists} endpoints.
 */
public final class SnapshotJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private SnapshotJson() {
    }

    /** The stored snapshots, newest first: {@code [{"id", "active", "createdAt", "entities", "fileSize", "error"}]}. */
    public static ArrayNode listingsJson(List<SnapshotStore.Listing> listings) {
        ArrayNode arr = JSON.createArrayNode();
        for (SnapshotStore.Listing l : listings) {
            ObjectNode n = arr.addObject().put("id", l.id()).put("active", l.active()).put("fileSize", l.fileSize());
            if (l.header() != null) {
                n.put("createdAt", l.header().createdAt().toString());
                n.put("entities", l.header().entityCount());
            }
            if (l.error() != null) n.put("error", l.error());
        }
        return arr;
    }

    public static String pretty(ObjectNode node) {
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(node);
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
