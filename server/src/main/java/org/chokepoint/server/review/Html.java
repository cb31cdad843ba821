package org.chokepoint.server.review;

/**
 * The one escaping helper of the review pages: every value that reaches a page goes through {@link #esc}, in text
 * and in (always double-quoted) attributes alike. Names on sanctions lists and in customer files can hold anything:
 * {@code <script>}, quotes, SQL.
 */
public final class Html {
    private Html() {
    }

    /** The text with {@code & < > " '} escaped; null as the empty string. */
    public static String esc(Object value) {
        if (value == null) return "";
        String s = value.toString();
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            String rep = switch (ch) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\'' -> "&#39;";
                default -> null;
            };
            if (rep == null) {
                if (out != null) out.append(ch);
                continue;
            }
            if (out == null) out = new StringBuilder(s.length() + 16).append(s, 0, i);
            out.append(rep);
        }
        return out == null ? s : out.toString();
    }

    /** The hidden field that carries the session's (or the login form's) CSRF token. */
    public static String csrfField(String token) {
        return "<input type=\"hidden\" name=\"csrf\" value=\"" + esc(token) + "\">";
    }
}
