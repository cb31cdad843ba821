package org.chokepoint.app.report;

import org.chokepoint.app.audit.AuditSummary;
import org.chokepoint.app.audit.CodeJudgement;
import org.chokepoint.audit.AuditResult;
import org.chokepoint.audit.CodeDecoder;
import org.chokepoint.audit.CodeVerdict;
import org.chokepoint.audit.ColumnProfile;
import org.chokepoint.audit.CountryShare;
import org.chokepoint.audit.EvidenceLine;
import org.chokepoint.audit.RowVerdict;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/** A self-contained HTML page (inline CSS and SVG, nothing fetched) that shows an audit to a person. */
public final class AuditHtmlReport {
    private static final int MAX_ROWS_SHOWN = 300;
    private static final String[] PALETTE = {"#c0392b", "#2471a3", "#1e8449", "#b9770e", "#7d3c98", "#117a65", "#566573", "#a04000"};

    private AuditHtmlReport() {
    }

    /**
     * @param countryName alpha-2 → name, for display
     * @param judgements  the decision engine's judgement per code (may be empty)
     */
    public static String render(AuditResult r, Function<String, String> countryName, List<CodeJudgement> judgements) {
        StringBuilder h = new StringBuilder(1 << 16);
        h.append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Audit: ").append(esc(r.file())).append("</title><style>")
                .append("body{font:14px/1.45 system-ui,sans-serif;margin:2em auto;max-width:1200px;color:#222;padding:0 1em}")
                .append("table{border-collapse:collapse;margin:.6em 0 1.4em}td,th{border:1px solid #ccc;padding:3px 7px;text-align:left;vertical-align:top}")
                .append("th{background:#f2f2f2}td.n{text-align:right;font-variant-numeric:tabular-nums}.bad{color:#a00;font-weight:600}")
                .append(".note{color:#666}.code{font-family:monospace;font-weight:700}h2{border-bottom:2px solid #ddd;padding-bottom:.2em;margin-top:1.8em}")
                .append("</style></head><body>");
        h.append("<h1>Hidden destinations audit</h1><p><b>File:</b> ").append(esc(r.file())).append("<br><b>Rows read:</b> ")
                .append(String.format("%,d", r.rows())).append(" · <b>open rows</b> (country named): ").append(String.format("%,d", r.openRows()))
                .append(" in ").append(r.openCountries().size()).append(" countries · <b>rows without a country</b>: ").append(String.format("%,d", r.blankRows()))
                .append("</p>");
        switch (r.status()) {
            case NOT_JUDGEABLE -> h.append("<p class=\"bad\">This file could not be judged: ").append(esc(r.reason()))
                    .append(". This is not a finding that nothing is hidden.</p>");
            case NOTHING_HIDDEN -> h.append("<p>Every country cell names a country or is blank, and no blank row's clues point to an embargoed destination: no codes found.</p>");
            case HIDDEN_IN_BLANKS -> h.append("<p class=\"bad\">No codes, but rows with no destination carry clues of embargoed destinations (see below).")
                    .append(r.reason() == null ? "" : " Note: " + esc(r.reason())).append("</p>");
            case CODES_FOUND -> h.append("<p class=\"bad\">").append(r.codes().size()).append(" code(s) stand where a country should be, on ")
                    .append(r.codes().stream().mapToInt(CodeVerdict::rows).sum()).append(" rows.")
                    .append(r.reason() == null ? "" : " Note: " + esc(r.reason())).append("</p>");
        }
        if (!r.codes().isEmpty()) {
            h.append("<h2>Codes and what they hide</h2><table><tr><th>code</th><th>decoded as</th><th>confidence</th><th>runner-up</th>")
                    .append("<th>rows</th><th>rows with own evidence</th><th>years</th><th>value</th></tr>");
            for (CodeVerdict c : r.codes()) {
                AuditSummary s = AuditSummary.of(c);
                h.append("<tr><td class=\"code\">").append(esc(c.code())).append("</td><td>")
                        .append(c.country() != null ? esc(countryName.apply(c.country())) + " (" + c.country() + ")"
                                : "<i>" + esc(c.kind() == CodeVerdict.Kind.UNDECODED ? "no evidence" : c.kind().name().toLowerCase().replace('_', ' ')) + "</i>")
                        .append("</td><td class=\"n\">").append(pct(c.confidence())).append("</td><td>")
                        .append(c.candidates().size() > 1 ? esc(c.candidates().get(1).name()) + " " + pct(c.candidates().get(1).probability()) : "")
                        .append("</td><td class=\"n\">").append(c.rows()).append("</td><td class=\"n\">").append(c.rowsWithOwnEvidence())
                        .append("</td><td>").append(s.years()).append("</td><td>").append(esc(s.value())).append("</td></tr>");
            }
            h.append("</table>");
            if (!judgements.isEmpty()) {
                h.append("<h2>Judgement of the decoded records</h2>");
                judgements.forEach(j -> {
                    h.append("<p><span class=\"code\">").append(esc(j.code())).append("</span></p><ul>");
                    j.lines().forEach(l -> h.append("<li>").append(esc(l)).append("</li>"));
                    h.append("</ul>");
                });
            }
            charts(h, r, countryName);
            for (CodeVerdict c : r.codes()) codeSection(h, c, countryName);
        }
        h.append("<h2>Columns</h2><table><tr><th>#</th><th>header</th><th>role found</th><th>fit</th></tr>");
        for (ColumnProfile p : r.columns()) {
            h.append("<tr><td class=\"n\">").append(p.index() + 1).append("</td><td>").append(esc(p.header())).append("</td><td>")
                    .append(p.role().name().toLowerCase()).append("</td><td class=\"n\">").append(pct(p.score())).append("</td></tr>");
        }
        h.append("</table>");
        if (!r.problems().isEmpty()) {
            h.append("<h2>Problems met while reading</h2><ul>");
            r.problems().forEach(p -> h.append("<li>").append(esc(p)).append("</li>"));
            h.append("</ul>");
        }
        h.append("<p class=\"note\">How to read the confidence: each clue either names the true country or is noise; how often a clue value ")
                .append("names the true country is learnt from this file's open rows (a value seen openly with many countries, like USD, counts for nothing). ")
                .append("Countries named openly elsewhere in the file are less likely a priori; the E:1/E:2 embargoed destinations more. ")
                .append("Clues are grouped before they are counted: one clue makes a code at most 70 % sure, one kind of clue in a row (all telephone codes, all places) ")
                .append("counts at most one and a half times that, a transshipment hub with its own city and telephone code counts once, and a row, however many ")
                .append("clues it carries, may be a reseller's: confidence grows with independent rows. ")
                .append("Rows marked <i>inherited</i> carry no clue of their own and take their code's verdict. A row of a one-country code keeps its code's country; ")
                .append("what its own clues say alone is shown beside it, in red when they name another country.</p>");
        h.append("</body></html>\n");
        return h.toString();
    }

