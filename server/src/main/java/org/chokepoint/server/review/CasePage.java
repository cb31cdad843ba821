package org.chokepoint.server.review;

import org.chokepoint.cases.parties.PartyVersion;
import org.chokepoint.cases.review.ActionState;
import org.chokepoint.cases.review.Alert;
import org.chokepoint.cases.review.AlertState;
import org.chokepoint.cases.review.CaseAction;
import org.chokepoint.cases.review.CaseDetail;
import org.chokepoint.cases.review.CaseSummary;
import org.chokepoint.cases.review.PairDecision;
import org.chokepoint.cases.users.Session;
import org.chokepoint.cases.users.User;

import java.util.List;
import java.util.Locale;

import static org.chokepoint.server.review.Html.esc;

/**
 * One case: for each open alert the party and the list entry side by side with the matched words marked, the
 * score and the matcher's explanation, then earlier decisions on the same pairs, the case's actions and the forms
 * to act on it.
 */
final class CasePage {
    private CasePage() {
    }

    static String render(Session session, CaseDetail d, List<User> users) {
        CaseSummary c = d.summary();
        PartyVersion p = d.party();
        String me = "user:" + session.username();
        StringBuilder h = new StringBuilder();
        h.append("<p class=\"crumbs\"><a href=\"/review\">Queue</a> › Case ").append(c.id()).append("</p>");
        h.append("<div class=\"title-row\"><h1 class=\"party-name\">").append(esc(p.name())).append("</h1>")
                .append("<span class=\"badge state-").append(esc(c.state().name().toLowerCase(Locale.ROOT))).append("\">").append(esc(c.state().name().toLowerCase(Locale.ROOT))).append("</span>");
        if (c.escalated()) h.append("<span class=\"badge escalated\">escalated</span>");
        if (c.pending()) h.append("<span class=\"badge pending\">pending approval</span>");
        h.append("<a class=\"trail-link\" href=\"/review/cases/").append(c.id()).append("/trail\">Audit trail</a></div>");
        h.append("<p class=\"meta\">Case ").append(c.id()).append(" · party ").append(esc(p.partyId())).append(" v").append(p.version())
                .append(" · opened ").append(Format.time(c.openedAt())).append(" · assignee ")
                .append(c.assignee() == null ? "<span class=\"muted\">none</span>" : esc(c.assignee())).append("</p>");

        List<Alert> open = d.alerts().stream().filter(a -> a.state() == AlertState.OPEN).toList();
        if (open.isEmpty()) h.append("<section class=\"panel empty\"><p>No open alert: this case has been decided.</p></section>");
        for (Alert a : open) alert(h, session, p, a);

        List<Alert> decided = d.alerts().stream().filter(a -> a.state() != AlertState.OPEN).toList();
        if (!decided.isEmpty()) {
            h.append("<section class=\"panel\"><h2>Decided alerts</h2><table><thead><tr><th>Alert</th><th>Entry</th><th>Matched name</th>")
                    .append("<th class=\"num\">Score</th><th>State</th><th>Note</th><th>Resolved</th></tr></thead><tbody>");
            for (Alert a : decided) {
                h.append("<tr><td>#").append(a.id()).append("</td><td>").append(esc(a.entityKey())).append("</td><td>").append(esc(a.matchedName()))
                        .append("</td><td class=\"num\">").append(Format.score(a.score())).append("</td><td><span class=\"badge alert-")
                        .append(esc(a.state().name().toLowerCase(Locale.ROOT))).append("\">").append(esc(a.state().name().toLowerCase(Locale.ROOT)))
                        .append("</span></td><td>").append(esc(a.note())).append("</td><td>").append(Format.time(a.resolvedAt())).append("</td></tr>");
            }
            h.append("</tbody></table></section>");
        }

        h.append("<section class=\"panel\"><h2>Earlier decisions on these pairs</h2>");
        if (d.earlier().isEmpty()) h.append("<p class=\"muted\">None: no analyst has decided these pairs before.</p>");
        else {
            h.append("<table><thead><tr><th>Entry</th><th>Decision</th><th>Alert</th><th>Action</th><th>When</th></tr></thead><tbody>");
            for (PairDecision e : d.earlier()) {
                h.append("<tr><td>").append(esc(e.entityKey())).append("</td><td><span class=\"badge alert-")
                        .append(esc(e.decision().name().toLowerCase(Locale.ROOT))).append("\">").append(esc(e.decision().name().toLowerCase(Locale.ROOT)))
                        .append("</span></td><td>#").append(e.alertId()).append("</td><td>#").append(e.actionId()).append("</td><td>")
                        .append(Format.time(e.decidedAt())).append("</td></tr>");
            }
            h.append("</tbody></table>");
        }
        h.append("</section>");

        actions(h, session, c, d.actions(), me);
        caseForms(h, session, c, users);
        return Layout.page(p.name(), session, h.toString());
    }

