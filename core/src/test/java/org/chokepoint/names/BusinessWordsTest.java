package org.chokepoint.names;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BusinessWordsTest {
    private static String romanised(String persian) {
        return NameNormalizer.normalize(persian, NameNormalizer.Mode.ORGANIZATION).tokens()[0];
    }

    @Test
    void persianAndArabicBusinessWordsHaveTheirEnglishWord() {
        // هواپیمایی ماهان is listed as MAHAN AIR; سازمان صنایع دفاع as DEFENCE INDUSTRIES ORGANISATION
        assertEquals("hwapimaii", romanised("هواپیمایی ماهان"));
        assertEquals("air", BusinessWords.english("hwapimaii"));
        assertEquals("industry", BusinessWords.english(romanised("صنایع دفاع")));
        assertEquals("bank", BusinessWords.english(romanised("بانک ملی")));
        assertNull(BusinessWords.english("mahan"));
    }

    @Test
    void theEnglishWordsAreKnownSoOtherWordsNeedNoLookUp() {
        for (String word : new String[] {"air", "industry", "trade", "ship", "bank"}) assertTrue(BusinessWords.isEnglishWord(word), word);
        assertFalse(BusinessWords.isEnglishWord("hwapimaii")); // the romanised word, not its English one
        assertFalse(BusinessWords.isEnglishWord("mahan"));
        assertFalse(BusinessWords.isEnglishWord("Air")); // tokens are lower case
    }

    @Test
    void genericWordsAreWhatAFirmDoesNotWhoItIs() {
        assertTrue(LegalForms.isGeneric("economic"));
        assertTrue(LegalForms.isGeneric("trade"));
        assertTrue(LegalForms.isGeneric("air"));
        assertFalse(LegalForms.isGeneric("kehua"));
        assertFalse(LegalForms.isGeneric("dandong"));
    }
}
