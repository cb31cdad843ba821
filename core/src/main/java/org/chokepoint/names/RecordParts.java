package org.chokepoint.names;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A name as a customer or payment record carries it, cut into the parts that are names. Records add to a name
 * what is not part of it: another business it trades as or is reached through, a winding-up status, a branch, a
 * city. Each part that is a name is screened on its own, beside the whole record.
 * <pre>
 *   "Samuel KNOWLES t/a Brookfield Pet Grooming"      → "Samuel KNOWLES" (name), "Brookfield Pet Grooming" (trading as)
 *   "LLC SBERBANK INVESTMENTS c/o Westbridge Agents"  → "LLC SBERBANK INVESTMENTS" (name), "Westbridge Agents" (care of)
 *   "NPO COMPUTER (In Liquidation)"                   → "NPO COMPUTER" (without status)
 *   "RUSSIAN MACHINES - Moscow Branch"                → "RUSSIAN MACHINES" (without branch)
 *   "Oleg Vladimirovich DERIPASKA, Moscow"            → "Oleg Vladimirovich DERIPASKA" (without place), when
 *                                                       "moscow" is a known place
 * </pre>
 * A part is given only when it differs from the record; a record without noise has no parts. Pure: the places
 * are the caller's (the screener knows them from the lists' addresses).
 */
public final class RecordParts {
    /** One part of a record: its text and what it is to the record ("name", "trading as", "care of", ...). */
    public record Part(String text, String role) {
    }

    /** Most parts taken from one record; a record is short, this bounds the work of a hostile one. */
    public static final int MAX_PARTS = 6;

    private static final Pattern LINK = Pattern.compile(
            "\\s+(t/a|trading\\s+as|d/b/a|d\\.b\\.a\\.?|dba|c/o|care\\s+of|a/k/a|a\\.k\\.a\\.?|f/k/a|formerly\\s+known\\s+as)\\s+",
            Pattern.CASE_INSENSITIVE);
    private static final String STATUS_WORDS = "(?:in\\s+|under\\s+)?(?:liquidation|administration|receivership|"
            + "bankruptcy|insolvency|dissolution|voluntary\\s+liquidation)|dissolved|liquidated|bankrupt|struck\\s+off";
    private static final Pattern STATUS = Pattern.compile(
            "\\s*(?:\\(\\s*(?:" + STATUS_WORDS + ")\\s*\\)|[-–,]\\s*(?:" + STATUS_WORDS + "))\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern BRANCH = Pattern.compile(
            "\\s*[-–,]\\s*[\\p{L}\\p{M} .']{0,40}?\\b(?:branch(?:\\s+office)?|representative\\s+office|rep\\.?\\s+office)\\s*$",
            Pattern.CASE_INSENSITIVE);
    /** Most words a trailing place may have ("Hong Kong", "Distrito Federal"). */
    public static final int PLACE_WORDS = 4;

    private RecordParts() {
    }

    /**
     * The name parts of a record, each different from the record itself; empty when the record is one plain name.
     *
     * @param isPlace whether a folded text ({@link #fold}: lower case, no diacritics, single spaces) names a place
     */
    public static List<Part> parts(String record, Predicate<String> isPlace) {
        String whole = record.strip();
        List<Part> out = new ArrayList<>(2);
        Matcher link = LINK.matcher(whole);
        List<String> pieces = new ArrayList<>(2);
        List<String> roles = new ArrayList<>(2);
        int from = 0;
        String role = "name";
        while (link.find()) {
            pieces.add(whole.substring(from, link.start()));
            roles.add(role);
            role = roleOf(link.group(1));
            from = link.end();
        }
        pieces.add(whole.substring(from));
        roles.add(role);
        for (int i = 0; i < pieces.size(); i++) {
            String piece = pieces.get(i).strip();
            add(out, whole, piece, roles.get(i));
            // a place may also end the name itself ("ELLISSA PARC COTONOU"): the piece is kept beside its bare form
            add(out, whole, withoutNoise(piece, isPlace), noiseRole(piece));
        }
        return out;
    }

    private static void add(List<Part> out, String whole, String text, String role) {
        if (out.size() < MAX_PARTS && !text.isEmpty() && !text.equals(whole) && out.stream().noneMatch(p -> p.text().equals(text))) {
            out.add(new Part(text, role));
        }
    }

    private static String roleOf(String link) {
        String l = link.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        return switch (l) {
            case "ta", "tradingas", "dba" -> "trading as";
            case "co", "careof" -> "care of";
            case "aka" -> "also known as";
            default -> "formerly known as";
        };
    }

    /** The piece without a trailing status, branch or place, stripped one after the other. */
    private static String withoutNoise(String piece, Predicate<String> isPlace) {
        String s = piece;
        for (int round = 0; round < 3; round++) {
            String before = s;
            s = STATUS.matcher(s).replaceFirst("").strip();
            s = BRANCH.matcher(s).replaceFirst("").strip();
            s = withoutPlace(s, isPlace);
            if (s.equals(before)) break;
        }
        return s;
    }

    private static String noiseRole(String piece) {
        if (STATUS.matcher(piece).find()) return "without status";
        if (BRANCH.matcher(piece).find()) return "without branch";
        return "without place";
    }

    /**
     * The text without a trailing place name of one to {@link #PLACE_WORDS} words, after a comma or not, when at
     * least two words stay (a single word left is too little to name anyone by). A last word that is a legal form is
     * read as one.
     */
    private static String withoutPlace(String s, Predicate<String> isPlace) {
        String[] words = s.split("\\s+");
        for (int k = Math.min(PLACE_WORDS, words.length - 1); k >= 1; k--) {
            String tail = String.join(" ", java.util.Arrays.copyOfRange(words, words.length - k, words.length));
            String folded = fold(tail);
            // "CO." ends a firm's name as its legal form, not as the region of Colorado an address names
            if (!isPlace.test(folded) || (k == 1 && LegalForms.canonical(folded) != null)) continue;
            String head = String.join(" ", java.util.Arrays.copyOfRange(words, 0, words.length - k)).strip();
            if (head.endsWith(",")) head = head.substring(0, head.length() - 1).strip();
            if (words(head) >= 2) return head;
        }
        return s;
    }

    private static int words(String text) {
        String f = fold(text);
        return f.isEmpty() ? 0 : f.split(" ").length;
    }

    /** Lower case, no diacritics, letters and digits only, single spaces: how places are compared. */
    public static String fold(String text) {
        String d = text;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) > 0x7f) {
                d = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
                break;
            }
        }
        // runs every query over the record's last words: a loop, not a regular expression
        StringBuilder b = new StringBuilder(d.length());
        boolean space = false;
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                if (space && b.length() > 0) b.append(' ');
                b.append(Character.toLowerCase(c));
                space = false;
            } else {
                space = true;
            }
        }
        return b.toString();
    }
}