    private static void alert(StringBuilder h, Session session, PartyVersion p, Alert a) {
        Explanation x = Explanation.parse(a.explanationJson());
        ListEntry e = ListEntry.parse(a.entityJson());
        h.append("<section class=\"panel alert\" id=\"alert-").append(a.id()).append("\"><div class=\"alert-head\">")
                .append("<h2>Alert #").append(a.id()).append(" <span class=\"tag\">").append(esc(a.source())).append("</span></h2>")
                .append(Format.score(a.score()))
                .append("<span class=\"muted\">matched on “").append(Highlight.marked(a.matchedName(), x.listTokens())).append("” · snapshot ")
                .append(esc(a.snapshotId() == null ? "" : a.snapshotId().substring(0, Math.min(8, a.snapshotId().length()))))
                .append(" · ").append(Format.time(a.createdAt())).append("</span></div>");
        if (x.summary() != null) h.append("<p class=\"summary\">").append(esc(x.summary())).append("</p>");
        if (a.note() != null) h.append("<p class=\"note\">").append(esc(a.note())).append("</p>");

        h.append("<div class=\"compare\"><div class=\"side\"><h3>Party</h3><dl>");
        row(h, "Name", Highlight.marked(p.name(), x.queryTokens()));
        row(h, "Type", esc(p.schema()));
        row(h, "Country", esc(p.country()));
        row(h, "Birth date", esc(p.birthDate()));
        row(h, "Identifiers", list(p.identifiers()));
        row(h, "Party id", esc(p.partyId() + " (version " + p.version() + ")"));
        h.append("</dl></div><div class=\"side entry\"><h3>List entry</h3><dl>");
        StringBuilder names = new StringBuilder("<ul class=\"plain\">");
        for (ListEntry.Name n : e.names()) {
            names.append("<li>").append(Highlight.marked(n.value(), x.listTokens()));
            if (n.kind() != null) names.append(" <span class=\"kind\">").append(esc(n.kind())).append("</span>");
            names.append("</li>");
        }
        row(h, "Names", names.append("</ul>").toString());
        row(h, "Type", esc(e.schema()));
        row(h, "Programmes", list(e.programs()));
        row(h, "Birth dates", list(e.dates()));
        row(h, "Countries", list(e.countries()));
        row(h, "Identifiers", list(e.identifiers()));
        row(h, "Addresses", list(e.addresses()));
        row(h, "Links", list(e.links()));
        row(h, "Listed on", esc(e.listedOn()));
        row(h, "Reference", esc(e.reference().isBlank() ? a.entityKey() : e.reference()));
        row(h, "Remarks", esc(e.remarks()));
        h.append("</dl></div></div>");

        if (!x.tokens().isEmpty() || !x.evidence().isEmpty()) {
            h.append("<details class=\"why\" open><summary>Why it matched</summary>");
            if (!x.tokens().isEmpty()) {
                h.append("<table class=\"tokens\"><thead><tr><th>Party word</th><th>List word</th><th>Method</th><th class=\"num\">Similarity</th></tr></thead><tbody>");
                for (Explanation.Token t : x.tokens()) {
                    h.append("<tr><td><mark>").append(esc(t.query())).append("</mark></td><td><mark>").append(esc(t.list())).append("</mark></td><td>")
                            .append(esc(t.method())).append("</td><td class=\"num\">").append(String.format(Locale.ROOT, "%.2f", t.similarity())).append("</td></tr>");
                }
                h.append("</tbody></table>");
            }
            if (!x.evidence().isEmpty()) {
                h.append("<ul class=\"evidence\">");
                for (Explanation.Evidence ev : x.evidence()) {
                    h.append("<li><span class=\"effect\">").append(esc(ev.effect())).append("</span> ").append(esc(ev.fact()));
                    if (ev.note() != null) h.append(" <span class=\"muted\">").append(esc(ev.note())).append("</span>");
                    h.append("</li>");
                }
                h.append("</ul>");
            }
            h.append("</details>");
        }

        h.append("<div class=\"decide\">");
        decideForm(h, session, a, "dismiss", "Dismiss (false positive)", "Why is this not the listed entry? e.g. other birth date, other country");
        decideForm(h, session, a, "confirm", "Confirm (true match)", "What makes this the listed entry?");
        h.append("</div></section>");
    }

    private static void decideForm(StringBuilder h, Session session, Alert a, String kind, String label, String placeholder) {
        h.append("<form method=\"post\" action=\"/review/cases/").append(a.caseId()).append("/actions\" class=\"action ").append(kind).append("\">")
                .append(Html.csrfField(session.csrfToken()))
                .append("<input type=\"hidden\" name=\"kind\" value=\"").append(kind).append("\">")
                .append("<input type=\"hidden\" name=\"alertId\" value=\"").append(a.id()).append("\">")
                .append("<label>Reason<textarea name=\"reason\" required rows=\"2\" placeholder=\"").append(esc(placeholder)).append("\"></textarea></label>")
                .append("<button type=\"submit\" class=\"").append(kind.equals("dismiss") ? "primary" : "danger").append("\">").append(esc(label)).append("</button></form>");
    }

