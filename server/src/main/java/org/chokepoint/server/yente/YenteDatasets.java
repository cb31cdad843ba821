package org.chokepoint.server.yente;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Our source keys under the dataset names OpenSanctions (and so yente) gives the same lists, with a title for the
 * catalog, and the collection {@value #DEFAULT} that holds all of them.
 *
 * <pre>
 * ofac-sdn → us_ofac_sdn     ofac-cons → us_ofac_cons      us-csl → us_trade_csl     bis-dpl → us_bis_denied
 * un-sc → un_sc_sanctions    uk-hmt → gb_hmt_sanctions     uk-fcdo → gb_fcdo_sanctions
 * eu-fsf → eu_fsf            opensanctions → opensanctions
 * </pre>
 * A source this table does not know (a list added later) is named after its key, hyphens as underscores.
 * (The same names are being added to the sources' list catalog; this table is to be wired to it then.)
 */
public final class YenteDatasets {
    /** The collection of every list in the served snapshot, as yente's {@code default}. */
    public static final String DEFAULT = "default";

    private record Named(String dataset, String title) {
    }

    private static final Map<String, Named> BY_SOURCE = new LinkedHashMap<>();

    static {
        put("ofac-sdn", "us_ofac_sdn", "US OFAC Specially Designated Nationals (SDN) List");
        put("ofac-cons", "us_ofac_cons", "US OFAC Consolidated (non-SDN) List");
        put("us-csl", "us_trade_csl", "US Trade Consolidated Screening List (CSL)");
        put("bis-dpl", "us_bis_denied", "US BIS Denied Persons List");
        put("un-sc", "un_sc_sanctions", "UN Security Council Consolidated Sanctions List");
        put("uk-hmt", "gb_hmt_sanctions", "UK HM Treasury (OFSI) Consolidated List");
        put("uk-fcdo", "gb_fcdo_sanctions", "UK FCDO Sanctions List");
        put("eu-fsf", "eu_fsf", "EU Financial Sanctions Files (FSF)");
        put("opensanctions", "opensanctions", "OpenSanctions targets");
    }

    private YenteDatasets() {
    }

    private static void put(String source, String dataset, String title) {
        BY_SOURCE.put(source, new Named(dataset, title));
    }

    /** The dataset name of a source key ({@code ofac-sdn} → {@code us_ofac_sdn}). */
    public static String dataset(String source) {
        Named n = BY_SOURCE.get(source);
        return n != null ? n.dataset : source.toLowerCase(Locale.ROOT).replace('-', '_');
    }

    public static String title(String source) {
        Named n = BY_SOURCE.get(source);
        return n != null ? n.title : source;
    }

    /** The source key of a dataset name, if it names one of the sources in the table. */
    public static Optional<String> source(String dataset) {
        for (Map.Entry<String, Named> e : BY_SOURCE.entrySet()) if (e.getValue().dataset.equals(dataset)) return Optional.of(e.getKey());
        return Optional.empty();
    }
}
