package org.chokepoint.server.review;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import static org.chokepoint.server.review.Html.esc;

/** Small display conventions shared by the pages: score badges, ages, times. */
final class Format {
    private Format() {
    }

    /** A score badge: red from 0.95, amber from 0.85, grey below. */
    static String score(double score) {
        String level = score >= 0.95 ? "high" : score >= 0.85 ? "mid" : "low";
        return "<span class=\"score " + level + "\">" + String.format(Locale.ROOT, "%.2f", score) + "</span>";
    }

    /** How long ago: "12 min", "5 h", "3 d". */
    static String age(String iso) {
        try {
            Duration d = Duration.between(Instant.parse(iso), Instant.now());
            if (d.toMinutes() < 60) return Math.max(0, d.toMinutes()) + " min";
            if (d.toHours() < 48) return d.toHours() + " h";
            return d.toDays() + " d";
        } catch (DateTimeParseException | NullPointerException e) {
            return "";
        }
    }

    /** A stored time as shown: date and minute, UTC; the full value on hover. */
    static String time(String iso) {
        if (iso == null) return "";
        String shown = iso.length() >= 16 ? iso.substring(0, 10) + " " + iso.substring(11, 16) : iso;
        return "<time datetime=\"" + esc(iso) + "\" title=\"" + esc(iso) + "\">" + esc(shown) + "</time>";
    }
}
