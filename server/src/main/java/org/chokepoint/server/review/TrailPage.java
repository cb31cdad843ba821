package org.chokepoint.server.review;

import org.chokepoint.cases.trail.TrailRecord;
import org.chokepoint.cases.users.Session;

import java.util.List;

import static org.chokepoint.server.review.Html.esc;

/** The audit trail records of one case, with their hashes (the chain is verified by {@code trail verify}). */
final class TrailPage {
    private TrailPage() {
    }

    static String render(Session session, long caseId, List<TrailRecord> records) {
        StringBuilder h = new StringBuilder();
        h.append("<p class=\"crumbs\"><a href=\"/review\">Queue</a> › <a href=\"/review/cases/").append(caseId).append("\">Case ")
                .append(caseId).append("</a> › Trail</p>")
                .append("<div class=\"title-row\"><h1>Audit trail of case ").append(caseId).append("</h1><span class=\"count\">")
                .append(records.size()).append(" records</span></div>");
        if (records.isEmpty()) {
            h.append("<section class=\"panel empty\"><p>No trail record concerns this case yet.</p></section>");
            return Layout.page("Trail of case " + caseId, session, h.toString());
        }
        h.append("<table class=\"trail\"><thead><tr><th class=\"num\">Seq</th><th>Time (UTC)</th><th>Actor</th><th>Kind</th>")
                .append("<th>Payload</th><th>Hash</th></tr></thead><tbody>");
        for (TrailRecord r : records) {
            h.append("<tr><td class=\"num\">").append(r.seq()).append("</td><td>").append(Format.time(r.at())).append("</td>")
                    .append("<td>").append(esc(r.actor())).append("</td><td><span class=\"tag\">").append(esc(r.kind())).append("</span></td>")
                    .append("<td><code class=\"payload\">").append(esc(r.payload())).append("</code></td>")
                    .append("<td><code class=\"hash\" title=\"previous ").append(esc(r.prevHash())).append("\">").append(esc(r.hash())).append("</code></td></tr>");
        }
        h.append("</tbody></table>");
        return Layout.page("Trail of case " + caseId, session, h.toString());
    }
}
