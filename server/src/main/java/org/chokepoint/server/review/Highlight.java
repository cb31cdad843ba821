package org.chokepoint.server.review;

import java.text.Normalizer;
import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Marks the words of a name that the matcher paired ({@code <mark>}), from the explanation's tokens. Tokens are
 * compared as the matcher writes them: lower case, without accents. Everything, marked or not, is escaped.
 */
final class Highlight {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private Highlight() {
    }

    static String marked(String text, Collection<String> tokens) {
        if (text == null) return "";
        Set<String> wanted = tokens.stream().map(Highlight::fold).filter(t -> !t.isEmpty()).collect(Collectors.toSet());
        if (wanted.isEmpty()) return Html.esc(text);
        StringBuilder out = new StringBuilder(text.length() + 32);
        Matcher m = WORD.matcher(text);
        int last = 0;
        while (m.find()) {
            out.append(Html.esc(text.substring(last, m.start())));
            String word = m.group();
            if (wanted.contains(fold(word))) out.append("<mark>").append(Html.esc(word)).append("</mark>");
            else out.append(Html.esc(word));
            last = m.end();
        }
        out.append(Html.esc(text.substring(last)));
        return out.toString();
    }

    static String fold(String s) {
        if (s == null) return "";
        return MARKS.matcher(Normalizer.normalize(s.strip(), Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
    }
}
