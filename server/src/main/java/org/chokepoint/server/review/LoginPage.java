package org.chokepoint.server.review;

import static org.chokepoint.server.review.Html.esc;

/** The sign-in form; its CSRF token is the login cookie's value. */
final class LoginPage {
    private LoginPage() {
    }

    static String render(String csrf, String error, String username) {
        StringBuilder h = new StringBuilder();
        h.append("<section class=\"panel login\"><h1>Sign in</h1>")
                .append("<p class=\"muted\">Case review for analysts. Sessions last eight hours.</p>");
        if (error != null) h.append("<p class=\"error\" role=\"alert\">").append(esc(error)).append("</p>");
        h.append("<form method=\"post\" action=\"/review/login\">").append(Html.csrfField(csrf))
                .append("<label>Username<input name=\"username\" autocomplete=\"username\" required autofocus value=\"")
                .append(esc(username)).append("\"></label>")
                .append("<label>Password<input name=\"password\" type=\"password\" autocomplete=\"current-password\" required></label>")
                .append("<button type=\"submit\" class=\"primary\">Sign in</button></form></section>");
        return Layout.page("Sign in", null, h.toString());
    }
}
