package org.chokepoint.names;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CyrillicReadingsTest {
    @Test
    void germanFrenchAndIso9SpellingsAreReadTheListsWay() {
        assertEquals(List.of("lebedev igor vladimirovich"), CyrillicReadings.of("Lebedew Igor Wladimirowitsch"));
        assertEquals(List.of("vadim yevgenyevich dengin"), CyrillicReadings.of("Wadim Jewgenjewitsch DENGIN"));
        assertEquals(List.of("obshchestvo s ogranichennoi otvetstvennostyu novatek-murmansk"),
                CyrillicReadings.of("OBSCHTSCHESTWO S OGRANITSCHENNOI OTWETSTWENNOSTJU NOWATEK-MURMANSK"));
        assertEquals(List.of("khodotov ievgen garriiovich"), CyrillicReadings.of("Khodotov Ievguen Garriiovitch"));
        // ISO 9's č and c both lose their mark: ч in Вячеслав, ц in Кузнецов
        assertEquals(List.of("vacheslav vacheslavovich dukhin", "vatseslav vatseslavovich dukhin"),
                CyrillicReadings.of("Vaceslav Vaceslavovic DUHIN"));
        assertEquals(List.of("oleg kuznechov petrovich", "oleg kuznetsov petrovich"), CyrillicReadings.of("Oleg Kuznecov Petrovic"));
        assertEquals(List.of("sergey mikhaylovich sokol"), CyrillicReadings.of("Sergej Mihajlovic Sokol"));
    }

    @Test
    void namesThatShowNoSystemOrAreNotLatinHaveNoReading() {
        assertEquals(List.of(), CyrillicReadings.of("Kim Jong Un"));
        assertEquals(List.of(), CyrillicReadings.of("Лебедев Игорь"));
        assertEquals(List.of(), CyrillicReadings.of("Maria Garcia Lopez"));
    }
}