    private static void codeSection(StringBuilder h, CodeVerdict c, Function<String, String> countryName) {
        h.append("<h2>Code <span class=\"code\">").append(esc(c.code())).append("</span> ")
                .append(c.country() == null ? esc(c.kind().name().toLowerCase().replace('_', ' '))
                        : "= " + esc(countryName.apply(c.country())) + " (" + pct(c.confidence()) + ")").append("</h2>");
        if (c.note() != null) h.append("<p class=\"bad\">").append(esc(c.note())).append("</p>");
        if (!c.candidates().isEmpty()) {
            h.append("<p>Candidates: ");
            for (CountryShare s : c.candidates()) h.append(esc(s.name())).append(" ").append(pct(s.probability())).append(" · ");
            h.setLength(h.length() - 3);
            h.append("</p>");
        }
        h.append("<h3>Evidence</h3><table><tr><th>kind</th><th>column</th><th>value</th><th>rows</th><th>points to</th><th>reliability in this file</th>")
                .append("<th>weight for the verdict (log-odds)</th><th>source</th></tr>");
        for (EvidenceLine e : c.evidence()) {
            StringBuilder pts = new StringBuilder();
            for (CountryShare s : e.points()) pts.append(esc(s.name())).append(e.points().size() > 1 ? " " + pct(s.probability()) : "").append("; ");
            if (pts.length() > 2) pts.setLength(pts.length() - 2);
            h.append("<tr><td>").append(esc(e.kind().label())).append("</td><td>").append(esc(e.column())).append("</td><td>").append(esc(e.value()))
                    .append("</td><td class=\"n\">").append(e.rows()).append("</td><td>").append(pts).append("</td><td class=\"n\">").append(pct(e.reliability()))
                    .append("</td><td class=\"n\">").append(String.format("%.1f", e.weight())).append("</td><td class=\"note\">").append(esc(e.source())).append("</td></tr>");
        }
        h.append("</table><h3>Rows</h3><table><tr><th>line</th><th>id</th><th>decoded</th><th>probability</th><th>basis</th><th>the row's clues alone say</th><th>date</th><th>value</th><th>customer</th></tr>");
        int shown = 0;
        for (RowVerdict v : c.verdicts()) {
            if (shown++ >= MAX_ROWS_SHOWN) break;
            boolean differs = c.country() != null ? v.alone() != null && !v.alone().equals(c.country()) && v.aloneProbability() >= 0.8
                    : v.country() != null && c.kind() == CodeVerdict.Kind.NO_DESTINATION && CodeDecoder.embargoed(v.country());
            h.append("<tr><td class=\"n\">").append(v.line()).append("</td><td>").append(esc(v.id())).append("</td><td").append(differs && c.country() == null ? " class=\"bad\"" : "").append(">")
                    .append(v.country() == null ? "—" : esc(countryName.apply(v.country()))).append("</td><td class=\"n\">").append(pct(v.probability()))
                    .append("</td><td>").append(v.inherited() ? "<i>inherited</i>" : esc(String.join("; ", v.evidence())))
                    .append("</td><td").append(differs && c.country() != null ? " class=\"bad\"" : "").append(">")
                    .append(v.alone() == null ? "" : esc(countryName.apply(v.alone())) + " " + pct(v.aloneProbability())).append("</td><td>")
                    .append(v.date() == null ? "" : v.date()).append("</td><td class=\"n\">")
                    .append(v.amount() == null ? "" : String.format("%,.0f %s", v.amount(), v.currency() == null ? "" : esc(v.currency())))
                    .append("</td><td>").append(esc(v.customer())).append("</td></tr>");
        }
        h.append("</table>");
        if (c.verdicts().size() > MAX_ROWS_SHOWN) {
            h.append("<p class=\"note\">First ").append(MAX_ROWS_SHOWN).append(" of ").append(c.verdicts().size()).append(" rows shown; --json lists all.</p>");
        }
    }

