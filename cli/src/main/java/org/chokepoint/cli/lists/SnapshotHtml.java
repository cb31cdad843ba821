package org.chokepoint.cli.lists;

import org.chokepoint.model.Entity;
import org.chokepoint.model.LinkCount;
import org.chokepoint.model.Schema;
import org.chokepoint.model.Snapshot;
import org.chokepoint.model.SourceMeta;
import org.chokepoint.model.stats.SnapshotDiff;
import org.chokepoint.model.stats.SnapshotStats;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Self-contained HTML reports (inline CSS and SVG, no external resources) of snapshot statistics and diffs. */
public final class SnapshotHtml {
    private static final int ROWS = 500;
    private static final String[] COLORS = {"#3b6ea5", "#d9822b", "#5a9e4b", "#a14a76", "#7f7f7f"};

    private SnapshotHtml() {
    }

    private record Bar(String label, List<Integer> parts) {
        int total() {
            return parts.stream().mapToInt(Integer::intValue).sum();
        }
    }

    public static String diff(SnapshotDiff d, String before, String after) {
        StringBuilder h = head("Snapshot diff " + before + " → " + after);
        h.append("<p class=big>").append(fmt(d.added().size())).append(" added · ").append(fmt(d.removed().size()))
                .append(" removed · ").append(fmt(d.changed().size())).append(" changed</p>");
        h.append("<h2>Per source</h2>");
        List<Bar> perSource = d.perSource().stream()
                .map(c -> new Bar(c.source(), List.of(c.added(), c.removed(), c.changed()))).toList();
        h.append(legend(List.of("added", "removed", "changed"))).append(bars(perSource));
        h.append(table(List.of("source", "added", "removed", "changed", "unchanged"), d.perSource().stream()
                .map(c -> List.<Object>of(c.source(), c.added(), c.removed(), c.changed(), c.unchanged())).toList()));
        if (!d.fieldCounts().isEmpty()) {
            h.append("<h2>Which fields changed</h2><p>Entities whose field differs (one entity counts once per field).</p>");
            List<Bar> fields = new ArrayList<>();
            d.fieldCounts().forEach((f, n) -> fields.add(new Bar(f.name().toLowerCase(Locale.ROOT), List.of(n))));
            h.append(bars(fields));
        }
        h.append("<h2>Added</h2>").append(entities(d.added()));
        h.append("<h2>Removed</h2>").append(entities(d.removed()));
        h.append("<h2>Changed</h2>");
        h.append(table(List.of("key", "name", "changed fields"), d.changed().stream().limit(ROWS)
                .map(c -> List.<Object>of(c.key(), c.after().primaryName().value(), c.fields().stream()
                        .map(f -> f.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", ")))).toList()));
        more(h, d.changed().size());
        return h.append("</body></html>\n").toString();
    }

    public static String stats(Snapshot s, SnapshotStats stats) {
        StringBuilder h = head("Snapshot " + s.shortId());
        h.append("<p>").append(esc(s.id())).append("<br>created ").append(esc(s.createdAt().toString())).append(", ")
                .append(fmt(s.size())).append(" entities</p>");
        h.append("<h2>Entities per source and schema</h2>");
        List<Bar> bars = new ArrayList<>();
        for (SourceMeta m : s.sources()) {
            List<Integer> parts = new ArrayList<>();
            for (Schema schema : Schema.values()) parts.add(m.entityCounts().getOrDefault(schema, 0));
            bars.add(new Bar(m.source(), parts));
        }
        List<String> schemas = new ArrayList<>();
        for (Schema schema : Schema.values()) schemas.add(schema.name().toLowerCase(Locale.ROOT));
        h.append(legend(schemas)).append(bars(bars));
        h.append(table(List.of("source", "schema", "entities", "names", "links", "addresses", "identifiers", "birth dates"),
                stats.rows().stream().map(r -> List.<Object>of(r.source(), r.schema().name().toLowerCase(Locale.ROOT),
                        r.entities(), r.names(), r.links(), r.addresses(), r.identifiers(), r.birthDates())).toList()));
        h.append("<h2>Data quality</h2>");
        h.append(table(List.of("source", "orphans", "unparsable dates", "duplicate ids", "unresolved links", "other findings"),
                stats.quality().stream().map(q -> List.<Object>of(q.source(), q.orphans(), q.unparsableDates(),
                        q.duplicateIds(), q.unresolvedLinks(), q.otherFindings())).toList()));
        h.append("<h2>Links between entities</h2>");
        List<Bar> links = new ArrayList<>();
        for (LinkCount l : stats.links()) {
            links.add(new Bar(l.fromSource() + " → " + l.toSource() + " " + l.type().name().toLowerCase(Locale.ROOT),
                    List.of(l.resolved(), l.unresolved())));
        }
        h.append(legend(List.of("resolved", "unresolved"))).append(bars(links));
        h.append("<h2>Files</h2>");
        List<List<Object>> files = new ArrayList<>();
        for (SourceMeta m : s.sources()) {
            m.files().forEach(f -> files.add(List.of(m.source(), f.path(), f.size(), f.sha256(), f.lastModified().toString())));
        }
        h.append(table(List.of("source", "file", "bytes", "sha256", "modified"), files));
        return h.append("</body></html>\n").toString();
    }

    private static StringBuilder head(String title) {
        return new StringBuilder("<!DOCTYPE html><html lang=en><head><meta charset=utf-8><title>").append(esc(title))
                .append("</title><style>body{font:14px system-ui,sans-serif;margin:2em;max-width:70em;color:#222}"
                        + "table{border-collapse:collapse;margin:1em 0}td,th{border-bottom:1px solid #ddd;padding:3px 8px;"
                        + "text-align:left}td.n{text-align:right;font-variant-numeric:tabular-nums}.big{font-size:1.4em}"
                        + ".legend span{display:inline-block;width:12px;height:12px;margin:0 4px 0 12px;vertical-align:middle}"
                        + "</style></head><body><h1>").append(esc(title)).append("</h1>");
    }

    /** Horizontal stacked bars, one per row, scaled to the largest total. */
    private static String bars(List<Bar> rows) {
        if (rows.isEmpty()) return "<p>(none)</p>";
        int labelW = 260;
        int width = 560;
        int rowH = 22;
        int max = Math.max(1, rows.stream().mapToInt(Bar::total).max().orElse(1));
        StringBuilder svg = new StringBuilder("<svg xmlns='http://www.w3.org/2000/svg' width='" + (labelW + width + 90)
                + "' height='" + (rows.size() * rowH + 4) + "' role=img>");
        for (int i = 0; i < rows.size(); i++) {
            Bar r = rows.get(i);
            int y = i * rowH + 2;
            svg.append("<text x='").append(labelW - 6).append("' y='").append(y + 14).append("' text-anchor='end' font-size='12'>")
                    .append(esc(r.label())).append("</text>");
            double x = labelW;
            for (int p = 0; p < r.parts().size(); p++) {
                double w = (double) r.parts().get(p) / max * width;
                if (w > 0) {
                    svg.append(String.format(Locale.ROOT, "<rect x='%.1f' y='%d' width='%.1f' height='%d' fill='%s'><title>%s</title></rect>",
                            x, y, w, rowH - 6, COLORS[p % COLORS.length], fmt(r.parts().get(p))));
                }
                x += w;
            }
            svg.append(String.format(Locale.ROOT, "<text x='%.1f' y='%d' font-size='12'>%s</text>", x + 4, y + 14, fmt(r.total())));
        }
        return svg.append("</svg>").toString();
    }

    private static String legend(List<String> names) {
        StringBuilder s = new StringBuilder("<p class=legend>");
        for (int i = 0; i < names.size(); i++) {
            s.append("<span style='background:").append(COLORS[i % COLORS.length]).append("'></span>").append(esc(names.get(i)));
        }
        return s.append("</p>").toString();
    }

    private static String entities(List<Entity> list) {
        StringBuilder h = new StringBuilder(table(List.of("key", "name", "schema", "programs"), list.stream().limit(ROWS)
                .map(e -> List.<Object>of(e.key(), e.primaryName().value(), e.schema().name().toLowerCase(Locale.ROOT),
                        String.join(", ", e.programs()))).toList()));
        more(h, list.size());
        return h.toString();
    }

    private static void more(StringBuilder h, int size) {
        if (size > ROWS) h.append("<p>… and ").append(fmt(size - ROWS)).append(" more (use --json for the complete list)</p>");
    }

    private static String table(List<String> header, List<List<Object>> rows) {
        if (rows.isEmpty()) return "<p>(none)</p>";
        StringBuilder t = new StringBuilder("<table><tr>");
        header.forEach(c -> t.append("<th>").append(esc(c)).append("</th>"));
        t.append("</tr>");
        for (List<Object> r : rows) {
            t.append("<tr>");
            for (Object c : r) {
                if (c instanceof Number n) t.append("<td class=n>").append(fmt(n.longValue())).append("</td>");
                else t.append("<td>").append(esc(String.valueOf(c))).append("</td>");
            }
            t.append("</tr>");
        }
        return t.append("</table>").toString();
    }

    private static String fmt(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    static String esc(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
