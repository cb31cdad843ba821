package org.chokepoint.names;

import java.text.Normalizer;

/**
 * First step of every name: makes arbitrary user or list text safe and canonical. Applies NFKC (full-width
 * letters, ligatures, compatibility forms), drops invisible format characters (bidi marks, zero-width joiners,
 * byte-order marks), turns control characters and replacement characters left by invalid UTF-8 into spaces,
 * and caps the length so one absurd input cannot make a query expensive.
 */
public final class TextCleaner {
    /** Longest name kept, in code points; longer input is cut (no real list name comes close). */
    public static final int MAX_CODE_POINTS = 300;

    private TextCleaner() {
    }

    public static String clean(String raw) {
        if (raw == null || raw.isEmpty()) return "";
        String capped = raw.length() > MAX_CODE_POINTS * 4 ? raw.substring(0, MAX_CODE_POINTS * 4) : raw;
        String nfkc = Normalizer.normalize(capped, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(Math.min(nfkc.length(), MAX_CODE_POINTS));
        int kept = 0;
        for (int i = 0; i < nfkc.length() && kept < MAX_CODE_POINTS; ) {
            int cp = nfkc.codePointAt(i);
            i += Character.charCount(cp);
            int type = Character.getType(cp);
            if (type == Character.FORMAT) continue; // bidi marks, ZWJ/ZWNJ, BOM: invisible, never part of a name
            if (type == Character.CONTROL || type == Character.SURROGATE || type == Character.UNASSIGNED
                    || type == Character.PRIVATE_USE || cp == 0xFFFD || Character.isWhitespace(cp)) {
                if (out.length() > 0 && out.charAt(out.length() - 1) != ' ') out.append(' ');
                continue;
            }
            out.appendCodePoint(cp);
            kept++;
        }
        return out.toString().strip();
    }
}
