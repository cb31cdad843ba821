package org.chokepoint.match;

import org.chokepoint.model.Entity;
import org.chokepoint.model.FuzzyDate;
import org.chokepoint.model.Link;
import org.chokepoint.model.LinkType;
import org.chokepoint.model.Name;
import org.chokepoint.model.NameKind;
import org.chokepoint.model.Schema;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A small hand-made list: real entries of several scripts and kinds among made-up fillers that set the weights. */
final class SampleList {
    private SampleList() {
    }

    static List<Entity> entities() {
        List<Entity> list = new ArrayList<>();
        list.add(Entity.builder("ofac-sdn", "23175", Schema.ORGANIZATION)
                .name(Name.primary("DANDONG KEHUA ECONOMY & TRADE CO., LTD."))
                .name(Name.alias("DANDONG KEHUA ECONOMIC AND TRADE CO. LTD.", NameKind.STRONG_ALIAS)).build());
        list.add(Entity.builder("ofac-sdn", "1", Schema.PERSON).name(Name.primary("KIM, Jong Un"))
                .birthDate(FuzzyDate.day("08 Jan 1984", LocalDate.of(1984, 1, 8))).nationality("KP").build());
        list.add(Entity.builder("ofac-sdn", "2", Schema.PERSON).name(Name.primary("KIM, Chong-il")).build());
        list.add(Entity.builder("ofac-sdn", "3", Schema.PERSON).name(Name.primary("UMAROV, Doku Khamatovich")).build());
        list.add(Entity.builder("ofac-sdn", "4", Schema.PERSON)
                .name(Name.primary("AL-KASHIF, Muhammad Jamal 'Abd-al Rahim Ahmad")).build());
        list.add(Entity.builder("ofac-sdn", "5", Schema.ORGANIZATION).name(Name.primary("AKROL LIMITED LIABILITY COMPANY")).build());
        list.add(Entity.builder("ofac-sdn", "6", Schema.VESSEL).name(Name.primary("SONG GANG 1")).build());
        list.add(Entity.builder("un-sc", "IRe.076", Schema.ORGANIZATION).name(Name.primary("YA MAHDI INDUSTRIES GROUP")).build());
        list.add(Entity.builder("uk-fcdo", "INU0272", Schema.ORGANIZATION).name(Name.primary("YMA College"))
                .link(new Link(LinkType.SAME_AS, "un-sc:IRe.076", null, null)).build());
        for (int i = 0; i < 200; i++) {
            list.add(Entity.builder("filler", "p" + i, Schema.PERSON)
                    .name(Name.primary("MOHAMMED, Ali " + filler(i))).build());
            list.add(Entity.builder("filler", "o" + i, Schema.ORGANIZATION)
                    .name(Name.primary(filler(i) + " TRADING CO., LTD.")).build());
        }
        return list;
    }

    /** Distinct made-up words so common tokens (Mohammed, Trading, Co) get realistic low weights. */
    private static String filler(int i) {
        String letters = "bcdfghklmnprstvz";
        return "" + letters.charAt(i % 16) + "a" + letters.charAt((i / 16) % 16) + "o" + letters.charAt((i * 7) % 16) + "en";
    }
}
