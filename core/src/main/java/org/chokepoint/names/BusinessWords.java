package org.chokepoint.names;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The English word the lists print for a business word of a Persian or Arabic firm name, by the token this package
 * romanises it to: هواپیمایی ("airline", romanised "hwapimaii") is MAHAN AIR's "air". Tokens keep their own
 * romanisation, for a list also prints the name in its script and a query may spell it out ("Snay' Dfa'"); the
 * scorer pairs a word with its English word besides. Words in the one form of {@link LegalForms#wordForm}.
 */
public final class BusinessWords {
    private static final String[][] GLOSSARY = {
            {"\u0647\u0648\u0627\u067E\u06CC\u0645\u0627\u06CC\u06CC", "air"}, // هواپیمایی
            {"\u0647\u0648\u0627\u067E\u06CC\u0645\u0627\u0626\u06CC", "air"}, // هواپیمائی
            {"\u0635\u0646\u0627\u06CC\u0639", "industry"}, // صنایع
            {"\u0635\u0646\u0627\u0639\u0627\u062A", "industry"}, // صناعات
            {"\u062A\u062C\u0627\u0631\u062A", "trade"}, // تجارت
            {"\u062A\u062C\u0627\u0631\u0629", "trade"}, // تجارة
            {"\u06A9\u0634\u062A\u06CC\u0631\u0627\u0646\u06CC", "ship"}, // کشتیرانی
            {"\u0628\u0627\u0646\u06A9", "bank"}, // بانک
            {"\u0628\u0646\u0643", "bank"}, // بنك
    };
    private static final Map<String, String> ENGLISH = new HashMap<>();
    private static final Set<String> WORDS = new HashSet<>();

    static {
        for (String[] g : GLOSSARY) {
            ENGLISH.put(ArabicRomanizer.romanize(g[0]).strip(), g[1]);
            WORDS.add(g[1]);
        }
    }

    private BusinessWords() {
    }

    /** The English business word a romanised token stands for ("hwapimaii" → "air"), or null. */
    public static String english(String token) {
        return ENGLISH.get(token);
    }

    /** Whether the token is one of the English words ("air", "bank"), which some romanised token stands for. */
    public static boolean isEnglishWord(String token) {
        return WORDS.contains(token);
    }
}
