package org.chokepoint.app;

import org.chokepoint.identity.IdentifierIndex;
import org.chokepoint.match.IndexedScreener;
import org.chokepoint.match.MatcherVersion;
import org.chokepoint.model.FileMeta;
import org.chokepoint.model.Snapshot;
import org.chokepoint.model.SourceMeta;
import org.chokepoint.rules.OwnershipGraph;
import org.chokepoint.rules.RuleBook;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One list snapshot made ready to serve: its entities, their name index, the release date of each list, the
 * ownership the lists publish and (on first use) the index of their identifiers. Immutable; {@link ActiveSnapshot} swaps one for another on activation, and a request
 * that took this one finishes on it.
 */
public final class ServedSnapshot {
    private static final Pattern DATED_FOLDER = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})");

    private final Snapshot snapshot;
    private final IndexedScreener screener;
    private final Map<String, LocalDate> listDates;
    private volatile OwnershipGraph listOwnership;
    private final Lazy<IdentifierIndex> identifiers;
    private final Provenance provenance;
    private final long readyMillis;

    ServedSnapshot(Snapshot snapshot, IndexedScreener screener, RuleBook rules, long readyMillis) {
        this.snapshot = snapshot;
        this.screener = screener;
        this.listDates = Collections.unmodifiableMap(listDates(snapshot));
        this.identifiers = Lazy.of(() -> IdentifierIndex.build(snapshot.entities()));
        this.provenance = new Provenance(snapshot.id(), rules.versions(), MatcherVersion.VERSION);
        this.readyMillis = readyMillis;
    }

    public Snapshot snapshot() {
        return snapshot;
    }

    public String id() {
        return snapshot.id();
    }

    public IndexedScreener screener() {
        return screener;
    }

    /**
     * The entities' identifiers by normalised value (positions in {@link Snapshot#entities()}), built on the first
     * identifier query (it decodes every entity), never when only names are screened.
     */
    public IdentifierIndex identifiers() {
        return identifiers.get();
    }

    /** Source key → release date of its list (published date, else the dated folder it was read from). */
    public Map<String, LocalDate> listDates() {
        return listDates;
    }

    /** A copy of the ownership links the lists publish, for a caller to add its own holdings to. */
    public OwnershipGraph ownershipCopy() {
        return listOwnership().copy();
    }

    public int ownershipEdges() {
        return listOwnership().edgeCount();
    }

    /** Read from every entity's links on first use (the first decision), not when screening alone is asked for. */
    private OwnershipGraph listOwnership() {
        OwnershipGraph g = listOwnership;
        if (g == null) {
            synchronized (this) {
                if (listOwnership == null) {
                    OwnershipGraph built = new OwnershipGraph();
                    built.addFromEntities(snapshot.entities());
                    listOwnership = built;
                }
                g = listOwnership;
            }
        }
        return g;
    }

    public Provenance provenance() {
        return provenance;
    }

    /** How long loading the snapshot and making its index ready took. */
    public long readyMillis() {
        return readyMillis;
    }

    static Map<String, LocalDate> listDates(Snapshot snapshot) {
        Map<String, LocalDate> dates = new LinkedHashMap<>();
        for (SourceMeta s : snapshot.sources()) {
            LocalDate d = s.published() != null ? s.published() : folderDate(s.files().stream().map(FileMeta::path).toList());
            if (d != null) dates.put(s.source(), d);
        }
        return dates;
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
