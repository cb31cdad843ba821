package org.chokepoint.server.review;

import org.chokepoint.cases.users.Session;

import static org.chokepoint.server.review.Html.esc;

/** The frame of every review page: head, top bar with the signed-in user, main column. */
final class Layout {
    private Layout() {
    }

    static String page(String title, Session session, String body) {
        StringBuilder h = new StringBuilder(body.length() + 2048);
        h.append("<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>").append(esc(title)).append(" · Chokepoint review</title>")
                .append("<link rel=\"stylesheet\" href=\"/review/assets/review.css\">")
                .append("<script src=\"/review/assets/review.js\" defer></script>")
                .append("</head><body>");
        h.append("<header class=\"top\"><a class=\"brand\" href=\"/review\">Chokepoint<span>review</span></a>");
        if (session != null) {
            h.append("<nav><a href=\"/review\">Queue</a></nav>")
                    .append("<div class=\"who\"><span class=\"user\">").append(esc(session.username()))
                    .append("</span> <span class=\"role\">").append(esc(session.role())).append("</span>")
                    .append("<form method=\"post\" action=\"/review/logout\" class=\"inline\">")
                    .append(Html.csrfField(session.csrfToken()))
                    .append("<button type=\"submit\" class=\"link\">Sign out</button></form></div>");
        }
        h.append("</header><main>").append(body).append("</main></body></html>\n");
        return h.toString();
    }

    /** A page that says what went wrong, and where to go back to. */
    static String message(String title, Session session, String text, String backHref, String backLabel) {
        return page(title, session, "<section class=\"panel message\"><h1>" + esc(title) + "</h1><p>" + esc(text) + "</p>"
                + "<p><a class=\"button\" href=\"" + esc(backHref) + "\">" + esc(backLabel) + "</a></p></section>");
    }
}
