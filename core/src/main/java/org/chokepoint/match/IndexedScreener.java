package org.chokepoint.match;

import org.chokepoint.model.Entity;
import org.chokepoint.model.Link;
import org.chokepoint.model.Schema;
import org.chokepoint.names.CyrillicReadings;
import org.chokepoint.names.NameNormalizer;
import org.chokepoint.names.NormalizedName;
import org.chokepoint.names.RecordParts;

import java.lang.ref.WeakReference;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The screener over a {@link NameIndex}: retrieve candidate names, score each, keep the best name per entity,
 * apply secondary evidence, report hits at or above the threshold with explanations. Work per query is bounded
 * (names are cut to {@link org.chokepoint.names.TextCleaner#MAX_CODE_POINTS} characters and
 * {@link org.chokepoint.names.NameNormalizer#MAX_TOKENS} tokens, candidates
 * to {@link #CANDIDATES}). Thread-safe: a call borrows a worker (its scratch space, {@link Worker}) from the screener's
 * own ones, the one its thread used last when it is free, and gives it back; there are as many workers as calls
 * ever ran at once, and they go with the screener.
 */
public final class IndexedScreener implements Screener {
    /** Candidate names scored per query. */
    public static final int CANDIDATES = 200;
    /** Most hits reported per query. */
    public static final int MAX_HITS = 50;
    /** A hit reached through a cross-reference ranks just below the listing whose name matched. */
    static final double LINKED_MARGIN = 0.001;
    /**
     * Names whose optimistic retrieval estimate is below this are not scored, whatever the threshold. The estimate
     * is not a bound (retrieval does not see joined-and-edited words, two-letter typos, initials), so a cut that
     * moved with the threshold dropped names at a high threshold that a lower one reported above it
     * ("ABDUL RAHIM HAMDAN DAGALO" scores 0.97 against SDN 44807 but was cut at 0.85); a fixed cut scores the
     * same names at every threshold it serves, so the hits at t are exactly the hits of any lower one that reach t.
     */
    static final double PRUNE_BELOW = 0.45;
    /**
     * The cut when the estimate holds ({@link QueryName#estimateHolds}: retrieval sees every partner of every word of
     * the query) and the threshold is {@link #HIGH_THRESHOLDS} or more. It is fixed for all those thresholds, so the
     * hits at any of them are exactly the hits of a lower one of them that reach it; below them (a yente client's
     * cutoff of 0.5, a sweep) {@link #PRUNE_BELOW} holds, which scores the same names and more. Most names retrieved
     * share one common word with the query ("Kim", "Trading") and end far below it; not scoring them saves a third of
     * all screening time on names-dev. It changes no recall at the default threshold on either development set, nor
     * at any threshold of the sweep from 0.70 to 0.925. What the estimate still cannot see is a list word split in
     * two and misspelt ("Андрэй" romanised "andr ey" against the query's "andrei"): that name is then not scored, and
     * the entry is found through another of its names ("Andrei BURDYKO" at 0.947 instead of 0.958).
     */
    static final double PRUNE_BELOW_ESTIMATE_HOLDS = 0.65;
    /** The thresholds {@link #PRUNE_BELOW_ESTIMATE_HOLDS} serves: the default, and the near misses' floor below it. */
    static final double HIGH_THRESHOLDS = 0.70;
    /** For {@link #pruneBelow}: a cut that serves every threshold (what {@link #mayHit} must assume). */
    private static final double ANY_THRESHOLD = 0;

    private final NameIndex index;
    /**
     * Every worker made, busy or idle; the screener owns them. Not a ThreadLocal of workers: a thread's ThreadLocal
     * value outlives the screener until the thread happens to clear it, so a server's threads kept the previous
     * snapshot's index and their workers (about 70 MB each at a million entities) after a swap, and every thread
     * of its pool had one, used or not.
     */
    private final CopyOnWriteArrayList<Worker> workers = new CopyOnWriteArrayList<>();
    /**
     * The worker this thread used last, tried first: its tables are still in this core's cache. Only a weak hint,
     * so what a thread keeps after the screener is gone is an empty reference.
     */
    private final ThreadLocal<WeakReference<Worker>> lastUsed = new ThreadLocal<>();

    public IndexedScreener(NameIndex index) {
        this.index = index;
    }

    public static IndexedScreener over(List<Entity> entities) {
        return new IndexedScreener(NameIndex.build(entities));
    }

    public NameIndex index() {
        return index;
    }

    /** One call's scratch space; {@link #busy} while a call holds it. */
    private static final class Worker {
        final NameScorer scorer;
        final CandidateRetriever retriever;
        final EntityBest best;
        final AtomicBoolean busy = new AtomicBoolean(true);

        Worker(NameIndex index) {
            scorer = new NameScorer(index);
            retriever = new CandidateRetriever(index, scorer);
            best = new EntityBest(index.entities.size());
        }
    }

    private Worker borrow() {
        WeakReference<Worker> hint = lastUsed.get();
        Worker w = hint == null ? null : hint.get();
        if (w == null || !w.busy.compareAndSet(false, true)) {
            w = null;
            for (Worker other : workers) {
                if (other.busy.compareAndSet(false, true)) {
                    w = other;
                    break;
                }
            }
            if (w == null) {
                w = new Worker(index);
                workers.add(w);
            }
            lastUsed.set(new WeakReference<>(w));
        }
        return w;
    }

    private static void giveBack(Worker w) {
        w.busy.set(false);
    }

    /** Workers made so far: the most calls that ran at once (for metrics and the scale bench's scratch per call). */
    public int workersMade() {
        return workers.size();
    }

    /** Most alternatives a query may list with semicolons ("Husain Salimi; Hosain Salimi; ..."). */
    static final int MAX_ALTERNATIVES = 12;

    /**
     * Hits for the query. A name that lists alternatives with semicolons, as the UN writes aliases and as
     * records often do, is screened as a whole and as each alternative; so is each name part of a record
     * ({@link RecordParts}: "X t/a Y" screens X and Y, "X (in liquidation)" screens X). An entry keeps its best
     * score, and a hit found through a part says which.
     */
    @Override
    public List<Hit> screen(ScreeningQuery query, double threshold) {
        List<Alternative> alternatives = alternatives(query.name(), query.schema());
        if (alternatives.isEmpty()) return screenName(query, threshold);
        Map<String, Hit> best = new HashMap<>();
        for (Hit h : screenName(query, threshold)) best.put(h.entity().key(), h);
        for (Alternative alternative : alternatives) {
            List<Hit> hits;
            try {
                hits = screenName(new ScreeningQuery(alternative.text(), query.schema(), query.country(), query.birthDate()), threshold);
            } catch (IllegalArgumentException nothingToMatch) {
                continue; // "; ;" or a part of punctuation only: the other parts still count
            }
            for (Hit h : hits) {
                Explanation e = h.explanation();
                Hit named = new Hit(h.entity(), h.matchedName(), h.score(),
                        new Explanation(alternative.label() + " \"" + alternative.text() + "\": " + e.summary(), e.tokens(), e.evidence()));
                best.merge(h.entity().key(), named, (a, b) -> b.score() > a.score() ? b : a);
            }
        }
        List<Hit> hits = new ArrayList<>(best.values());
        hits.sort(HIT_ORDER);
        return hits.size() > MAX_HITS ? List.copyOf(hits.subList(0, MAX_HITS)) : hits;
    }

    /** A name screened beside the query's whole name, and what it is to it ("alternative", "part (trading as)"). */
    record Alternative(String text, String label) {
    }

    /**
     * The semicolon alternatives of a name, the record parts of each (of the name itself when it has no
     * semicolon) and its readings as romanised Cyrillic, without repeats and without the name itself.
     */
    List<Alternative> alternatives(String name, Schema schema) {
        List<Alternative> out = new ArrayList<>();
        List<String> pieces = name.indexOf(';') < 0 ? List.of(name)
                : Arrays.stream(name.split(";")).map(String::strip).filter(p -> !p.isEmpty()).distinct().limit(MAX_ALTERNATIVES).toList();
        Set<String> seen = new HashSet<>();
        seen.add(name.strip());
        for (String piece : pieces) {
            if (seen.add(piece)) out.add(new Alternative(piece, "alternative"));
            for (RecordParts.Part part : RecordParts.parts(piece, index::isPlace)) {
                if (seen.add(part.text())) out.add(new Alternative(part.text(), "part (" + part.role() + ")"));
            }
        }
        // a Cyrillic name romanised the German, French or ISO 9 way, read back the way the lists write Cyrillic
        List<String> readings = CyrillicReadings.of(name);
        if (!readings.isEmpty()) {
            NameNormalizer.Mode mode = NameIndex.modeOf(schema);
            NormalizedName was = NameNormalizer.normalize(name, mode);
            for (String reading : readings) {
                if (seen.add(reading) && readsNewWord(was, NameNormalizer.normalize(reading, mode))) {
                    out.add(new Alternative(reading, "read as"));
                }
            }
        }
        return out;
    }

    /**
     * Whether a reading turns a word no list has into one retrieval reaches (a list word or one edit from one):
     * "Wassilew" is no list word, its reading "vasilev" is. A reading that only respells words the lists already
     * have finds nothing the name did not: the w of Arabic names ("Tawhid", "Sabawi") and of English ones is
     * everywhere, and screening each reading cost an eighth of all screening time on the development set.
     */
    private boolean readsNewWord(NormalizedName was, NormalizedName now) {
        if (was.size() != now.size()) return true;
        for (int i = 0; i < now.size(); i++) {
            String before = was.tokens()[i], after = now.tokens()[i];
            if (after.equals(before)) continue;
            if (index.tokenIds.id(NameIndex.key(after, now.kinds()[i])) >= 0
                    || (index.tokenIds.id(NameIndex.key(before, was.kinds()[i])) < 0 && index.nearListWord(after))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Best score first; at equal scores a publisher's own listing before another list's republication of it
     * (a CSL row citing its SDN entry, a UK entry citing its UN reference), so that republications of one
     * popular name do not crowd the listings they copy out of the first hits; then by key.
     */
    private static final Comparator<Hit> HIT_ORDER = Comparator.comparingDouble(Hit::score).reversed()
            .thenComparing(h -> republishes(h.entity()))
            .thenComparing(h -> h.entity().key());

    private static boolean republishes(Entity e) {
        for (Link l : e.links()) if (l.publishedSameAs()) return true;
        return false;
    }

    private List<Hit> screenName(ScreeningQuery query, double threshold) {
        QueryName q = prepare(query);
        Worker w = borrow();
        try {
            return screenName(query, q, threshold, w);
        } finally {
            giveBack(w);
        }
    }

    private List<Hit> screenName(ScreeningQuery query, QueryName q, double threshold, Worker w) {
        int[] names = w.retriever.retrieve(q, CANDIDATES, pruneBelow(q, threshold));
        EntityBest best = w.best;
        best.reset();
        for (int name : names) {
            int e = index.nameEntity[name];
            int[] copies = index.sameForm[name];
            if (settled(best, e, copies)) continue;
            // every copy of the form scores what the first name does ({@link NameIndex#nameForm})
            double s = w.scorer.score(q, name, isPerson(query, index.entities.get(e)));
            best.offer(e, s, name, e);
            for (int copy : copies) best.offer(index.nameEntity[copy], s, copy, index.nameEntity[copy]);
        }
        // a subject the lists cross-reference (the UK list citing a UN reference) is found under every listing; each
        // listing passes on the score of its own name, read before any is passed on, and ties go the same way in
        // any order ({@link EntityBest#offer}), so no sort is needed
        int scored = best.count();
        double[] own = new double[scored];
        int[] ownName = new int[scored];
        for (int k = 0; k < scored; k++) {
            int e = best.entity(k);
            own[k] = best.score(e);
            ownName[k] = best.name(e);
        }
        for (int k = 0; k < scored; k++) {
            int from = best.entity(k);
            for (int other : index.sameAs[from]) best.offer(other, own[k] - LINKED_MARGIN, ownName[k], from);
        }
        // in the order of first offer: HIT_ORDER, a total order, sorts them below
        List<Hit> hits = new ArrayList<>();
        for (int k = 0; k < best.count(); k++) {
            int e = best.entity(k);
            double nameScore = best.score(e);
            if (nameScore + EvidenceScorer.BIRTH_AGREES + EvidenceScorer.COUNTRY_AGREES < threshold) continue;
            Entity entity = index.entities.get(e);
            double score = clamp(nameScore + EvidenceScorer.effect(query, entity));
            // the score as reported decides: a hit shown at 0.5 is one at threshold 0.5 (0.49996 rounds to it)
            if (round(score) < threshold) continue;
            List<Explanation.Evidence> evidence = EvidenceScorer.evidence(query, entity);
            int name = best.name(e);
            int via = best.via(e);
            List<Explanation.TokenMatch> tokens = w.scorer.explain(q, name, isPerson(query, entity));
            String summary = summary(nameScore, tokens, evidence);
            if (via != e) {
                String viaKey = index.entities.get(via).key();
                evidence = new ArrayList<>(evidence);
                String derivation = derivedNote(index.entities.get(via), entity);
                String kind = subjectWord(entity.schema());
                evidence.add(0, new Explanation.Evidence("same subject", -LINKED_MARGIN, derivation == null
                        ? viaKey + " names this entry as the same subject; the name matched there"
                        : "judged the same " + kind + " as " + viaKey + " (" + derivation + "); the name matched there"));
                summary = "via " + viaKey + (derivation == null ? " (same subject): " : " (same " + kind + ", derived from list data): ") + summary;
            }
            hits.add(new Hit(entity, index.nameText(name), round(score), new Explanation(summary, tokens, evidence)));
        }
        hits.sort(HIT_ORDER);
        return hits.size() > MAX_HITS ? List.copyOf(hits.subList(0, MAX_HITS)) : hits;
    }

    /** Whether the entries of a form's names all have a name at 1.0 already: no name of theirs can score higher. */
    private boolean settled(EntityBest best, int e, int[] copies) {
        if (!best.has(e) || best.score(e) < 1.0) return false;
        for (int copy : copies) {
            int c = index.nameEntity[copy];
            if (!best.has(c) || best.score(c) < 1.0) return false;
        }
        return true;
    }

    /**
     * The estimate a retrieved name must reach to be scored at {@code threshold} (at any, {@link #ANY_THRESHOLD}). A
     * line cut short ({@link QueryName#cutAt}) leaves most of a long list name out, which the estimate cannot know:
     * all its retrieved names are scored.
     */
    private static double pruneBelow(QueryName q, double threshold) {
        if (q.cutAt >= 0) return 0;
        return threshold >= HIGH_THRESHOLDS && q.estimateHolds() ? PRUNE_BELOW_ESTIMATE_HOLDS : PRUNE_BELOW;
    }

    /**
     * Whether screening the query could hit an entity in {@code reach} ({@link NameIndex#reachOf}), at any
     * threshold: true when, for the whole name or any of its alternatives and record parts, one of their names is
     * retrieved and passes the same cut ({@link #pruneBelow}) that {@link #screen} scores names after. Every hit's score
     * comes from such a name, so when this is false {@link #screen} returns no hit on them; it costs retrieval and
     * the estimate, without scoring.
     */
    public boolean mayHit(ScreeningQuery query, BitSet reach) {
        if (reachesAny(query.name(), query.schema(), reach)) return true;
        return alternatives(query.name(), query.schema()).stream().anyMatch(a -> reachesAny(a.text(), query.schema(), reach));
    }

    /**
     * Whether retrieval hands any name at all to scoring for the query, whole or as one of its alternatives and
     * record parts. Over an index of a few entries this is a cheap first filter for {@link #mayHit} on a larger
     * index holding them: every retrieval key of a name is computed from the name alone, so a query that shares no
     * key with them here retrieves none of them there either.
     */
    public boolean retrievesAny(ScreeningQuery query) {
        if (retrievesAnyName(query.name(), query.schema())) return true;
        return alternatives(query.name(), query.schema()).stream().anyMatch(a -> retrievesAnyName(a.text(), query.schema()));
    }

    private boolean retrievesAnyName(String name, Schema schema) {
        try {
            QueryName q = prepare(new ScreeningQuery(name, schema, null, null));
            Worker w = borrow();
            try {
                return w.retriever.retrieve(q, CANDIDATES, 0).length > 0;
            } finally {
                giveBack(w);
            }
        } catch (IllegalArgumentException nothingToMatch) {
            return false;
        }
    }

    private boolean reachesAny(String name, Schema schema, BitSet reach) {
        QueryName q;
        try {
            q = prepare(new ScreeningQuery(name, schema, null, null));
        } catch (IllegalArgumentException nothingToMatch) {
            return false;
        }
        Worker w = borrow();
        try {
            for (int n : w.retriever.retrieve(q, CANDIDATES, pruneBelow(q, ANY_THRESHOLD))) {
                if (reachesForm(n, reach)) return true;
            }
            return false;
        } finally {
            giveBack(w);
        }
    }

    private boolean reachesForm(int name, BitSet reach) {
        if (reach.get(index.nameEntity[name])) return true;
        for (int copy : index.sameForm[name]) if (reach.get(index.nameEntity[copy])) return true;
        return false;
    }

    /**
     * Keys ({@code source:sourceId}) of the entities the retrieval stage hands to scoring at {@code threshold}, for
     * measuring recall.
     */
    public List<String> candidateKeys(ScreeningQuery query, double threshold) {
        QueryName q = prepare(query);
        int[] names;
        Worker w = borrow();
        try {
            names = w.retriever.retrieve(q, CANDIDATES, pruneBelow(q, threshold));
        } finally {
            giveBack(w);
        }
        List<String> keys = new ArrayList<>();
        for (int name : names) {
            keys.add(index.entities.get(index.nameEntity[name]).key());
            for (int copy : index.sameForm[name]) keys.add(index.entities.get(index.nameEntity[copy]).key());
        }
        return keys;
    }

    private QueryName prepare(ScreeningQuery query) {
        QueryName q = QueryName.prepare(index, query.name(), query.schema());
        if (q.n == 0) {
            throw new IllegalArgumentException("name has no letters or digits to match: \"" + shorten(query.name()) + "\"");
        }
        // a name of nothing but legal forms, titles or particles ("SAE OOO", "SPC") is read word for word: it can
        // only meet list names that are themselves nothing but those words, which the index keeps as name words
        return q.hasNameToken() ? q : QueryName.asNameWords(index, q);
    }

    private static boolean isPerson(ScreeningQuery query, Entity entity) {
        return query.schema() != null ? query.schema().isPerson() : entity.schema().isPerson();
    }

    private static String summary(double nameScore, List<Explanation.TokenMatch> tokens, List<Explanation.Evidence> evidence) {
        StringBuilder b = new StringBuilder(96).append("name ").append(two(nameScore)).append(':');
        String sep = " ";
        for (Explanation.TokenMatch t : tokens) {
            b.append(sep);
            sep = ", ";
            if (t.listToken() == null) b.append(t.queryToken()).append(" unmatched");
            else if (t.queryToken() == null) b.append(t.listToken()).append(" not in query");
            else {
                b.append(t.queryToken()).append('=').append(t.listToken()).append(' ').append(t.method());
                if (t.similarity() < 1) b.append(' ').append(two(t.similarity()));
            }
        }
        sep = "; ";
        for (Explanation.Evidence e : evidence) {
            if (e.effect() == 0) continue;
            b.append(sep).append(e.fact()).append(' ').append(e.effect() > 0 ? "+" : "-").append(two(Math.abs(e.effect())));
            sep = ", ";
        }
        return b.toString();
    }

    /** Two decimals without String.format (this runs for every reported hit). */
    private static String two(double v) {
        long r = Math.round(v * 100);
        return r / 100 + "." + (r % 100 < 10 ? "0" : "") + r % 100;
    }

    private static String shorten(String s) {
        String t = s.replaceAll("\\p{Cntrl}", "?");
        return t.length() > 60 ? t.substring(0, 57) + "..." : t;
    }

    private static double clamp(double v) {
        return Math.max(0, Math.min(1, v));
    }

    private static double round(double v) {
        return Math.round(v * 10000) / 10000.0;
    }

    /** What a derived link joins, in the words of a hit: two listings of one person, body, vessel or aircraft. */
    private static String subjectWord(Schema schema) {
        return switch (schema) {
            case PERSON -> "person";
            case VESSEL -> "vessel";
            case AIRCRAFT -> "aircraft";
            case ORGANIZATION, COMPANY -> "body";
        };
    }

    /**
     * The note of a SAME_AS link between the two entries when it was derived from list data (same birth day,
     * agreeing names) rather than published; null for a publisher's own cross-reference.
     */
    private static String derivedNote(Entity a, Entity b) {
        for (Entity[] pair : new Entity[][] {{a, b}, {b, a}}) {
            for (org.chokepoint.model.Link link : pair[0].links()) {
                if (link.derived() && pair[1].key().equals(link.target())) return link.derivation();
            }
        }
        return null;
    }
}
