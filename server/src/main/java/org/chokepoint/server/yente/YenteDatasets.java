package org.chokepoint.server.yente;

import org.chokepoint.sources.ListCatalog;

import java.util.Locale;
import java.util.Optional;

/**
 * Our source keys under the dataset names OpenSanctions (and so yente) gives the same lists, read from the
 * {@link ListCatalog}, and the collection {@value #DEFAULT} that holds all of them.
 *
 * <pre>
 * ofac-sdn → us_ofac_sdn     ofac-cons → us_ofac_cons      us-csl → us_trade_csl     bis-dpl → us_bis_denied
 * un-sc → un_sc_sanctions    uk-hmt → gb_hmt_sanctions     uk-fcdo → gb_fcdo_sanctions
 * eu-fsf → eu_fsf            opensanctions → opensanctions
 * </pre>
 * A source the catalog does not know (a list added later) is named after its key, hyphens as underscores.
 */
public final class YenteDatasets {
    /** The collection of every list in the served snapshot, as yente's {@code default}. */
    public static final String DEFAULT = "default";

    private YenteDatasets() {
    }

    /** The dataset name of a source key ({@code ofac-sdn} → {@code us_ofac_sdn}). */
    public static String dataset(String source) {
        return ListCatalog.entry(source).map(ListCatalog.Entry::dataset).orElse(source.toLowerCase(Locale.ROOT).replace('-', '_'));
    }

    public static String title(String source) {
        return ListCatalog.entry(source).map(ListCatalog.Entry::title).orElse(source);
    }

    /** The source key of a dataset name, if it names one of the catalog's sources. */
    public static Optional<String> source(String dataset) {
        return ListCatalog.entries().stream().filter(e -> e.dataset().equals(dataset)).map(ListCatalog.Entry::key).findFirst();
    }
}