    /** Bar chart of value by decoded country, and stacked columns of value by year, in the most used currency. */
    private static void charts(StringBuilder h, AuditResult r, Function<String, String> countryName) {
        Map<String, Double> byCurrency = new TreeMap<>();
        for (RowVerdict v : r.decodedRows()) if (v.amount() != null && v.country() != null) byCurrency.merge(String.valueOf(v.currency()), v.amount(), Double::sum);
        if (byCurrency.isEmpty()) return;
        String currency = byCurrency.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        Map<String, Double> byCountry = new LinkedHashMap<>();
        Map<Integer, Map<String, Double>> byYear = new TreeMap<>();
        for (RowVerdict v : r.decodedRows()) {
            if (v.amount() == null || v.country() == null || !currency.equals(String.valueOf(v.currency()))) continue;
            byCountry.merge(v.country(), v.amount(), Double::sum);
            if (v.date() != null) byYear.computeIfAbsent(v.date().getYear(), y -> new LinkedHashMap<>()).merge(v.country(), v.amount(), Double::sum);
        }
        List<String> countries = new ArrayList<>(byCountry.keySet());
        countries.sort((a, b) -> Double.compare(byCountry.get(b), byCountry.get(a)));
        Map<String, String> colour = new LinkedHashMap<>();
        for (int i = 0; i < countries.size(); i++) colour.put(countries.get(i), PALETTE[i % PALETTE.length]);

        h.append("<h2>Value of the hidden projects (").append(esc(currency)).append(")</h2>");
        int barH = 26;
        int width = 760;
        double max = byCountry.values().stream().mapToDouble(Double::doubleValue).max().orElse(1);
        h.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(width).append("\" height=\"").append(countries.size() * barH + 10)
                .append("\" role=\"img\" aria-label=\"value by decoded country\">");
        for (int i = 0; i < countries.size(); i++) {
            String c = countries.get(i);
            double w = byCountry.get(c) / max * 440;
            int y = i * barH + 4;
            h.append("<text x=\"0\" y=\"").append(y + 16).append("\" font-size=\"13\">").append(esc(countryName.apply(c))).append("</text>")
                    .append("<rect x=\"170\" y=\"").append(y).append("\" width=\"").append(String.format("%.1f", w)).append("\" height=\"").append(barH - 8)
                    .append("\" fill=\"").append(colour.get(c)).append("\"/>")
                    .append("<text x=\"").append(String.format("%.1f", 176 + w)).append("\" y=\"").append(y + 14).append("\" font-size=\"12\">")
                    .append(String.format("%,.0f", byCountry.get(c))).append("</text>");
        }
        h.append("</svg>");
        if (byYear.isEmpty()) return;
        h.append("<h3>By year</h3>");
        double maxYear = byYear.values().stream().mapToDouble(m -> m.values().stream().mapToDouble(Double::doubleValue).sum()).max().orElse(1);
        int colW = Math.max(24, Math.min(60, 700 / byYear.size()));
        int chartH = 220;
        int svgW = 70 + byYear.size() * colW + 160;
        h.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(svgW).append("\" height=\"").append(chartH + 40)
                .append("\" role=\"img\" aria-label=\"value by year and decoded country\">")
                .append("<line x1=\"60\" y1=\"").append(chartH).append("\" x2=\"").append(60 + byYear.size() * colW).append("\" y2=\"").append(chartH).append("\" stroke=\"#888\"/>")
                .append("<text x=\"0\" y=\"14\" font-size=\"11\">").append(String.format("%,.0f", maxYear)).append("</text>");
        int i = 0;
        for (Map.Entry<Integer, Map<String, Double>> e : byYear.entrySet()) {
            double y = chartH;
            int x = 62 + i * colW;
            for (String c : countries) {
                double v = e.getValue().getOrDefault(c, 0.0);
                if (v <= 0) continue;
                double hh = v / maxYear * (chartH - 20);
                y -= hh;
                h.append("<rect x=\"").append(x).append("\" y=\"").append(String.format("%.1f", y)).append("\" width=\"").append(colW - 4)
                        .append("\" height=\"").append(String.format("%.1f", hh)).append("\" fill=\"").append(colour.get(c)).append("\"><title>")
                        .append(e.getKey()).append(" ").append(esc(countryName.apply(c))).append(": ").append(String.format("%,.0f", v)).append("</title></rect>");
            }
            h.append("<text x=\"").append(x).append("\" y=\"").append(chartH + 16).append("\" font-size=\"11\">").append(e.getKey()).append("</text>");
            i++;
        }
        int lx = 70 + byYear.size() * colW;
        int ly = 20;
        for (String c : countries) {
            h.append("<rect x=\"").append(lx).append("\" y=\"").append(ly - 10).append("\" width=\"12\" height=\"12\" fill=\"").append(colour.get(c)).append("\"/>")
                    .append("<text x=\"").append(lx + 18).append("\" y=\"").append(ly).append("\" font-size=\"12\">").append(esc(countryName.apply(c))).append("</text>");
            ly += 18;
        }
        h.append("</svg>");
    }

    private static String pct(double p) {
        if (p >= 0.9995 && p < 1) return "99.9%";
        if (p > 0 && p < 0.0005) return "<0.1%";
        return String.format("%.1f%%", p * 100);
    }

    static String esc(String s) {
        if (s == null) return "";
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
