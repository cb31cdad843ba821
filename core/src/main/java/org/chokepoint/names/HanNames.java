package org.chokepoint.names;

import com.ibm.icu.text.Transliterator;

/**
 * Chinese characters to pinyin grouped the way lists write Chinese names: a personal name of two or three
 * characters becomes family name plus joined given name (何奕泽 → "he yize"); longer runs become two-syllable
 * words (丹东科华 → "dandong kehua"). Company suffixes (有限公司, 集团, ...) are replaced by their legal-form
 * words before transliteration so they are recognised as legal forms, and the common business words of a firm's
 * name by the English words the lists print for them (丹东科华经贸有限公司 → "dandong kehua economic and trade
 * company limited", 华为技术有限公司 → "huawei technology company limited"): pinyin "jingmao" would meet nothing.
 */
final class HanNames {
    private static final String[][] LEGAL_SUFFIXES = {
            {"股份有限公司", " joint stock company "}, {"有限责任公司", " limited liability company "},
            {"有限公司", " company limited "}, {"公司", " company "}, {"集团", " group "}};
    /** Business words of firms' names, longest first where one contains another. */
    private static final String[][] BUSINESS_WORDS = {
            {"进出口", " import and export "}, {"经贸", " economic and trade "}, {"贸易", " trade "},
            {"实业", " industrial "}, {"工业", " industry "}, {"发展", " development "}, {"科技", " technology "},
            {"技术", " technology "}, {"国际", " international "}, {"电子", " electronics "}, {"航空", " aviation "},
            {"航运", " shipping "}, {"物流", " logistics "}, {"投资", " investment "}, {"控股", " holdings "}};

    private HanNames() {
    }

    static String romanize(String run, Transliterator hanLatin) {
        String text = run;
        for (String[] suffix : LEGAL_SUFFIXES) text = text.replace(suffix[0], suffix[1]);
        for (String[] word : BUSINESS_WORDS) text = text.replace(word[0], word[1]);
        // a firm's name: two characters before its business words are one brand (华为 → "huawei"), not a person's
        boolean firm = !text.equals(run);
        StringBuilder out = new StringBuilder();
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean han = i < text.length() && Character.UnicodeScript.of(text.charAt(i)) == Character.UnicodeScript.HAN;
            if (han && start < 0) start = i;
            if (!han && start >= 0) {
                group(hanLatin.transliterate(text.substring(start, i)).trim().split("\\s+"), firm, out);
                start = -1;
            }
            if (!han && i < text.length()) out.append(text.charAt(i));
        }
        return out.toString();
    }

    private static void group(String[] syllables, boolean firm, StringBuilder out) {
        out.append(' ');
        if (syllables.length == 3 || (syllables.length == 2 && !firm)) {
            out.append(syllables[0]).append(' ');
            for (int i = 1; i < syllables.length; i++) out.append(syllables[i]);
        } else {
            for (int i = 0; i < syllables.length; i++) {
                out.append(syllables[i]);
                if (i % 2 == 1) out.append(' ');
            }
        }
        out.append(' ');
    }
}
