package org.chokepoint.sources.snapshot;

import org.chokepoint.identity.CrossLinks;
import org.chokepoint.identity.IdentityResolver;
import org.chokepoint.model.CountryIndex;
import org.chokepoint.model.CountryNormalizer;
import org.chokepoint.model.Entity;
import org.chokepoint.model.FileMeta;
import org.chokepoint.model.Finding;
import org.chokepoint.model.FindingCount;
import org.chokepoint.model.Findings;
import org.chokepoint.model.FindingsSummary;
import org.chokepoint.model.Link;
import org.chokepoint.model.LinkCount;
import org.chokepoint.model.Schema;
import org.chokepoint.model.Snapshot;
import org.chokepoint.model.SourceMeta;
import org.chokepoint.sources.ListSource;
import org.chokepoint.sources.SourceInfo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.LongConsumer;

/**
 * Compiles list sources into a {@link Snapshot}: reads the sources (in parallel), records file provenance,
 * drops duplicate keys (first one wins, each reported), resolves links that carry only a name (OFAC
 * "Linked To:", vessel owners and operators), and counts cross-list links against the entities present.
 *
 * <p>Entities of a previous snapshot can be carried over for sources that are not re-read (an update of one
 * list keeps the others as they were).
 */
public final class SnapshotBuilder {
    /**
     * Revision of what the readers make of the published files, recorded in every snapshot. Raise it with any
     * change that reads the same file into different entities, so that snapshots compiled before are known to be
     * stale (1: DPL orders keyed on name and effective date; 2: bodies and vessels of different lists linked by the
     * identifying numbers they share).
     */
    public static final int READERS_REVISION = 2;

    /** Finding codes this builder reports (source = the entity's source). */
    public static final String DUPLICATE_KEY = "duplicate-key";
    public static final String LINK_NAME_AMBIGUOUS = "link-name-ambiguous";
    public static final String LINK_NAME_NOT_FOUND = "link-name-not-found";
    public static final String COUNTRY_UNRESOLVED = "country-unresolved";

