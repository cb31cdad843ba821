package org.chokepoint.sources.uk;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The tagged free text of OFSI's {@code Other Information} column: {@code (UK Sanctions List Ref):RUS0001.
 * (UN Ref):QDi.123. (Gender):Male}. Each {@code (Tag):} starts a value that runs to the next tag.
 */
final class OtherInformation {
    private static final Pattern TAG = Pattern.compile("\\(([A-Za-z][A-Za-z /-]{0,40})\\):");
    /** A UN reference number as OFSI writes it, including {@code QDE.145} and {@code QDi. 123}. */
    private static final Pattern UN_REF = Pattern.compile("([A-Za-z]{2})\\s*([IiEe])\\s*\\.\\s*(\\d{1,4})");

    private OtherInformation() {
    }

    /** Tag to value; a tag seen twice keeps its first value. */
    static Map<String, String> parse(String text) {
        Map<String, String> out = new LinkedHashMap<>();
        if (text == null || text.isBlank()) return out;
        Matcher m = TAG.matcher(text);
        String tag = null;
        int start = 0;
        while (m.find()) {
            if (tag != null) out.putIfAbsent(tag, clean(text.substring(start, m.start())));
            tag = m.group(1).strip();
            start = m.end();
        }
        if (tag != null) out.putIfAbsent(tag, clean(text.substring(start)));
        return out;
    }

    /** The UN reference in the spelling of the UN file's REFERENCE_NUMBER ({@code QDi.123}), if one is there. */
    static Optional<String> unReference(String value) {
        if (value == null) return Optional.empty();
        Matcher m = UN_REF.matcher(value);
        if (!m.lookingAt()) return Optional.empty();
        String number = m.group(3);
        if (number.length() < 3) number = "0".repeat(3 - number.length()) + number;
        return Optional.of(m.group(1).toUpperCase(Locale.ROOT) + m.group(2).toLowerCase(Locale.ROOT) + "." + number);
    }

    private static String clean(String s) {
        String t = s.strip();
        while (t.endsWith(".")) t = t.substring(0, t.length() - 1).strip();
        return t;
    }
}
