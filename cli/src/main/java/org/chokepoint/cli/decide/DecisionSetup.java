package org.chokepoint.cli.decide;

import org.chokepoint.match.IndexedScreener;
import org.chokepoint.match.Screener;
import org.chokepoint.model.Entity;
import org.chokepoint.cli.EntityLoader;
import org.chokepoint.model.FileMeta;
import org.chokepoint.model.Snapshot;
import org.chokepoint.model.SourceMeta;
import org.chokepoint.rules.CountryResolver;
import org.chokepoint.rules.DecisionEngine;
import org.chokepoint.rules.OwnershipGraph;
import org.chokepoint.rules.PartyScreening;
import org.chokepoint.rules.RuleBook;
import org.chokepoint.sources.refdata.Countries;
import org.chokepoint.sources.transaction.OwnershipCsvReader;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds the decision engine over the active list snapshot (the one every command screens against): indexes the
 * names, resolves countries with the multilingual country index, dates each list release, and adds ownership from
 * list links and a user file.
 */
public final class DecisionSetup {
    private static final Pattern DATED_FOLDER = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})");

    /** What the setup loaded, for provenance lines. */
    public record Loaded(DecisionEngine engine, String snapshotId, int entities, Map<String, LocalDate> listDates, int ownershipEdges) {
        public String provenance() {
            return String.format("list snapshot %s: %,d entries (releases %s); rule tables %s; %d ownership links", snapshotId,
                    entities, listDates, engine.book().versions(), ownershipEdges);
        }
    }

    private DecisionSetup() {
    }

    private record Key(Path dataDir, Path ownershipCsv, double review, double decisive) {
    }

    /** The last setup, reused when the same process decides again with the same inputs (tests, repeated calls). */
    private static final Map<Key, Loaded> LAST = new ConcurrentHashMap<>();

    public static Loaded load(Path dataDir, Path ownershipCsv, double reviewThreshold, double decisiveThreshold) throws IOException {
        Key key = new Key(dataDir.toAbsolutePath().normalize(), ownershipCsv == null ? null : ownershipCsv.toAbsolutePath().normalize(),
                reviewThreshold, decisiveThreshold);
        Loaded cached = LAST.get(key);
        if (cached != null && ownershipCsv == null) return cached;
        Loaded fresh = build(dataDir, ownershipCsv, reviewThreshold, decisiveThreshold);
        LAST.clear();
        LAST.put(key, fresh);
        return fresh;
    }

    private static Loaded build(Path dataDir, Path ownershipCsv, double reviewThreshold, double decisiveThreshold) throws IOException {
        // The same entities every command screens against: the active compiled snapshot (see EntityLoader).
        Snapshot snapshot = EntityLoader.activeSnapshot();
        List<Entity> entities = snapshot.entities();
        Map<String, LocalDate> dates = new LinkedHashMap<>();
        for (SourceMeta s : snapshot.sources()) {
            LocalDate d = s.published() != null ? s.published() : folderDate(s.files().stream().map(FileMeta::path).toList());
            if (d != null) dates.put(s.source(), d);
        }
        Screener screener = IndexedScreener.over(entities);
        var index = Countries.load(dataDir);
        CountryResolver countries = ((CountryResolver) text -> index.resolve(text).map(c -> c.alpha2())).orElseIso();
        OwnershipGraph graph = new OwnershipGraph();
        graph.addFromEntities(entities);
        if (ownershipCsv != null) OwnershipCsvReader.read(ownershipCsv, graph);
        RuleBook book = RuleBook.bundled();
        PartyScreening screening = new PartyScreening(screener, book.listEffects(), reviewThreshold, decisiveThreshold, dates);
        return new Loaded(new DecisionEngine(book, countries, screening, graph), snapshot.shortId(), entities.size(), dates, graph.edgeCount());
    }

    /** The release date in the folder name of a list's first file (lists/us-csl/2022-05-16/...), else null. */
    static LocalDate folderDate(List<String> files) {
        if (files.isEmpty()) return null;
        Matcher m = DATED_FOLDER.matcher(files.get(0).replace('\\', '/'));
        LocalDate found = null;
        while (m.find()) found = LocalDate.parse(m.group(1));
        return found;
    }
}
