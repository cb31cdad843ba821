package org.chokepoint.sources;

import org.chokepoint.model.Findings;
import org.chokepoint.sources.bis.DplSource;
import org.chokepoint.sources.csl.CslSource;
import org.chokepoint.sources.eu.EuFinancialSanctionsList;
import org.chokepoint.sources.ofac.OfacXmlSource;
import org.chokepoint.sources.opensanctions.FtmEntities;
import org.chokepoint.sources.opensanctions.OpenSanctionsTargets;
import org.chokepoint.sources.uk.OfsiConsolidatedList;
import org.chokepoint.sources.uk.UkSanctionsListSummary;
import org.chokepoint.sources.un.UnConsolidatedList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class SingleFileSourceTest {
    @Test
    void everyOneFileReaderNamesAMissingFile(@TempDir Path dir) {
        List<Function<Path, SingleFileSource>> readers = List.of(DplSource::new, CslSource::new, OfacXmlSource::sdn,
                UnConsolidatedList::new, EuFinancialSanctionsList::new, OfsiConsolidatedList::new,
                UkSanctionsListSummary::new, OpenSanctionsTargets::new, FtmEntities::new);
        for (Function<Path, SingleFileSource> reader : readers) {
            Path missing = dir.resolve("missing.file");
            SingleFileSource source = reader.apply(missing);
            ListFormatException e = assertThrows(ListFormatException.class,
                    () -> source.read(x -> { }, new Findings()), source.source());
            assertEquals(missing + ": file not found", e.getMessage(), source.source());
        }
    }
}
