package org.chokepoint.app.report;

import org.chokepoint.rules.Decision;
import org.chokepoint.rules.RuleFinding;
import org.chokepoint.rules.Verdict;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The batch report: one self-contained HTML page (inline CSS and SVG, no scripts or CDN) with totals by verdict,
 * exposure charts by destination and by rule, and every decision that needs attention with its findings.
 */
public final class DecisionReport {
    private static final Map<Verdict, String> COLOUR = Map.of(Verdict.CLEAR, "#4c9a5b", Verdict.REVIEW, "#e0a526",
            Verdict.LICENCE_REQUIRED, "#d9682b", Verdict.BLOCK, "#b3261e");
    private static final int TOP = 15;

    private DecisionReport() {
    }

    public static String html(String title, String provenance, BatchSummary s) {
        StringBuilder h = new StringBuilder(64 * 1024);
        h.append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>").append(esc(title)).append("</title><style>")
                .append("body{font:14px/1.45 system-ui,sans-serif;margin:24px;color:#222;max-width:1200px}")
                .append("h1{font-size:22px}h2{font-size:17px;margin-top:28px}.cards{display:flex;gap:12px}")
                .append(".card{padding:10px 16px;border-radius:6px;color:#fff;min-width:130px}.card b{font-size:24px;display:block}")
                .append("table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #ddd;padding:4px 6px;text-align:left;vertical-align:top}")
                .append(".v{font-weight:bold;white-space:nowrap}.cite{color:#555;font-size:12px}.muted{color:#666}")
                .append("</style></head><body>");
        h.append("<h1>").append(esc(title)).append("</h1><p class=\"muted\">").append(esc(provenance)).append("</p>");
        h.append("<div class=\"cards\">");
        for (Verdict v : Verdict.values()) {
            h.append("<div class=\"card\" style=\"background:").append(COLOUR.get(v)).append("\"><b>")
                    .append(String.format(Locale.ROOT, "%,d", s.count(v))).append("</b>").append(v.label()).append("</div>");
        }
        h.append("</div><p>").append(esc(s.line())).append("</p>");
        h.append("<h2>Exposure by destination (").append(esc(s.currencyLabel())).append(")</h2>").append(chart(s.byDestination()));
        h.append("<h2>Exposure by rule (value of the transactions each rule flagged)</h2>").append(chart(s.byRule()));
        h.append("<h2>Decisions that need attention</h2>");
        if (s.attention() > s.kept().size()) {
            h.append("<p class=\"muted\">The first ").append(s.kept().size()).append(" of ").append(s.attention())
                    .append(" are listed; the JSON output (--out) has all of them.</p>");
        }
        h.append("<table><tr><th>transaction</th><th>verdict</th><th>as of</th><th>destination</th><th>findings</th></tr>");
        for (Decision d : s.kept()) {
            h.append("<tr><td>").append(esc(d.transactionId())).append("</td><td class=\"v\" style=\"color:")
                    .append(COLOUR.get(d.verdict())).append("\">").append(d.verdict().label()).append("</td><td>").append(d.asOf())
                    .append("</td><td>").append(esc(d.destination() == null ? "unknown" : d.destination())).append("</td><td>");
            for (RuleFinding f : d.findings()) {
                if (f.verdict() == Verdict.CLEAR && !f.isCondition()) continue;
                h.append("<div><span class=\"v\" style=\"color:").append(COLOUR.get(f.verdict())).append("\">").append(f.verdict().label())
                        .append("</span> <code>").append(esc(f.ruleId())).append("</code> ").append(esc(f.subject())).append(": ")
                        .append(esc(f.evidence())).append("<div class=\"cite\">").append(esc(f.citation()))
                        .append(f.effective() == null ? "" : "; effective " + f.effective()).append("</div></div>");
            }
            h.append("</td></tr>");
        }
        h.append("</table></body></html>\n");
        return h.toString();
    }

    /** Horizontal stacked bars (one colour per verdict), the largest TOP keys; inline SVG. */
    static String chart(Map<String, Map<Verdict, BigDecimal>> data) {
        List<Map.Entry<String, BigDecimal>> rows = new ArrayList<>();
        data.forEach((k, m) -> rows.add(Map.entry(k, m.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add))));
        rows.sort(Map.Entry.<String, BigDecimal>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()));
        if (rows.isEmpty()) return "<p class=\"muted\">nothing to chart</p>";
        List<Map.Entry<String, BigDecimal>> shown = rows.subList(0, Math.min(TOP, rows.size()));
        double max = Math.max(1e-9, shown.get(0).getValue().doubleValue());
        int label = 230;
        int width = 560;
        int bar = 20;
        int height = shown.size() * (bar + 6) + 30;
        StringBuilder svg = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + (label + width + 150)
                + "\" height=\"" + height + "\" role=\"img\" font-size=\"12\">");
        int y = 4;
        for (var row : shown) {
            svg.append("<text x=\"").append(label - 6).append("\" y=\"").append(y + 14).append("\" text-anchor=\"end\">")
                    .append(esc(row.getKey())).append("</text>");
            double x = label;
            for (Verdict v : Verdict.values()) {
                BigDecimal part = data.get(row.getKey()).get(v);
                if (part == null || part.signum() == 0) continue;
                double w = part.doubleValue() / max * width;
                svg.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"%s\"><title>%s %s: %s</title></rect>",
                        x, y, Math.max(w, 0.5), bar, COLOUR.get(v), esc(row.getKey()), v.label(), DecisionText.money(part)));
                x += w;
            }
            svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\">%s</text>", x + 6, y + 14, DecisionText.money(row.getValue())));
            y += bar + 6;
        }
        int lx = label;
        for (Verdict v : Verdict.values()) {
            svg.append("<rect x=\"").append(lx).append("\" y=\"").append(y + 6).append("\" width=\"12\" height=\"12\" fill=\"")
                    .append(COLOUR.get(v)).append("\"/><text x=\"").append(lx + 16).append("\" y=\"").append(y + 16).append("\">")
                    .append(v.label()).append("</text>");
            lx += 140;
        }
        svg.append("</svg>");
        String more = rows.size() > TOP ? "<p class=\"muted\">" + (rows.size() - TOP) + " more not shown.</p>" : "";
        return svg + more;
    }

    static String esc(String s) {
        if (s == null) return "";
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
