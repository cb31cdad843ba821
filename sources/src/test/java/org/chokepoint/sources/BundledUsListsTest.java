package org.chokepoint.sources;

import org.chokepoint.sources.testing.DataDir;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

class BundledUsListsTest {
    @Test
    void usListsAreRegisteredWithExistingFiles() {
        List<ListSource> all = ListCatalog.bundled(DataDir.get());
        List<String> keys = all.stream().map(ListSource::source).toList();
        assertTrue(keys.containsAll(List.of("ofac-sdn", "ofac-cons", "us-csl", "bis-dpl")), keys::toString);
        all.stream().filter(s -> List.of("ofac-sdn", "ofac-cons", "us-csl", "bis-dpl").contains(s.source()))
                .flatMap(s -> s.files().stream())
                .forEach(f -> assertTrue(Files.isRegularFile(f), f::toString));
    }
}
