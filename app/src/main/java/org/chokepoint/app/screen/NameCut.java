package org.chokepoint.app.screen;

import org.chokepoint.names.NameNormalizer;
import org.chokepoint.names.NormalizedName;
import org.chokepoint.names.TextCleaner;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Says when the matcher reads only part of a query name, so that a user never believes a long name was screened
 * whole: the name pipeline keeps the first {@value TextCleaner#MAX_CODE_POINTS} characters and the first
 * {@value NameNormalizer#MAX_TOKENS} tokens.
 *
 * <pre>{@code
 * NameCut.notes("Kim Jong Un")                       // []
 * NameCut.notes(thirtyWordName)                      // ["the name has more words than the matcher reads; only its
 *                                                    //   first 24 are matched (up to 'foxtrot')"]
 * }</pre>
 *
 * A name at the token limit was cut when the last token kept is not the name's own last word.
 */
public final class NameCut {
    private NameCut() {
    }

    public static List<String> notes(String name) {
        List<String> notes = new ArrayList<>(2);
        int length = name.codePointCount(0, name.length());
        if (length > TextCleaner.MAX_CODE_POINTS) {
            notes.add(String.format(Locale.ROOT, "the name has %,d characters; only its first %d are matched", length, TextCleaner.MAX_CODE_POINTS));
            return notes; // the token count of a cut text says nothing more
        }
        try {
            NormalizedName whole = NameNormalizer.normalize(name, NameNormalizer.Mode.PERSON);
            int kept = whole.size();
            if (kept < NameNormalizer.MAX_TOKENS) return notes;
            String lastKept = whole.tokens()[kept - 1];
            String[] words = name.strip().split("\\s+");
            NormalizedName tail = NameNormalizer.normalize(words[words.length - 1], NameNormalizer.Mode.PERSON);
            if (tail.size() > 0 && !tail.tokens()[tail.size() - 1].equals(lastKept)) {
                notes.add(String.format(Locale.ROOT, "the name has more words than the matcher reads; only its first %d are matched (up to '%s')",
                        kept, lastKept));
            }
        } catch (IllegalArgumentException noLetters) {
            // a name without letters or digits is refused elsewhere
        }
        return notes;
    }
}
