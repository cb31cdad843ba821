package org.chokepoint.model.stats;

import org.chokepoint.identity.CrossLinks;
import org.chokepoint.model.Entity;
import org.chokepoint.model.FindingCount;
import org.chokepoint.model.LinkCount;
import org.chokepoint.model.Schema;
import org.chokepoint.model.Snapshot;
import org.chokepoint.model.SourceMeta;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts over a snapshot: per source and schema how many entities, names, links, addresses, identifiers and
 * birth dates; per source the data-quality findings (orphan records, unparsable dates, duplicate ids) and
 * unresolved links; and the cross-list link counts.
 */
public record SnapshotStats(String snapshotId, List<Row> rows, List<Quality> quality, List<LinkCount> links) {

    /** Totals for one source and schema. */
    public record Row(String source, Schema schema, int entities, int names, int links, int addresses,
                      int identifiers, int birthDates) {
    }

    /**
     * Data quality of one source. {@code orphans}: records that refer to an entry that is not there (an alias
     * or address row without its primary row); {@code unparsableDates}: dates that could not be read;
     * {@code duplicateIds}: records whose id was already taken; {@code otherFindings}: everything else.
     */
    public record Quality(String source, int orphans, int unparsableDates, int duplicateIds, int unresolvedLinks,
                          int otherFindings) {
    }

    public static SnapshotStats of(Snapshot snapshot) {
        Map<String, int[]> acc = new TreeMap<>();
        for (Entity e : snapshot.entities()) {
            int[] c = acc.computeIfAbsent(e.source() + "\t" + e.schema().name(), k -> new int[6]);
            c[0]++;
            c[1] += e.names().size();
            c[2] += e.links().size();
            c[3] += e.addresses().size();
            c[4] += e.identifiers().size();
            c[5] += e.birthDates().size();
        }
        List<Row> rows = new ArrayList<>();
        acc.forEach((k, c) -> {
            String[] p = k.split("\t");
            rows.add(new Row(p[0], Schema.valueOf(p[1]), c[0], c[1], c[2], c[3], c[4], c[5]));
        });

        List<LinkCount> links = CrossLinks.count(snapshot);
        Map<String, int[]> q = new TreeMap<>();
        for (SourceMeta s : snapshot.sources()) q.put(s.source(), new int[5]);
        for (FindingCount f : snapshot.findings().counts()) {
            int[] c = q.computeIfAbsent(f.source(), k -> new int[5]);
            int cat = category(f.code());
            if (cat >= 0) c[cat] += f.count();
        }
        for (LinkCount l : links) q.computeIfAbsent(l.fromSource(), k -> new int[5])[3] += l.unresolved();
        List<Quality> quality = new ArrayList<>();
        q.forEach((s, c) -> quality.add(new Quality(s, c[0], c[1], c[2], c[3], c[4])));
        return new SnapshotStats(snapshot.id(), rows, quality, links);
    }

    /**
     * Which quality column a finding code counts in; codes are the readers' own, so this goes by the words
     * they are built from ({@code orphan-alias}, {@code bad-date}, {@code duplicate-key}, ...). Link findings
     * are left out because unresolved links are counted from the links themselves, and per-file summaries
     * ({@code orphan-summary}) because their rows are already counted one by one.
     */
    static int category(String code) {
        String c = code.toLowerCase(Locale.ROOT);
        if (c.startsWith("link-") || c.endsWith("-summary")) return -1;
        if (c.contains("orphan")) return 0;
        if (c.contains("date") || c.contains("dob")) return 1;
        if (c.contains("duplicate")) return 2;
        return 4;
    }
}
