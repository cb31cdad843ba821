package org.chokepoint.sources;

import org.chokepoint.model.*;
import org.chokepoint.sources.ofac.*;
import org.chokepoint.sources.csl.*;
import org.chokepoint.sources.bis.*;
import org.junit.jupiter.api.Test;
import java.nio.file.Path;
import java.util.*;
import java.util.stream.*;

class MeasureTmp {
    @Test
    void measure() throws Exception {
        Path lists = BundledLists.dataDir().resolve("lists");
        List<Entity> es = new ArrayList<>();
        new DplSource(lists.resolve("bis-dpl/2023-11-30/dpl.txt")).read(es::add, new Findings());
        es.stream().filter(e -> e.schema() == Schema.PERSON).map(e -> e.primaryName().value()).filter(n -> n.split(" ").length > 3 || n.matches(".*(AND|&|OF|DE |DEL).*")).forEach(n -> System.out.println("P " + n));
        List<Entity> sdn = new ArrayList<>();
        BundledLists.all(BundledLists.dataDir()).get(0).read(sdn::add, new Findings());
        for (Entity e : sdn) if (Set.of("23175","2676","4243","306","28263","15431","2686").contains(e.sourceId())) System.out.println(e);
        List<Entity> x = new ArrayList<>();
        OfacXmlSource.consolidated(lists.resolve("ofac-consolidated/2024-05-06-xml/consolidated.xml")).read(x::add, new Findings());
        for (Entity e : x) if (e.sourceId().equals("30947") || e.sourceId().equals("32087")) System.out.println(e);
    }
}
