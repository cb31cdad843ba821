package org.chokepoint.match;

import org.chokepoint.model.Address;
import org.chokepoint.model.Entity;
import org.chokepoint.model.FuzzyDate;
import org.chokepoint.model.Name;
import org.chokepoint.model.Schema;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class EvidenceScorerTest {
    private static final Entity KIM = Entity.builder("ofac-sdn", "1", Schema.PERSON).name(Name.primary("KIM, Jong Un"))
            .birthDate(FuzzyDate.day("08 Jan 1984", LocalDate.of(1984, 1, 8))).nationality("KP").build();
    private static final Entity BANK = Entity.builder("ofac-sdn", "2", Schema.COMPANY).name(Name.primary("KORYO BANK"))
            .address(Address.ofCountry("CN")).build();
    private static final Entity BARE = Entity.builder("ofac-sdn", "3", Schema.ORGANIZATION).name(Name.primary("AKROL")).build();
    private static final Entity SHIP = Entity.builder("ofac-sdn", "4", Schema.VESSEL).name(Name.primary("SONG GANG 1"))
            .birthDate(FuzzyDate.yearRange("1980-1982", 1980, 1982)).country("KP").address(Address.ofCountry("RU")).build();

    private static ScreeningQuery query(Schema schema, String country, String birthDate) {
        return new ScreeningQuery("x", schema, country, birthDate);
    }

    private static List<String> notes(ScreeningQuery q, Entity e) {
        return EvidenceScorer.evidence(q, e).stream().map(x -> x.fact() + " " + x.effect() + ": " + x.note()).toList();
    }

    @Test
    void eachFactSaysWhatItFoundAndWhatItAdds() {
        assertEquals(List.of("type 0.0: query is a person, list entry is a person",
                        "birth date 0.05: birth year 1984 agrees with the list",
                        "country 0.03: country KP is on the list entry"),
                notes(query(Schema.PERSON, " kp ", "1984-01-08"), KIM));
        assertEquals(List.of("type -0.25: query is a person but list entry is a company",
                        "birth date 0.0: list entry gives no birth date",
                        "country 0.0: country KP is not among the entry's addresses (CN); an address is no nationality"),
                notes(query(Schema.PERSON, "KP", "1984"), BANK));
        assertEquals(List.of("birth date 0.0: birth year 1985 is one year off the list",
                        "country -0.05: country IR is not among the entry's KP"),
                notes(query(null, "IR", "born 1985"), KIM));
        assertEquals(List.of("type -0.05: query is a company but list entry is a vessel",
                        "birth date -0.15: birth year 1975 is 5 years from every listed birth date",
                        "country 0.03: country RU is on the list entry"),
                notes(query(Schema.COMPANY, "RU", "1975"), SHIP));
        assertEquals(List.of("type 0.0: query is a company, list entry is an organization",
                        "birth date 0.0: query birth date 'unknown' has no year; ignored",
                        "country 0.0: query country 'Narnia' is not a known country; ignored"),
                notes(query(Schema.COMPANY, "Narnia", "unknown"), BARE));
        assertEquals(List.of("type -0.05: query is an aircraft but list entry is a vessel"), notes(query(Schema.AIRCRAFT, null, null), SHIP));
        assertEquals(List.of("country 0.0: list entry gives no country"), notes(query(null, "DE", " "), BARE));
        assertEquals(List.of(), notes(query(null, null, null), KIM));
    }

    /** The screener decides by {@link EvidenceScorer#effect} and shows {@link EvidenceScorer#evidence}: they must agree. */
    @Test
    void theEffectWithoutWordsIsWhatTheWordedEvidenceAddsUp() {
        List<Schema> schemas = new ArrayList<>(Arrays.asList(Schema.values()));
        schemas.add(null);
        List<String> countries = Arrays.asList(null, "", "KP", "kp", "RU", "CN", "IR", "Narnia");
        List<String> births = Arrays.asList(null, " ", "1984", "1983", "1986", "1981", "1979", "no year", "c. 1982");
        int cases = 0;
        for (Entity e : List.of(KIM, BANK, BARE, SHIP)) {
            for (Schema s : schemas) {
                for (String c : countries) {
                    for (String b : births) {
                        ScreeningQuery q = query(s, c, b);
                        double worded = 0;
                        for (Explanation.Evidence x : EvidenceScorer.evidence(q, e)) worded += x.effect();
                        assertEquals(worded, EvidenceScorer.effect(q, e), 0.0, q + " against " + e.key());
                        cases++;
                    }
                }
            }
        }
        assertEquals(4 * 6 * 8 * 9, cases);
    }
}
