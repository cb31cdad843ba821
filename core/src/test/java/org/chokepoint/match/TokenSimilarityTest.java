package org.chokepoint.match;

import org.chokepoint.names.PhoneticKey;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TokenSimilarityTest {
    @Test
    void editAllowsMoreChangesInLongerTokens() {
        assertEquals(1.0, TokenSimilarity.edit("kehua", "kehua"));
        assertEquals(0.0, TokenSimilarity.edit("kim", "kin"), "three letters: no edit allowed");
        assertEquals(0.7, TokenSimilarity.edit("rang", "lang"), 1e-9);
        assertEquals(0.8, TokenSimilarity.edit("faxon", "fakon"), 1e-9, "one changed letter in five");
        assertEquals(0.88, TokenSimilarity.edit("faxon", "afxon"), 1e-9, "an adjacent swap costs less than a change");
        assertTrue(TokenSimilarity.isAdjacentSwap("amina", "amnia"));
        assertTrue(!TokenSimilarity.isAdjacentSwap("amina", "anima"), "a swap of letters apart is two changes");
        assertEquals(0.88, TokenSimilarity.edit("maria", "mria"), 1e-9, "a vowel left out costs less than a change");
        assertEquals(0.8, TokenSimilarity.edit("tabuk", "tauk"), 1e-9, "a consonant left out is a full edit");
        assertTrue(TokenSimilarity.isVowelDrop("behta", "bhta") && TokenSimilarity.isVowelDrop("bhta", "behta"));
        assertTrue(!TokenSimilarity.isVowelDrop("behta", "beta"), "h is not a vowel");
        assertEquals(0.0, TokenSimilarity.edit("dandong", "dandang1x"), "two edits in seven letters");
        assertEquals(1 - 0.8 * 2 / 11.0, TokenSimilarity.edit("khapsirokov", "khapsirakav"), 1e-9);
    }

    @Test
    void closeSpellingsOfOneSoundScoreHigh() {
        // a romanisation variant that changes a letter or two is nearly the same word
        assertEquals(PhoneticKey.of("mohammed"), PhoneticKey.of("muhammad"));
        assertEquals(0.70 + 0.25 * 0.75, TokenSimilarity.phonetic("mohammed", "muhammad"), 1e-9);
        assertTrue(TokenSimilarity.phonetic("chong", "jong") >= 0.79, "McCune-Reischauer ch = Revised j");
        assertTrue(TokenSimilarity.phonetic("dmitriy", "dmitry") > 0.9);
    }

    @Test
    void aSharedKeyOverMostlyDifferentLettersIsWeakEvidence() {
        // the key folds vowel runs, so these share one; the letters say they are different syllables
        assertEquals(PhoneticKey.of("thuong"), PhoneticKey.of("ting"));
        assertEquals(PhoneticKey.of("cheng"), PhoneticKey.of("zhiyong"));
        assertTrue(TokenSimilarity.phonetic("thuong", "ting") < 0.8, "thuong ~ ting");
        assertTrue(TokenSimilarity.phonetic("cheng", "zhiyong") < 0.75, "cheng ~ zhiyong");
        assertTrue(TokenSimilarity.phonetic("xuan", "chun") < NameScorer.MIN_PAIR, "xuan ~ chun: below any pairing");
        assertTrue(TokenSimilarity.phonetic("cheng", "zhiyong") < TokenSimilarity.phonetic("mohammed", "muhammad"));
    }

    @Test
    void shortKeysOnlyJoinSpellingsOneLetterApart() {
        assertTrue(TokenSimilarity.shortPhonetic("kho", "ho") > 0.7);
        assertEquals(0.0, TokenSimilarity.shortPhonetic("ung", "ang1"));
    }

    @Test
    void boundedDistanceStopsEarly() {
        assertEquals(3, TokenSimilarity.osa("abcdef", "uvwxyz", 2), "returns max + 1 once beyond max");
        assertEquals(1, TokenSimilarity.osa("ab", "ba", 3));
    }

    @Test
    void aGlideAndEIsNotAnIBeforeAConsonant() {
        assertTrue(TokenSimilarity.distinctOnsets("yegor", "igor"), "Егор is not Игорь");
        assertTrue(TokenSimilarity.distinctOnsets("igor", "jegor"), "the German Jegor is Yegor");
        assertTrue(!TokenSimilarity.distinctOnsets("yakovlev", "iakovlev"), "Я both");
        assertTrue(!TokenSimilarity.distinctOnsets("ievgen", "yevgeny"), "Є and Е both a glide and e");
        assertEquals(PhoneticKey.of("yegor"), PhoneticKey.of("igor"), "the key alone folds them");
    }

    @Test
    void lettersThatDifferTooMuchRuleOutAnEditWithoutComputingIt() {
        // "kim" and "song" share no letter: 7 differ; "mohammed" and "muhammad" differ in o, e and u, more than the
        // two letters of the set one edit (all that eight letters allow) can change
        assertTrue(TokenSimilarity.beyondEdits(TokenSimilarity.letters("kim"), TokenSimilarity.letters("song"), 3, 4));
        assertEquals(3, Long.bitCount(TokenSimilarity.letters("mohammed") ^ TokenSimilarity.letters("muhammad")));
        assertTrue(TokenSimilarity.beyondEdits(TokenSimilarity.letters("mohammed"), TokenSimilarity.letters("muhammad"), 8, 8));
        assertEquals(0.0, TokenSimilarity.edit("mohammed", "muhammad"), "two substitutions: more than 8 letters allow");
        // a swap keeps the set, a substitution changes two bits: both within one edit
        assertFalse(TokenSimilarity.beyondEdits(TokenSimilarity.letters("ivanov"), TokenSimilarity.letters("ivnaov"), 6, 6));
        assertFalse(TokenSimilarity.beyondEdits(TokenSimilarity.letters("petrov"), TokenSimilarity.letters("petrow"), 6, 6));
        // digits and other scripts have bits of their own
        assertEquals(2, Long.bitCount(TokenSimilarity.letters("7") ^ TokenSimilarity.letters("8")));
        assertEquals(2, Long.bitCount(TokenSimilarity.letters("\u0430") ^ TokenSimilarity.letters("\u0431")));
    }

    @Test
    void theLetterBoundNeverRejectsAPairTheEditJoins() {
        // every pair of a few hundred name words and their one- and two-letter variants: where the bound says
        // "beyond", the edit similarity is 0
        String[] words = {"mohammed", "muhammad", "ivanov", "ivanova", "petrov", "kim", "jong", "un", "chong", "il",
                "abdul", "abdel", "rahman", "rahim", "hussein", "husain", "hossein", "salimi", "saleemi", "dandong",
                "kehua", "trading", "industries", "bank", "melli", "sepah", "mahan", "air", "sergei", "sergey",
                "aleksandr", "alexander", "vladimirovich", "wladimirowitsch", "gonzalez", "gonzales", "zhang", "chang"};
        java.util.List<String> all = new java.util.ArrayList<>();
        java.util.Random random = new java.util.Random(14);
        String alphabet = "abcdefghijklmnopqrstuvwxyz";
        for (String w : words) {
            all.add(w);
            for (int k = 0; k < 6; k++) {
                StringBuilder b = new StringBuilder(w);
                for (int edits = 1 + k % 2; edits > 0; edits--) {
                    int at = random.nextInt(b.length());
                    switch (random.nextInt(3)) {
                        case 0 -> b.setCharAt(at, alphabet.charAt(random.nextInt(26)));
                        case 1 -> b.insert(at, alphabet.charAt(random.nextInt(26)));
                        default -> { if (b.length() > 1) b.deleteCharAt(at); }
                    }
                }
                all.add(b.toString());
            }
        }
        int rejected = 0, joined = 0;
        for (String a : all) {
            for (String b : all) {
                boolean beyond = TokenSimilarity.beyondEdits(TokenSimilarity.letters(a), TokenSimilarity.letters(b), a.length(), b.length());
                double e = TokenSimilarity.edit(a, b);
                if (beyond) {
                    assertEquals(0.0, e, a + " / " + b);
                    rejected++;
                } else if (e > 0) {
                    joined++;
                }
            }
        }
        assertTrue(rejected > all.size() * all.size() / 2, "most pairs are rejected by the bound: " + rejected);
        assertTrue(joined > all.size(), "and the variants still meet their words: " + joined);
    }
}
