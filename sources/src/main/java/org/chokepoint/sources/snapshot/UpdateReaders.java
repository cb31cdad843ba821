package org.chokepoint.sources.snapshot;

import org.chokepoint.sources.ListSource;
import org.chokepoint.sources.bis.DplSource;
import org.chokepoint.sources.csl.CslSource;
import org.chokepoint.sources.ofac.OfacCsvFiles;
import org.chokepoint.sources.ofac.OfacCsvSource;
import org.chokepoint.sources.eu.EuFinancialSanctionsList;
import org.chokepoint.sources.opensanctions.OpenSanctionsTargets;
import org.chokepoint.sources.uk.OfsiConsolidatedList;
import org.chokepoint.sources.un.UnConsolidatedList;

import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;

/**
 * The reader of each updatable source, over a folder holding the downloaded files under the names that
 * {@code update-sources.properties} gives them (the official file names).
 */
public final class UpdateReaders {
    private UpdateReaders() {
    }

    public static Map<String, Function<Path, ListSource>> all() {
        return Map.of(
                "ofac-sdn", dir -> OfacCsvSource.sdn(OfacCsvFiles.sdnRelease(dir)),
                "ofac-cons", dir -> OfacCsvSource.consolidated(OfacCsvFiles.consolidatedRelease(dir)),
                "us-csl", dir -> new CslSource(dir.resolve("consolidated.csv")),
                "bis-dpl", dir -> new DplSource(dir.resolve("dpl.txt")),
                "un-sc", dir -> new UnConsolidatedList(dir.resolve("consolidated.xml")),
                "uk-hmt", dir -> new OfsiConsolidatedList(dir.resolve("ConList.csv")),
                "eu-fsf", dir -> new EuFinancialSanctionsList(dir.resolve("export.xml")),
                "opensanctions", dir -> new OpenSanctionsTargets(dir.resolve("targets.simple.csv")));
    }
}
