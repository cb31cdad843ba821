package org.chokepoint.names;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NameNormalizerTest {
    private static String[] tokens(String raw, NameNormalizer.Mode mode) {
        return NameNormalizer.normalize(raw, mode).tokens();
    }

    private static String display(String raw, NameNormalizer.Mode mode) {
        return NameNormalizer.normalize(raw, mode).display();
    }

    @Test
    void caseHyphensAndSpacingFoldToTheSameTokens() {
        String[] expected = {"kim", "jong", "un"};
        assertArrayEquals(expected, tokens("Kim Jong-un", NameNormalizer.Mode.PERSON));
        assertArrayEquals(expected, tokens("KIM  Jong Un", NameNormalizer.Mode.PERSON));
        assertArrayEquals(new String[]{"kim", "jongun"}, tokens("kim jongun", NameNormalizer.Mode.PERSON));
    }

    @Test
    void diacriticsAndSpecialLettersBecomePlainAscii() {
        assertArrayEquals(new String[]{"gubio", "xavier"}, tokens("Gúbio Xavier", NameNormalizer.Mode.PERSON));
        assertArrayEquals(new String[]{"lodz", "strasse", "aero"}, tokens("Łódź Straße Ærø", NameNormalizer.Mode.UNKNOWN));
        assertArrayEquals(new String[]{"baaysir"}, tokens("BA'AYSIR", NameNormalizer.Mode.PERSON));
    }

    @Test
    void aWordRunTogetherWithALegalFormOrBusinessWordIsTwoWords() {
        NameNormalizer.Mode org = NameNormalizer.Mode.ORGANIZATION;
        assertEquals(display("SPARROW TRADING FZE", org), display("SPARROW TRADINGFZE", org));
        assertEquals("sparrow trade <fze>", display("SPARROW TRADINGFZE", org));
        assertEquals("homa ship <co> <ltd>", display("HOMASHIPPING COMPANY LIMITED", org));
        assertEquals("blue calm marine service <co>", display("BLUE CALM MARINESERVICES COMPANY", org));
        assertEquals(display("PUBLIC JOINT STOCK COMPANY SBERBANK", org), display("PUBLICJOINT STOCK COMPANY SBERBANK", org));
        assertEquals("<group> rodina <ltd> <liability> <co>", display("GRUPPARODINA OOO", org));
        assertEquals("houthi <group>", display("HOUTHIGROUP", org));
        // ordinary words that begin or end like one stay whole
        assertEquals("production transportation openshaw", display("PRODUCTION TRANSPORTATION OPENSHAW", org));
        assertEquals("gamesunlimited", display("GAMESUNLIMITED", org));
        assertEquals("kazan helicopte", display("KAZAN HELICOPTE", org), "a line cut in a word");
        assertArrayEquals(new String[]{"marineservices"}, tokens("MARINESERVICES", NameNormalizer.Mode.PERSON),
                "person names are not split");
    }

    @Test
    void legalFormSpellingsMeetInTheSameCanonicalWords() {
        String expected = "dandong kehua economy and trade <co> <ltd>";
        assertEquals(expected, display("DANDONG KEHUA ECONOMY & TRADE CO., LTD.", NameNormalizer.Mode.ORGANIZATION));
        assertEquals(expected, display("Dandong Kehua Economy and Trade Company Limited", NameNormalizer.Mode.ORGANIZATION));
        assertEquals(expected, display("dandong kehua economy & trade co ltd", NameNormalizer.Mode.ORGANIZATION));
        String llc = "akrol <ltd> <liability> <co>";
        assertEquals(llc, display("AKROL LLC", NameNormalizer.Mode.ORGANIZATION));
        assertEquals(llc, display("OOO AKROL", NameNormalizer.Mode.ORGANIZATION).replace("<ltd> <liability> <co> akrol", llc));
        assertEquals("<ltd> <liability> <co> akrol", display("ООО Акрол", NameNormalizer.Mode.ORGANIZATION));
        assertEquals("<ltd> <liability> <co> akrol", display("LIMITED LIABILITY COMPANY AKROL", NameNormalizer.Mode.ORGANIZATION));
    }

    @Test
    void misspeltLegalWordsAreStillLegalForms() {
        assertEquals("songi trade <co>", display("SONGI TRADING OCMPANY", NameNormalizer.Mode.ORGANIZATION));
        assertEquals("talaqi <group>", display("TALAQI GORUP", NameNormalizer.Mode.ORGANIZATION));
        assertEquals("<joint> <stock> <co> zvezda", display("JOINT SOCK COMPANY ZVEZDA", NameNormalizer.Mode.ORGANIZATION));
        // the foreign-language forms too, as transliterated on the Russian and Latin American lists
        assertEquals("baltiyskaya <co>", display("BALTIYSKAYA KOMPAaIYA", NameNormalizer.Mode.ORGANIZATION));
        assertEquals("<public> <joint> <stock> <co> electrovipryamitel",
                display("PUBLICHNOE AKTSIONERNOE OBSCHESlTVO ELECTROVIPRYAMITEL", NameNormalizer.Mode.ORGANIZATION));
        assertEquals("<corp> cimex <sa>", display("COPRORACION CIMEX, S.A.", NameNormalizer.Mode.ORGANIZATION));
    }

    @Test
    void wordsOfTheirOwnNearALegalFormStayNameWords() {
        assertEquals("revival of islamic heritage society",
                display("REVIVAL OF ISLAMIC HERITAGE SOCIETY", NameNormalizer.Mode.ORGANIZATION));
        assertEquals("behrad <co>", display("BEHRAD COMPANY", NameNormalizer.Mode.ORGANIZATION));
        assertEquals("gold point <ltd>", display("GOLD POINT LTD", NameNormalizer.Mode.ORGANIZATION));
    }

    @Test
    void shortFormsCountOnlyWhereLegalFormsStand() {
        assertEquals("crowlands <sa> de <cv>", display("crowlands s a de c v", NameNormalizer.Mode.ORGANIZATION));
        // dotted forms however the dots fall, and not swallowed by an initial before them
        assertEquals("lama foods <srl>", display("LAMA FOODS SAR.L.", NameNormalizer.Mode.ORGANIZATION));
        assertEquals("lama foods <srl>", display("LAMA FOODS S.A.R.L.", NameNormalizer.Mode.ORGANIZATION));
        assertEquals("minera <sa> de <cv>", display("MINERA SAP.I. DE C.V.", NameNormalizer.Mode.ORGANIZATION));
        assertEquals("levsha t <ltd> <liability> <co>", display("LEVSHA T L.L.C.", NameNormalizer.Mode.ORGANIZATION));
        assertEquals("levsha t <ltd> <liability> <co>", display("LEVSHA T LLC", NameNormalizer.Mode.ORGANIZATION));
        assertEquals("st petersburg <co> <ltd>", display("ST.PETERSBURG CO.LTD.", NameNormalizer.Mode.ORGANIZATION));
        assertEquals("<group> w <sa>", display("grupo w s a", NameNormalizer.Mode.ORGANIZATION));
        assertEquals("<group> w <sa>", display("GRUPO W S.A.", NameNormalizer.Mode.ORGANIZATION));
        assertEquals("bwork <sa>", display("bwork s a s", NameNormalizer.Mode.ORGANIZATION));
        // "AS" inside a name is the Arabic article, not the Norwegian legal form
        assertEquals("dar as salam <co>", display("DAR AS SALAM COMPANY", NameNormalizer.Mode.ORGANIZATION));
        // persons get no legal-form reading at all
        assertArrayEquals(new String[]{"ao", "wei"}, tokens("AO Wei", NameNormalizer.Mode.PERSON));
    }

    @Test
    void chineseCompanySuffixIsALegalForm() {
        NormalizedName n = NameNormalizer.normalize("丹东科华经贸有限公司", NameNormalizer.Mode.ORGANIZATION);
        assertEquals(Script.HAN, n.script());
        assertEquals("dandong kehua economic and trade <co> <ltd>", n.display());
    }

    @Test
    void chineseBusinessWordsReadAsTheEnglishWordsTheListsPrint() {
        assertEquals("dandong hongxiang industrial development <co> <ltd>",
                display("丹东鸿祥实业发展有限公司", NameNormalizer.Mode.ORGANIZATION));
        // two characters before the business words are the firm's brand, one word; a person's two stay apart
        assertEquals("huawei technology <co> <ltd>", display("华为技术有限公司", NameNormalizer.Mode.ORGANIZATION));
        assertEquals("hua wei", display("华为", NameNormalizer.Mode.UNKNOWN));
    }

    @Test
    void airlineWordsShareOneForm() {
        assertEquals("mahan air", display("Mahan Airlines", NameNormalizer.Mode.ORGANIZATION));
        assertEquals("mahan air", display("MAHAN AIRWAYS", NameNormalizer.Mode.ORGANIZATION));
    }

    @Test
    void leadingHonorificsWeighLittleButStay() {
        NormalizedName n = NameNormalizer.normalize("Sr. Nicolás Quesada Cazares", NameNormalizer.Mode.PERSON);
        assertArrayEquals(new String[]{"sr", "nicolas", "quesada", "cazares"}, n.tokens());
        assertEquals(TokenKind.HONORIFIC, n.kinds()[0]);
        assertEquals(TokenKind.NAME, n.kinds()[1]);
        // a name that is only a title keeps it as a name word
        assertEquals(TokenKind.NAME, NameNormalizer.normalize("Sheikh", NameNormalizer.Mode.PERSON).kinds()[0]);
    }

    @Test
    void badInputGivesEmptyOrBoundedResults() {
        assertTrue(NameNormalizer.normalize("", NameNormalizer.Mode.UNKNOWN).isEmpty());
        assertTrue(NameNormalizer.normalize("--- ... ,,,", NameNormalizer.Mode.UNKNOWN).isEmpty());
        assertTrue(NameNormalizer.normalize("\u200F\u202E\u0000\u0007", NameNormalizer.Mode.UNKNOWN).isEmpty());
        NormalizedName huge = NameNormalizer.normalize("ab ".repeat(5000), NameNormalizer.Mode.UNKNOWN);
        assertTrue(huge.size() <= 24, "tokens are capped");
        assertArrayEquals(new String[]{"ali", "hassan"}, tokens("\u200FAli\u0000Hassan\uFFFD", NameNormalizer.Mode.PERSON));
        // a name made only of legal forms has nothing that identifies a party
        assertTrue(!NameNormalizer.normalize("CO., LTD.", NameNormalizer.Mode.ORGANIZATION).hasNameToken());
    }

    @Test
    void mixedScriptsRomaniseRunByRun() {
        assertArrayEquals(new String[]{"ao", "tamara"}, tokens("AO Тамара", NameNormalizer.Mode.PERSON));
        assertArrayEquals(new String[]{"al", "ghrbi", "llc"}, tokens("الغربي LLC", NameNormalizer.Mode.PERSON));
    }
}
