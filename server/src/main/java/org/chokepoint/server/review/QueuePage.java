package org.chokepoint.server.review;

import org.chokepoint.cases.review.CaseSummary;
import org.chokepoint.cases.users.Session;
import org.chokepoint.cases.users.User;

import java.util.List;

import static org.chokepoint.server.review.Html.esc;

/** The queue of open cases: the filter form and one row per case, navigable with j/k or the arrow keys. */
final class QueuePage {
    /** The filter as the form sent it (kept as text, to show it back). */
    record Filter(String source, String minScore, String ageDays, String assignee) {
    }

    private QueuePage() {
    }

    static String render(Session session, Filter f, List<CaseSummary> cases, List<User> users) {
        StringBuilder h = new StringBuilder();
        h.append("<div class=\"title-row\"><h1>Open cases</h1><span class=\"count\">").append(cases.size())
                .append(cases.size() == 1 ? " case" : " cases").append("</span>")
                .append("<span class=\"hint\"><kbd>j</kbd>/<kbd>k</kbd> or <kbd>↓</kbd>/<kbd>↑</kbd> to move, <kbd>Enter</kbd> to open</span></div>");
        h.append("<form method=\"get\" action=\"/review\" class=\"filters\">")
                .append("<label>List<input name=\"source\" placeholder=\"e.g. ofac-sdn\" value=\"").append(esc(f.source())).append("\"></label>")
                .append("<label>Min score<input name=\"minScore\" type=\"number\" min=\"0\" max=\"1\" step=\"0.01\" value=\"").append(esc(f.minScore())).append("\"></label>")
                .append("<label>Older than (days)<input name=\"age\" type=\"number\" min=\"0\" step=\"1\" value=\"").append(esc(f.ageDays())).append("\"></label>")
                .append("<label>Assignee<select name=\"assignee\">");
        option(h, "", "anyone", f.assignee());
        option(h, "unassigned", "unassigned", f.assignee());
        for (User u : users) if (u.active()) option(h, u.username(), u.username(), f.assignee());
        h.append("</select></label><button type=\"submit\">Filter</button>")
                .append("<a class=\"button secondary\" href=\"/review\">Clear</a></form>");
        if (cases.isEmpty()) {
            h.append("<section class=\"panel empty\"><p>No open case matches. Nothing waits for review.</p></section>");
            return Layout.page("Queue", session, h.toString());
        }
        h.append("<table class=\"queue\" id=\"queue\"><thead><tr><th>Party</th><th>Lists</th><th class=\"num\">Top score</th>")
                .append("<th class=\"num\">Open alerts</th><th class=\"num\">Age</th><th>Assignee</th><th>Pending approval</th></tr></thead><tbody>");
        for (CaseSummary c : cases) {
            String href = "/review/cases/" + c.id();
            h.append("<tr data-href=\"").append(esc(href)).append("\">")
                    .append("<td class=\"party\"><a href=\"").append(esc(href)).append("\">").append(esc(c.partyName())).append("</a>")
                    .append(c.escalated() ? " <span class=\"badge escalated\">escalated</span>" : "")
                    .append("<span class=\"sub\">").append(esc(c.partyId())).append(" · case ").append(c.id()).append("</span></td>")
                    .append("<td>");
            if (c.sources() != null) for (String s : c.sources().split(",")) if (!s.isBlank()) h.append("<span class=\"tag\">").append(esc(s.strip())).append("</span> ");
            h.append("</td><td class=\"num\">").append(Format.score(c.topScore())).append("</td>")
                    .append("<td class=\"num\">").append(c.openAlerts()).append("</td>")
                    .append("<td class=\"num\">").append(esc(Format.age(c.openedAt()))).append("</td>")
                    .append("<td>").append(c.assignee() == null ? "<span class=\"muted\">unassigned</span>" : esc(c.assignee())).append("</td><td>");
            if (c.pending()) h.append("<span class=\"badge pending\">pending</span>");
            h.append("</td></tr>");
        }
        h.append("</tbody></table>");
        return Layout.page("Queue", session, h.toString());
    }

    private static void option(StringBuilder h, String value, String label, String selected) {
        h.append("<option value=\"").append(esc(value)).append('"').append(value.equals(selected == null ? "" : selected) ? " selected" : "")
                .append('>').append(esc(label)).append("</option>");
    }
}
