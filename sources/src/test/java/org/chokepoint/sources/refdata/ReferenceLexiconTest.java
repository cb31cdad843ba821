package org.chokepoint.sources.refdata;

import org.chokepoint.audit.Clue;
import org.chokepoint.audit.ClueKind;
import org.chokepoint.audit.ColumnRole;
import org.chokepoint.sources.testing.DataDir;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Clues from the real reference data. */
class ReferenceLexiconTest {
    static ReferenceLexicon lex;

    @BeforeAll
    static void load() throws IOException {
        lex = ReferenceLexicon.load(DataDir.get());
    }

    private static Clue only(ColumnRole role, String cell, ClueKind kind) {
        List<Clue> found = lex.clues(role, cell).stream().filter(c -> c.kind() == kind).toList();
        assertEquals(1, found.size(), cell + " → " + lex.clues(role, cell));
        return found.get(0);
    }

    @Test
    void operatorsFromBothMccTables() {
        assertEquals(1.0, only(ColumnRole.CUSTOMER, "Koryolink", ClueKind.OPERATOR).share("KP"));
        assertEquals(1.0, only(ColumnRole.CUSTOMER, "Kang Song NET", ClueKind.OPERATOR).share("KP"));
        assertEquals(1.0, only(ColumnRole.CUSTOMER, "Syriatel", ClueKind.OPERATOR).share("SY"));
        Clue mtn = only(ColumnRole.CUSTOMER, "MTN", ClueKind.OPERATOR);
        assertTrue(mtn.countries().size() > 10, "a global brand points to many countries: " + mtn.countries().size());
    }

    @Test
    void phonesCurrenciesAndPlaces() {
        assertEquals(1.0, only(ColumnRole.PHONE, "+850 2 381 4410", ClueKind.PHONE).share("KP"));
        assertEquals(1.0, only(ColumnRole.PHONE, "0098 21 6612 3456", ClueKind.PHONE).share("IR"));
        assertEquals(1.0, only(ColumnRole.CURRENCY, "KPW", ClueKind.CURRENCY).share("KP"));
        assertTrue(only(ColumnRole.CURRENCY, "USD", ClueKind.CURRENCY).countries().size() > 5);
        assertEquals(1.0, only(ColumnRole.CITY, "평양", ClueKind.PLACE).share("KP"), "Pyongyang's Hangul alternate name");
        assertEquals(1.0, only(ColumnRole.CITY, "Ŭllyul", ClueKind.PLACE).share("KP"));
        Clue sindo = only(ColumnRole.CITY, "Sindo", ClueKind.PLACE);
        assertEquals(0.5, sindo.share("KP"), 1e-9, "two places called Sindo, one in Kenya: " + sindo.countries());
    }

    @Test
    void namesInAnyScriptRomanisedAndHubsInFreeText() {
        assertEquals(1.0, only(ColumnRole.TEXT, "chaoxian; renewal", ClueKind.COUNTRY_NAME).share("KP"));
        assertEquals(1.0, only(ColumnRole.TEXT, "发往朝鲜", ClueKind.COUNTRY_NAME).share("KP"));
        assertEquals(1.0, only(ColumnRole.TEXT, "发往朝鲜经丹东", ClueKind.HUB).share("KP"));
        assertEquals(1.0, only(ColumnRole.TEXT, "via Dandong rail", ClueKind.HUB).share("KP"));
        assertEquals(1.0, only(ColumnRole.TEXT, "Iran-e; warranty", ClueKind.COUNTRY_NAME).share("IR"));
        assertEquals(1.0, only(ColumnRole.TEXT, "پروژه ایران", ClueKind.COUNTRY_NAME).share("IR"));
        assertTrue(only(ColumnRole.TEXT, "Chosun", ClueKind.COUNTRY_NAME_SOUND).share("KP") > 0.5);
        assertTrue(lex.clues(ColumnRole.TEXT, "Latakia port").stream().noneMatch(c -> c.value().equals("Le Port")),
                "lower-case 'port' is no place name");
        assertEquals(ClueKind.TRANSIT, lex.clues(ColumnRole.TEXT, "shipped via Panama").get(0).kind());
    }
}