    private static void actions(StringBuilder h, Session session, CaseSummary c, List<CaseAction> actions, String me) {
        h.append("<section class=\"panel\"><h2>Actions</h2>");
        if (actions.isEmpty()) {
            h.append("<p class=\"muted\">No action yet.</p></section>");
            return;
        }
        h.append("<table class=\"actions\"><thead><tr><th>#</th><th>When</th><th>Who</th><th>Action</th><th>Alert</th><th>Reason</th>")
                .append("<th>State</th><th></th></tr></thead><tbody>");
        for (CaseAction a : actions) {
            h.append("<tr><td>").append(a.id()).append("</td><td>").append(Format.time(a.at())).append("</td><td>").append(esc(a.actor()))
                    .append("</td><td><span class=\"tag\">").append(esc(a.kind().wire())).append("</span>");
            if (a.assignee() != null) h.append(" → ").append(esc(a.assignee()));
            if (a.approves() != null) h.append(" of #").append(a.approves());
            h.append("</td><td>").append(a.alertId() == null ? "" : "#" + a.alertId()).append("</td><td>").append(esc(a.reason()))
                    .append("</td><td><span class=\"badge action-").append(esc(a.state().name().toLowerCase(Locale.ROOT))).append("\">")
                    .append(esc(a.state().name().toLowerCase(Locale.ROOT))).append("</span></td><td>");
            if (a.state() == ActionState.PENDING) {
                if (a.actor().equals(me)) h.append("<span class=\"muted\">waits for a second reviewer</span>");
                else {
                    approveForm(h, session, c.id(), a.id(), "approve", "Approve");
                    approveForm(h, session, c.id(), a.id(), "reject", "Reject");
                }
            }
            h.append("</td></tr>");
        }
        h.append("</tbody></table></section>");
    }

    private static void approveForm(StringBuilder h, Session session, long caseId, long actionId, String kind, String label) {
        h.append("<form method=\"post\" action=\"/review/cases/").append(caseId).append("/actions\" class=\"inline\">")
                .append(Html.csrfField(session.csrfToken()))
                .append("<input type=\"hidden\" name=\"kind\" value=\"").append(kind).append("\">")
                .append("<input type=\"hidden\" name=\"approves\" value=\"").append(actionId).append("\">")
                .append("<button type=\"submit\" class=\"").append(kind.equals("approve") ? "primary" : "secondary").append(" small\">")
                .append(esc(label)).append("</button></form> ");
    }

    private static void caseForms(StringBuilder h, Session session, CaseSummary c, List<User> users) {
        String action = "/review/cases/" + c.id() + "/actions";
        h.append("<section class=\"panel\"><h2>Work on the case</h2><div class=\"case-forms\">");
        h.append("<form method=\"post\" action=\"").append(action).append("\">").append(Html.csrfField(session.csrfToken()))
                .append("<input type=\"hidden\" name=\"kind\" value=\"comment\">")
                .append("<label>Comment<textarea name=\"reason\" required rows=\"2\"></textarea></label>")
                .append("<button type=\"submit\">Add comment</button></form>");
        h.append("<form method=\"post\" action=\"").append(action).append("\">").append(Html.csrfField(session.csrfToken()))
                .append("<input type=\"hidden\" name=\"kind\" value=\"assign\">")
                .append("<label>Assign to<select name=\"assignee\" required>");
        for (User u : users) {
            if (!u.active()) continue;
            h.append("<option value=\"").append(esc(u.username())).append('"')
                    .append(u.username().equals(c.assignee()) || (c.assignee() == null && u.username().equals(session.username())) ? " selected" : "")
                    .append('>').append(esc(u.username())).append("</option>");
        }
        h.append("</select></label><button type=\"submit\">Assign</button></form>");
        h.append("<form method=\"post\" action=\"").append(action).append("\">").append(Html.csrfField(session.csrfToken()))
                .append("<input type=\"hidden\" name=\"kind\" value=\"escalate\">")
                .append("<label>Escalate<textarea name=\"reason\" rows=\"2\" placeholder=\"Why a senior reviewer should look\"></textarea></label>")
                .append("<button type=\"submit\" class=\"secondary\">Escalate</button></form>");
        h.append("</div></section>");
    }

    private static void row(StringBuilder h, String label, String html) {
        if (html == null || html.isEmpty()) return;
        h.append("<dt>").append(esc(label)).append("</dt><dd>").append(html).append("</dd>");
    }

    private static String list(List<String> values) {
        if (values == null || values.isEmpty()) return "";
        StringBuilder s = new StringBuilder("<ul class=\"plain\">");
        for (String v : values) if (v != null && !v.isBlank()) s.append("<li>").append(esc(v)).append("</li>");
        return s.append("</ul>").toString();
    }
}
