package org.chokepoint.sources;

import org.chokepoint.model.Entity;
import org.chokepoint.model.Findings;
import org.chokepoint.sources.bis.DplSource;
import org.chokepoint.sources.csl.CslSource;
import org.chokepoint.sources.ofac.OfacCsvFiles;
import org.chokepoint.sources.ofac.OfacCsvSource;
import org.chokepoint.sources.opensanctions.OpenSanctionsTargets;
import org.chokepoint.sources.uk.OfsiConsolidatedList;
import org.chokepoint.sources.uk.UkSanctionsListTables;
import org.chokepoint.sources.un.UnConsolidatedList;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The lists shipped in the bundled data folder ({@code ../shared/data}), each in its published layout. */
public final class BundledLists {
    private BundledLists() {
    }

    /**
     * The data folder: system property {@code chokepoint.data}, else environment {@code CHOKEPOINT_DATA},
     * else {@code ../shared/data} relative to the working directory.
     */
    public static Path dataDir() {
        String prop = System.getProperty("chokepoint.data");
        if (prop == null || prop.isBlank()) prop = System.getenv("CHOKEPOINT_DATA");
        Path dir = Path.of(prop == null || prop.isBlank() ? "../shared/data" : prop).toAbsolutePath().normalize();
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException("data folder not found: " + dir + " (set CHOKEPOINT_DATA or -Dchokepoint.data)");
        }
        return dir;
    }

    /** Every bundled list that screening uses, newest release of each. */
    public static List<ListSource> all(Path dataDir) {
        Path lists = dataDir.resolve("lists");
        List<ListSource> all = new ArrayList<>();
        // US lists (lists-us): the newest complete OFAC primary file with the newest alias/address files and
        // the newest comments file (joined only where the remarks are cut; see docs/lists-us.md)
        all.add(OfacCsvSource.sdn(new OfacCsvFiles(lists.resolve("ofac-sdn/2024-05-03/sdn.csv"),
                lists.resolve("ofac-sdn/2026-06-02-partial/alt.csv"), lists.resolve("ofac-sdn/2026-06-02-partial/add.csv"),
                lists.resolve("ofac-sdn/2025-02-27-partial/sdn_comments.csv"), true)));
        all.add(OfacCsvSource.consolidated(OfacCsvFiles.consolidatedRelease(lists.resolve("ofac-consolidated"))));
        all.add(new CslSource(lists.resolve("us-csl/2022-05-16/consolidated.csv.gz")));
        all.add(new DplSource(lists.resolve("bis-dpl/2023-11-30/dpl.txt")));
        // International and UK lists (lists-intl)
        all.add(new UnConsolidatedList(lists.resolve("un/consolidated.xml")));
        all.add(new OfsiConsolidatedList(lists.resolve("uk-ofsi-conlist/2025-04-14/ConList.from-xlsx.csv.gz")));
        all.add(new UkSanctionsListTables(lists.resolve("uk-sanctions-list/2026-04-16-normalized")));
        all.add(new OpenSanctionsTargets(lists.resolve("opensanctions/ua_war_sanctions-2026-03-13/targets.simple.csv.gz")));
        return all;
    }

    /** Reads every bundled list into memory (sequentially; findings collected). */
    public static List<Entity> readAll(Path dataDir, Findings findings) throws IOException {
        List<Entity> out = new ArrayList<>();
        for (ListSource s : all(dataDir)) s.read(out::add, findings);
        return out;
    }
}
