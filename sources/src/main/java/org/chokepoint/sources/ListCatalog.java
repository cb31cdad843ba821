package org.chokepoint.sources;

import org.chokepoint.sources.bis.DplSource;
import org.chokepoint.sources.csl.CslSource;
import org.chokepoint.sources.eu.EuFinancialSanctionsList;
import org.chokepoint.sources.ofac.OfacCsvFiles;
import org.chokepoint.sources.ofac.OfacCsvSource;
import org.chokepoint.sources.opensanctions.OpenSanctionsTargets;
import org.chokepoint.sources.uk.OfsiConsolidatedList;
import org.chokepoint.sources.uk.UkSanctionsListSummary;
import org.chokepoint.sources.uk.UkSanctionsListTables;
import org.chokepoint.sources.un.UnConsolidatedList;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Every list source Chokepoint knows, one {@link Entry} each: its key, title, publisher and dataset name, how
 * its bundled release is read from the data folder ({@code ../shared/data}), and how a folder of downloaded
 * files is read ({@code lists update}, {@code lists diff SOURCE@FOLDER}). The download addresses are not here:
 * they are configuration, in {@code snapshot/update-sources.properties} (a user's copy replaces it), one line
 * per file under the file names the download reader of the entry expects.
 *
 * <pre>{@code
 * List<ListSource> lists = ListCatalog.bundled(dataDir);              // what 'lists build' compiles
 * ListSource un = ListCatalog.entry("un-sc").orElseThrow().downloaded(folder);
 * }</pre>
 */
public final class ListCatalog {
    /** Marks an entry of which no release ships in the data folder. */
    public static final Function<Path, ListSource> NOT_BUNDLED = null;

    /**
     * One source.
     *
     * @param key       the source key every entity of the list carries ({@code ofac-sdn}); its readers use the same
     * @param title     what the list is called ("OFAC Specially Designated Nationals")
     * @param publisher who publishes it
     * @param dataset   the OpenSanctions-style dataset name the list is served under ({@code us_ofac_sdn})
     * @param bundled   reads the bundled release from the data folder, or {@link #NOT_BUNDLED}
     * @param download  reads a folder holding the downloaded files under the names that
     *                  {@code update-sources.properties} gives them, or null when the list cannot be updated
     */
    public record Entry(String key, String title, String publisher, String dataset,
                        Function<Path, ListSource> bundled, Function<Path, ListSource> download) {
        public Entry {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(publisher, "publisher");
            Objects.requireNonNull(dataset, "dataset");
        }

        public boolean isBundled() {
            return bundled != null;
        }

        public boolean isUpdatable() {
            return download != null;
        }

        /** The reader of the bundled release in {@code dataDir}. */
        public ListSource bundledIn(Path dataDir) {
            if (bundled == null) throw new IllegalStateException(key + " has no bundled release");
            return bundled.apply(dataDir);
        }

        /** The reader of a folder holding this list's downloaded files. */
        public ListSource downloaded(Path folder) {
            if (download == null) throw new IllegalStateException(key + " cannot be read from a download folder");
            return download.apply(folder);
        }
    }

    private static final List<Entry> ENTRIES = List.of(
            // US lists (docs/lists-us.md). The bundled SDN set is the newest complete primary file with the newest
            // alias/address files and the newest comments file (joined only where the remarks are cut)
            new Entry("ofac-sdn", "OFAC Specially Designated Nationals",
                    "US Department of the Treasury, Office of Foreign Assets Control (OFAC)", "us_ofac_sdn",
                    data -> OfacCsvSource.sdn(new OfacCsvFiles(lists(data, "ofac-sdn/2024-05-03/sdn.csv"),
                            lists(data, "ofac-sdn/2026-06-02-partial/alt.csv"), lists(data, "ofac-sdn/2026-06-02-partial/add.csv"),
                            lists(data, "ofac-sdn/2025-02-27-partial/sdn_comments.csv"), true)),
                    dir -> OfacCsvSource.sdn(OfacCsvFiles.sdnRelease(dir))),
            new Entry("ofac-cons", "OFAC Consolidated Sanctions List (non-SDN)",
                    "US Department of the Treasury, Office of Foreign Assets Control (OFAC)", "us_ofac_cons",
                    data -> OfacCsvSource.consolidated(OfacCsvFiles.consolidatedRelease(lists(data, "ofac-consolidated"))),
                    dir -> OfacCsvSource.consolidated(OfacCsvFiles.consolidatedRelease(dir))),
            new Entry("us-csl", "US Consolidated Screening List",
                    "US Department of Commerce, International Trade Administration", "us_trade_csl",
                    data -> new CslSource(lists(data, "us-csl/2022-05-16/consolidated.csv.gz")),
                    dir -> new CslSource(dir.resolve("consolidated.csv"))),
            new Entry("bis-dpl", "BIS Denied Persons List",
                    "US Department of Commerce, Bureau of Industry and Security (BIS)", "us_bis_denied",
                    data -> new DplSource(lists(data, "bis-dpl/2023-11-30/dpl.txt")),
                    dir -> new DplSource(dir.resolve("dpl.txt"))),
            // International and UK lists (docs/lists-intl.md)
            new Entry("un-sc", "UN Security Council Consolidated List", "United Nations Security Council", "un_sc_sanctions",
                    data -> new UnConsolidatedList(lists(data, "un/consolidated.xml")),
                    dir -> new UnConsolidatedList(dir.resolve("consolidated.xml"))),
            new Entry("uk-hmt", "UK Consolidated List of Financial Sanctions Targets",
                    "HM Treasury, Office of Financial Sanctions Implementation (OFSI)", "gb_hmt_sanctions",
                    data -> new OfsiConsolidatedList(lists(data, "uk-ofsi-conlist/2025-04-14/ConList.from-xlsx.csv.gz")),
                    dir -> new OfsiConsolidatedList(dir.resolve("ConList.csv"))),
            // bundled: the third-party normalised tables of the full list (the newest UK copy here, with the UK-UN
            // references); downloaded: FCDO's own summary export, one row per designation (no aliases or dates of birth)
            new Entry("uk-fcdo", "UK Sanctions List", "Foreign, Commonwealth & Development Office (FCDO)", "gb_fcdo_sanctions",
                    data -> new UkSanctionsListTables(lists(data, "uk-sanctions-list/2026-04-16-normalized")),
                    dir -> new UkSanctionsListSummary(dir.resolve("UK_Sanctions_List_summary.ods"))),
            // no copy of the EU list small enough for the bundled data exists (about 25 MB); only its schema ships
            new Entry("eu-fsf", "EU Financial Sanctions Files (consolidated list)", "European Commission", "eu_fsf",
                    NOT_BUNDLED,
                    dir -> new EuFinancialSanctionsList(dir.resolve("export.xml"))),
            // CC BY-NC 4.0: the bundled file is the 'Ukraine War and Sanctions' dataset; nothing the engine needs depends on it
            new Entry("opensanctions", "OpenSanctions targets", "OpenSanctions", "opensanctions",
                    data -> new OpenSanctionsTargets(lists(data, "opensanctions/ua_war_sanctions-2026-03-13/targets.simple.csv.gz")),
                    dir -> new OpenSanctionsTargets(dir.resolve("targets.simple.csv"))));

    private ListCatalog() {
    }

    /** Every entry, US lists first. */
    public static List<Entry> entries() {
        return ENTRIES;
    }

    public static Optional<Entry> entry(String key) {
        return ENTRIES.stream().filter(e -> e.key().equals(key)).findFirst();
    }

    /** The entries that can be read from a download folder. */
    public static List<Entry> updatable() {
        return ENTRIES.stream().filter(Entry::isUpdatable).toList();
    }

    /** The reader of every bundled list's release in {@code dataDir}: what screening uses, in catalog order. */
    public static List<ListSource> bundled(Path dataDir) {
        return ENTRIES.stream().filter(Entry::isBundled).map(e -> e.bundledIn(dataDir)).toList();
    }

    /** Per updatable source key, the reader of its download folder (what {@code ListUpdater} takes). */
    public static Map<String, Function<Path, ListSource>> downloadReaders() {
        Map<String, Function<Path, ListSource>> out = new LinkedHashMap<>();
        for (Entry e : updatable()) out.put(e.key(), e.download());
        return out;
    }

    private static Path lists(Path dataDir, String file) {
        return dataDir.resolve("lists").resolve(file);
    }
}
