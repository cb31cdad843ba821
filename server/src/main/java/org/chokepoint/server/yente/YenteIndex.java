package org.chokepoint.server.yente;

import org.chokepoint.app.ServedSnapshot;
import org.chokepoint.identity.IdentifierIndex;
import org.chokepoint.identity.IdentifierValues;
import org.chokepoint.model.Address;
import org.chokepoint.model.Entity;
import org.chokepoint.model.Link;
import org.chokepoint.model.Name;
import org.chokepoint.model.Schema;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the yente API needs of one served snapshot, built once per snapshot (see {@link YenteApi}): the subjects
 * (each publisher's own listing with the republications of it merged in), their yente ids, datasets, topics and
 * dates, and an index of identifiers (IMO, passport, registration, tax numbers …) by normalised value, each value
 * also under the numbers written inside it ({@link IdentifierValues#parts}; the snapshot's
 * {@link IdentifierIndex}, shared with {@code screen --id}); for {@code /search}, on first use, an
 * index of name words.
 *
 * <p><b>Subjects.</b> A published {@code SAME_AS} link (a CSL row citing its SDN entry, a UK entry citing its UN
 * reference, an FCDO entry citing its OFSI id) makes its entry a republication of the target. Entries joined by
 * such links, transitively, are one subject; its canonical listing is the one that cites no other (the
 * publisher's own), the others are its referents. Links Chokepoint derived from list data (same birth day and
 * agreeing names across lists that cite nothing of each other) are not republications: those listings stay
 * subjects of their own, and the screener still reports one when the other matched.
 *
 * <p><b>Ids.</b> The entry key ({@code ofac-sdn:20157}); a character that cannot stand in a URL path segment
 * ({@code us-csl:34616/CAP}) becomes {@code -}.
 *
 * <p><b>Dates.</b> We keep no history per entity, so {@code first_seen} is the earliest and {@code last_seen} and
 * {@code last_change} the latest release date of the lists the subject's listings come from
 * ({@link ServedSnapshot#listDates()}), or the snapshot's creation time for a list without a date.
 */
final class YenteIndex {
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");
    /** Which listing stays canonical when a cluster has several that cite no other (a data error): the first here. */
    private static final List<String> SOURCE_ORDER = List.of("un-sc", "ofac-sdn", "eu-fsf", "uk-hmt", "uk-fcdo", "ofac-cons",
            "bis-dpl", "us-csl", "opensanctions");

    /** One real-world subject as yente shows it: the canonical listing and the republications merged into it. */
    record Subject(String id, Entity entity, List<Entity> members, List<String> referents, List<String> datasets,
                   Set<String> topics, Set<String> countries, String firstSeen, String lastChange) {
        String ftmSchema() {
            return YenteIndex.ftmSchema(entity.schema());
        }
    }

    final String snapshotId;
    private final Map<String, LocalDate> listDates;
    private final List<Entity> entities;
    private final Map<String, Integer> byKey;
    private final Subject[] subjectOf;
    private final Map<String, Subject> byId;
    private final List<Subject> subjects;
    private final IdentifierIndex identifiers;
    private final String created;

    private YenteIndex(ServedSnapshot served) {
        this.listDates = Map.copyOf(served.listDates());
        this.snapshotId = served.id();
        this.entities = served.snapshot().entities();
        int n = entities.size();
        this.byKey = new HashMap<>(n * 2);
        for (int i = 0; i < n; i++) byKey.put(entities.get(i).key(), i);
        this.created = LocalDateTime.ofInstant(served.snapshot().createdAt(), ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS).format(SECONDS);
        this.subjectOf = new Subject[n];
        this.byId = new HashMap<>(n * 2);
        this.subjects = buildSubjects();
        this.identifiers = served.identifiers();
    }

    static YenteIndex build(ServedSnapshot served) {
        return new YenteIndex(served);
    }

    static String ftmSchema(Schema s) {
        return switch (s) {
            case PERSON -> "Person";
            case ORGANIZATION -> "Organization";
            case COMPANY -> "Company";
            case VESSEL -> "Vessel";
            case AIRCRAFT -> "Airplane";
        };
    }

    /** The subject a listing belongs to (itself when it is canonical). */
    Optional<Subject> subjectOfKey(String key) {
        Integer i = byKey.get(key);
        return i == null ? Optional.empty() : Optional.of(subjectOf[i]);
    }

    Subject subjectOf(int entity) {
        return subjectOf[entity];
    }

    /** The subject whose canonical id or one of whose referents this is. */
    Optional<Subject> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** Every subject, by id. */
    List<Subject> subjects() {
        return subjects;
    }

    /** The listings that publish this normalised identifier value. */
    List<IdentifierIndex.Posting> identifier(String normalized) {
        return identifiers.lookup(normalized);
    }

    /**
     * The subjects that have a name with every word of the text (case and accents ignored), by id: what a
     * search box expects of one word ("Kim") beside the screener's ranking of whole names.
     */
    List<Subject> withWords(String text) {
        List<String> words = words(text);
        if (words.isEmpty()) return List.of();
        Map<String, int[]> index = wordIndex();
        BitSet found = null;
        for (String w : words) {
            int[] postings = index.get(w);
            if (postings == null) return List.of();
            BitSet b = new BitSet(entities.size());
            for (int e : postings) b.set(e);
            if (found == null) found = b;
            else found.and(b);
        }
        Set<Subject> out = Collections.newSetFromMap(new IdentityHashMap<>());
        for (int e = found.nextSetBit(0); e >= 0; e = found.nextSetBit(e + 1)) out.add(subjectOf[e]);
        List<Subject> sorted = new ArrayList<>(out);
        sorted.sort(Comparator.comparing(Subject::id));
        return sorted;
    }

    private volatile Map<String, int[]> words;

    private Map<String, int[]> wordIndex() {
        Map<String, int[]> w = words;
        if (w != null) return w;
        synchronized (this) {
            if (words == null) {
                Map<String, List<Integer>> index = new HashMap<>();
                for (int i = 0; i < entities.size(); i++) {
                    Set<String> seen = new HashSet<>();
                    for (Name n : entities.get(i).names()) {
                        for (String word : words(n.value())) {
                            if (seen.add(word)) index.computeIfAbsent(word, k -> new ArrayList<>(2)).add(i);
                        }
                    }
                }
                Map<String, int[]> out = new HashMap<>(index.size() * 2);
                index.forEach((k, v) -> out.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
                words = out;
            }
            return words;
        }
    }

    /** Lower-case words of letters and digits, accents removed ("Müller-Lüdenscheidt" → muller, ludenscheidt). */
    static List<String> words(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        List<String> out = new ArrayList<>();
        for (String w : plain.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) if (!w.isEmpty() && !out.contains(w)) out.add(w);
        return out;
    }

    Entity entity(int i) {
        return entities.get(i);
    }

    /** The release date of a source's list as yente writes times, else the snapshot's creation time. */
    String listDate(String source) {
        LocalDate d = listDates.get(source);
        return d == null ? created : d.atStartOfDay().format(SECONDS);
    }

    String created() {
        return created;
    }

    private List<Subject> buildSubjects() {
        int n = entities.size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) parent[i] = i;
        boolean[] cites = new boolean[n];
        for (int i = 0; i < n; i++) {
            for (Link l : entities.get(i).links()) {
                if (!l.publishedSameAs() || l.target() == null) continue;
                Integer t = byKey.get(l.target());
                if (t == null || t == i) continue;
                cites[i] = true;
                union(parent, i, t);
            }
        }
        // a root's members follow it in index order: most subjects are one listing, so no list is made for those
        int[] next = new int[n];
        int[] tail = new int[n];
        Arrays.fill(next, -1);
        for (int i = 0; i < n; i++) tail[i] = i;
        for (int i = 0; i < n; i++) {
            int r = find(parent, i);
            if (r == i) continue;
            next[tail[r]] = i;
            tail[r] = i;
        }
        Map<String, Integer> usedIds = new HashMap<>(n * 2);
        List<Subject> all = new ArrayList<>();
        Comparator<Integer> preference = Comparator.<Integer>comparingInt(i -> cites[i] ? 1 : 0)
                .thenComparingInt(i -> sourceRank(entities.get(i).source()))
                .thenComparingInt(i -> i); // entities are sorted by key
        String[] ids = new String[n];
        for (int i = 0; i < n; i++) ids[i] = uniqueId(entities.get(i).key(), usedIds);
        Map<String, String> dates = new HashMap<>();
        for (int root = 0; root < n; root++) {
            if (parent[root] != root) continue;
            List<Integer> members = new ArrayList<>(2);
            for (int m = root; m >= 0; m = next[m]) members.add(m);
            if (members.size() > 1) members.sort(preference);
            Entity canonical = entities.get(members.get(0));
            List<Entity> memberEntities = new ArrayList<>(members.size());
            List<String> referents = new ArrayList<>();
            Set<String> datasets = new LinkedHashSet<>();
            Set<String> topics = new LinkedHashSet<>();
            Set<String> countries = new LinkedHashSet<>();
            String first = null, last = null;
            for (int m : members) {
                Entity e = entities.get(m);
                memberEntities.add(e);
                if (m != members.get(0)) referents.add(ids[m]);
                datasets.add(YenteDatasets.dataset(e.source()));
                topics.addAll(YenteTopics.of(e));
                countries.addAll(countries(e));
                String d = dates.computeIfAbsent(e.source(), this::listDate);
                if (first == null || d.compareTo(first) < 0) first = d;
                if (last == null || d.compareTo(last) > 0) last = d;
            }
            referents.sort(null);
            Subject s = new Subject(ids[members.get(0)], canonical, List.copyOf(memberEntities), List.copyOf(referents),
                    List.copyOf(datasets), Set.copyOf(topics), Set.copyOf(countries), first, last);
            for (int m : members) {
                subjectOf[m] = s;
                byId.put(ids[m], s);
            }
            all.add(s);
        }
        all.sort(Comparator.comparing(Subject::id));
        return List.copyOf(all);
    }

    private static String uniqueId(String key, Map<String, Integer> used) {
        char[] c = key.toCharArray();
        for (int i = 0; i < c.length; i++) {
            char ch = c[i];
            boolean ok = ch < 128 && (Character.isLetterOrDigit(ch) || ch == '.' || ch == '_' || ch == ':' || ch == '-');
            if (!ok) c[i] = '-';
        }
        String id = new String(c);
        Integer seen = used.merge(id, 1, Integer::sum);
        return seen == 1 ? id : id + "-" + seen;
    }

    private static int sourceRank(String source) {
        int r = SOURCE_ORDER.indexOf(source);
        return r < 0 ? SOURCE_ORDER.size() : r;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void union(int[] parent, int a, int b) {
        int ra = find(parent, a), rb = find(parent, b);
        if (ra != rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
    }

    /** Lower-case ISO codes of every country the listing names (nationality, citizenship, country, address). */
    static Set<String> countries(Entity e) {
        Set<String> out = new LinkedHashSet<>();
        for (String c : e.nationalities()) addCode(out, c);
        for (String c : e.citizenships()) addCode(out, c);
        for (String c : e.countries()) addCode(out, c);
        for (Address a : e.addresses()) addCode(out, a.country());
        return out;
    }

    static void addCode(Set<String> out, String country) {
        if (country != null && country.length() == 2 && Character.isLetter(country.charAt(0)) && Character.isLetter(country.charAt(1))) {
            out.add(country.toLowerCase(Locale.ROOT));
        }
    }

    @Override
    public String toString() {
        return "YenteIndex[" + snapshotId.substring(0, Math.min(12, snapshotId.length())) + ", " + subjects.size() + " subjects, "
                + identifiers.size() + " identifier values]";
    }

}