    private final List<ListSource> sources = new ArrayList<>();
    private Snapshot carryFrom;
    private final Set<String> carrySources = new HashSet<>();
    private int threads = Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors()));
    private LongConsumer progress = n -> { };
    private Clock clock = Clock.systemUTC();
    private Function<Path, String> fileLabel = p -> p.toAbsolutePath().normalize().toString();
    private CountryNormalizer countries;
    private boolean resolveIdentities;

    public SnapshotBuilder source(ListSource source) {
        if (sources.stream().anyMatch(s -> s.source().equals(source.source()))) {
            throw new IllegalArgumentException("source " + source.source() + " given twice");
        }
        sources.add(source);
        return this;
    }

    public SnapshotBuilder sources(List<? extends ListSource> list) {
        list.forEach(this::source);
        return this;
    }

    /** Keeps the entities and metadata of {@code sourceKeys} from {@code previous} unchanged. */
    public SnapshotBuilder carryOver(Snapshot previous, Set<String> sourceKeys) {
        this.carryFrom = previous;
        this.carrySources.addAll(sourceKeys);
        return this;
    }

    public SnapshotBuilder threads(int n) {
        this.threads = Math.max(1, n);
        return this;
    }

    /** Called with the number of entities read, as they are read (from several threads). */
    public SnapshotBuilder progress(LongConsumer onEntities) {
        this.progress = onEntities;
        return this;
    }

    /** How files are named in the provenance (default: absolute path; the updater records the download URL). */
    public SnapshotBuilder fileLabel(Function<Path, String> label) {
        this.fileLabel = label;
        return this;
    }

    /** Resolves country texts of every entity to ISO alpha-2 codes; unresolved texts are reported once each. */
    public SnapshotBuilder countries(CountryIndex index) {
        this.countries = index == null ? null : new CountryNormalizer(index);
        return this;
    }

    /**
     * The builder every product snapshot uses (build, first use, update, bench): country texts resolved to ISO codes
     * with {@code countries} and same-person links derived between lists. Tests build plain snapshots instead.
     */
    public static SnapshotBuilder enriched(CountryIndex countries) {
        return new SnapshotBuilder().countries(countries).resolveIdentities(true);
    }

    /**
     * Derives SAME_AS links between persons of different lists that give no reference to each other (same birth
     * day, agreeing names, no contradiction; see {@link IdentityResolver}). Off by default.
     */
    public SnapshotBuilder resolveIdentities(boolean value) {
        this.resolveIdentities = value;
        return this;
    }

    public SnapshotBuilder clock(Clock value) {
        this.clock = value;
        return this;
    }

    /** What a build produced beyond the snapshot itself. */
    public record Result(Snapshot snapshot, List<LinkCount> links, int linksResolvedByName) {
    }

    /**
     * Reads every source and compiles the snapshot.
     *
     * @throws IOException the first source that cannot be read (a {@code ListFormatException} naming the file)
     */
    public Result build() throws IOException {
        Findings findings = new Findings();
        List<SourceRead> reads = readAll(findings);

        Map<String, Entity> byKey = new LinkedHashMap<>();
        List<SourceMeta> metas = new ArrayList<>();
        Set<String> carried = new HashSet<>();
        if (carryFrom != null) {
            for (String key : carrySources) {
                if (sources.stream().anyMatch(s -> s.source().equals(key))) continue;
                carried.add(key);
                carryFrom.source(key).ifPresent(metas::add);
                carryFrom.entities().stream().filter(e -> e.source().equals(key)).forEach(e -> byKey.put(e.key(), e));
            }
        }
        for (SourceRead r : reads) {
            Map<Schema, Integer> counts = new EnumMap<>(Schema.class);
            for (Entity e : r.entities) {
                if (byKey.putIfAbsent(e.key(), e) != null) {
                    findings.warn(e.source(), e.key(), DUPLICATE_KEY,
                            "a second record with key " + e.key() + " was ignored; the first one is kept");
                } else {
                    counts.merge(e.schema(), 1, Integer::sum);
                }
            }
            metas.add(new SourceMeta(r.info.source(), r.files, r.info.published(), r.info.declaredCount(), counts));
        }
        metas.sort(Comparator.comparing(SourceMeta::source));

        if (countries != null) resolveCountries(byKey, carried, findings);
        int[] byName = {0};
        // in key order, not read order: which of two persons the identity resolver meets first shapes the link it
        // derives, and an update (carried lists first) must give the snapshot a build of the same files gives
        List<Entity> inKeyOrder = new ArrayList<>(byKey.values());
        inKeyOrder.sort(Comparator.comparing(Entity::key));
        List<Entity> resolved = resolveNamedLinks(inKeyOrder, findings, byName);
        if (resolveIdentities) resolved = IdentityResolver.resolve(resolved, findings).entities();
        Snapshot snapshot = Snapshot.of(clock.instant(), metas, withCarriedFindings(FindingsSummary.of(findings), carried), resolved);
        return new Result(snapshot, CrossLinks.count(snapshot), byName[0]);
    }

    private record SourceRead(SourceInfo info, List<FileMeta> files, List<Entity> entities) {
    }

    /**
     * Adds the findings the previous snapshot recorded for carried-over sources (their files were not read
     * again). Name-link findings are left out: link resolution ran again over all entities and reported anew.
     */
    private FindingsSummary withCarriedFindings(FindingsSummary fresh, Set<String> carried) {
        if (carried.isEmpty()) return fresh;
        Predicate<String> rerun = code -> code.equals(LINK_NAME_AMBIGUOUS) || code.equals(LINK_NAME_NOT_FOUND)
                || code.equals(IdentityResolver.IDENTITY_DERIVED);
        List<FindingCount> counts = new ArrayList<>(fresh.counts());
        carryFrom.findings().counts().stream().filter(c -> carried.contains(c.source()) && !rerun.test(c.code()))
                .forEach(counts::add);
        counts.sort(Comparator.comparing(FindingCount::source).thenComparing(FindingCount::code));
        List<Finding> samples = new ArrayList<>(fresh.samples());
        carryFrom.findings().samples().stream().filter(f -> carried.contains(f.source()) && !rerun.test(f.code()))
                .forEach(samples::add);
        return new FindingsSummary(mergeCounts(counts), samples);
    }

    /** Sums counts of the same source and code (sorted input). */
    private static List<FindingCount> mergeCounts(List<FindingCount> sorted) {
        List<FindingCount> out = new ArrayList<>();
        for (FindingCount c : sorted) {
            FindingCount last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && last.source().equals(c.source()) && last.code().equals(c.code())) {
                out.set(out.size() - 1, new FindingCount(c.source(), c.code(), last.count() + c.count()));
            } else {
                out.add(c);
            }
        }
        return out;
    }

    private List<SourceRead> readAll(Findings findings) throws IOException {
        if (sources.isEmpty()) return List.of();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, sources.size()), r -> {
            Thread t = new Thread(r, "snapshot-read");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<SourceRead>> futures = new ArrayList<>();
            for (ListSource s : sources) futures.add(pool.submit(() -> read(s, findings)));
            List<SourceRead> out = new ArrayList<>();
            for (Future<SourceRead> f : futures) out.add(f.get());
            return out;
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) throw io;
            if (cause instanceof UncheckedIOException io) throw io.getCause();
            if (cause instanceof RuntimeException re) throw re;
            throw new IllegalStateException(cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while reading lists", e);
        } finally {
            pool.shutdownNow();
        }
    }

    private SourceRead read(ListSource s, Findings findings) throws IOException {
        List<FileMeta> files = new ArrayList<>();
        for (Path p : s.files()) files.add(FileMetas.of(p, fileLabel.apply(p)));
        List<Entity> entities = new ArrayList<>();
        SourceInfo info = s.read(e -> {
            entities.add(e);
            progress.accept(1);
        }, findings);
        if (info == null) info = SourceInfo.undated(s.source());
        return new SourceRead(info, files, entities);
    }

    /**
     * OFAC publishes "Linked To: NAME" (and vessel owners and operators) without an id. Such a link gets the key
     * of the one entity of the same source whose primary name is that name; none or several are reported and
     * the link stays name-only.
     */
    private void resolveCountries(Map<String, Entity> byKey, Set<String> carried, Findings findings) {
        Set<String> reported = new HashSet<>();
        for (Map.Entry<String, Entity> entry : byKey.entrySet()) {
            Entity e = entry.getValue();
            if (carried.contains(e.source())) continue;
            entry.setValue(countries.apply(e, text -> {
                if (reported.add(e.source() + "\u0000" + text)) {
                    findings.info(e.source(), e.key(), COUNTRY_UNRESOLVED, "country '" + text + "' is not a known country; kept as published");
                }
            }));
        }
    }

    private static List<Entity> resolveNamedLinks(Iterable<Entity> entities, Findings findings, int[] resolvedCount) {
        Map<String, Map<String, List<String>>> primaryNames = new HashMap<>();
        for (Entity e : entities) {
            primaryNames.computeIfAbsent(e.source(), k -> new HashMap<>())
                    .computeIfAbsent(nameKey(e.primaryName().value()), k -> new ArrayList<>(1)).add(e.key());
        }
        List<Entity> out = new ArrayList<>();
        for (Entity e : entities) {
            List<Link> links = null;
            for (int i = 0; i < e.links().size(); i++) {
                Link l = e.links().get(i);
                if (l.target() != null || l.targetName() == null) continue;
                List<String> keys = primaryNames.getOrDefault(e.source(), Map.of())
                        .getOrDefault(nameKey(l.targetName()), List.of());
                if (keys.size() == 1) {
                    if (links == null) links = new ArrayList<>(e.links());
                    links.set(i, new Link(l.type(), keys.get(0), l.targetName(), l.share()));
                    resolvedCount[0]++;
                } else if (keys.isEmpty()) {
                    findings.info(e.source(), e.key(), LINK_NAME_NOT_FOUND,
                            "linked name '" + l.targetName() + "' is not the primary name of any entry");
                } else {
                    findings.info(e.source(), e.key(), LINK_NAME_AMBIGUOUS,
                            "linked name '" + l.targetName() + "' is the primary name of " + keys.size() + " entries: " + keys);
                }
            }
            out.add(links == null ? e : withLinks(e, links));
        }
        return out;
    }

    private static Entity withLinks(Entity e, List<Link> links) {
        return new Entity(e.source(), e.sourceId(), e.schema(), e.names(), e.birthDates(), e.birthPlaces(),
                e.nationalities(), e.citizenships(), e.countries(), e.addresses(), e.identifiers(), e.programs(),
                e.lists(), e.listedOn(), e.remarks(), links, e.details());
    }

    /** Names compare without case, repeated spaces or a trailing full stop ("BANK MELLAT." = "Bank Mellat"). */
    static String nameKey(String name) {
        String s = name.strip().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
        while (s.endsWith(".") || s.endsWith(",")) s = s.substring(0, s.length() - 1).stripTrailing();
        return s;
    }
}
