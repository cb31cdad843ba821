package org.chokepoint.match;

import org.chokepoint.model.Address;
import org.chokepoint.model.Entity;
import org.chokepoint.model.Name;
import org.chokepoint.model.NameKind;
import org.chokepoint.names.NameNormalizer;
import org.chokepoint.names.NormalizedName;
import org.chokepoint.names.Patronymics;
import org.chokepoint.names.PhoneticKey;
import org.chokepoint.names.RecordParts;
import org.chokepoint.names.TokenKind;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.stream.IntStream;

/**
 * Every name of every entity of a snapshot, normalised once into token ids, with the lookup structures that
 * find candidates without scanning: postings by exact token, by phonetic key, by one-deletion neighbourhood
 * (typos) and by joined adjacent tokens ("al qizani" under "alqizani"). Token weights are inverse document
 * frequencies over all names, scaled down for legal forms, connectors and honorifics. Immutable after build.
 * Building takes seconds for the bundled lists, so {@link NameIndexCodec} stores it beside its snapshot; a decoded
 * index holds the same tables and refers to the snapshot's own entities.
 */
public final class NameIndex {
    final List<Entity> entities;
    /** Per entity, the entities the lists say are the same subject (SAME_AS links, both directions). */
    final int[][] sameAs;
    // names
    final int[] nameEntity;
    /** Position of the name among its entity's names ({@link #nameText}). */
    final int[] nameOrdinal;
    final int[][] nameTokens;
    final float[] nameWeight;
    /** Per name, its legal forms, honorifics and connectors (mostly none: one shared empty array). */
    final int[][] nameWeakTokens;
    /** Bit i set when token i is the surname of a person name published as "SURNAME, Given names". */
    final long[] nameSurname;
    /**
     * Per name, the first name of the same form: the same tokens, surname, script class and entity schema, so the
     * scorer gives both the same score for any query. Only those first names are in the postings; a republished
     * name (the CSL's copy of an SDN name, the UK's of a UN one) is retrieved and scored once for all its copies.
     */
    final int[] nameForm;
    /** Per first name of a form, the other names of that form (mostly none: one shared empty array). */
    final int[][] sameForm;
    // token dictionary
    /** Token ids by {@link #key dictionary key}. */
    final KeyTable tokenIds;
    final String[] tokenText;
    final TokenKind[] tokenKind;
    final float[] tokenWeight;
    final boolean[] tokenDigits;
    /** The letters of each token as a set ({@link TokenSimilarity#letters}), for the cheap bound of an edit distance. */
    final long[] tokenLetters;
    /** Whether a token reads as a patronymic ({@link Patronymics}). */
    final boolean[] tokenPatronymic;
    final int[] tokenSkeleton;
    final int[] tokenConsonants;
    final int[][] tokenPostings;
    /** Names first written in a script without short vowels (Arabic, Hebrew): compared by consonant keys. */
    final boolean[] nameAbjad;
    // phonetic keys
    final KeyTable skeletonIds;
    final String[] skeletonText;
    final int[][] skeletonPostings;
    final KeyTable consonantIds;
    final String[] consonantText;
    final int[][] consonantPostings;
    /** Tokens by phonetic key (derived from tokenSkeleton and tokenConsonants when the index is made). */
    final int[][] skeletonTokens, consonantTokens;
    /** Whether a token occurs in a name compared by consonant keys ({@link #nameAbjad}). */
    final boolean[] tokenInAbjadName;
    // typo and concatenation keys
    /** Token ids by each one-letter deletion of the token. */
    final KeyedPostings deletions;
    /**
     * Per token, its typo partners ({@link #typoPartners(String, int)}), worked out when a query first has the word and
     * kept for every later query and thread: most query words are list words ("mohammad", "trading"), and working them
     * out again cost a dozen hash lookups and as many new strings per word.
     */
    private final AtomicReferenceArray<int[]> typoPartners;
    /** Name ids by two or three adjacent tokens written together. */
    final KeyedPostings concatPostings;
    /** Weight of a name word never seen in any list (the rarest possible). */
    final float unknownWeight;
    /**
     * Cities and regions of the entries' addresses, folded ({@link RecordParts#fold}), of four words at most: the
     * places a record may add after a name ("Oleg DERIPASKA, Moscow"). Kept with the index so that a start does not
     * decode every entity to collect them.
     */
    final KeyTable places;
    final long buildNanos;

    NameIndex(Parts p, long buildNanos) {
        this.entities = p.entities;
        this.sameAs = p.sameAs;
        this.nameEntity = p.nameEntity;
        this.nameOrdinal = p.nameOrdinal;
        this.nameTokens = p.nameTokens;
        this.nameWeight = p.nameWeight;
        this.nameWeakTokens = p.nameWeakTokens;
        this.nameSurname = p.nameSurname;
        this.nameForm = p.nameForm;
        this.sameForm = copiesOf(p.nameForm);
        this.tokenIds = p.tokenIds;
        this.tokenText = p.tokenText;
        this.tokenKind = p.tokenKind;
        this.tokenWeight = p.tokenWeight;
        this.tokenSkeleton = p.tokenSkeleton;
        this.tokenDigits = p.tokenDigits;
        this.tokenPatronymic = p.tokenPatronymic;
        this.tokenConsonants = p.tokenConsonants;
        this.nameAbjad = p.nameAbjad;
        this.consonantIds = p.consonantIds;
        this.consonantText = p.consonantText;
        this.consonantPostings = p.consonantPostings;
        this.tokenPostings = p.tokenPostings;
        this.skeletonIds = p.skeletonIds;
        this.skeletonText = p.skeletonText;
        this.skeletonPostings = p.skeletonPostings;
        this.deletions = p.deletions;
        this.typoPartners = new AtomicReferenceArray<>(p.tokenText.length);
        this.concatPostings = p.concatPostings;
        this.unknownWeight = p.unknownWeight;
        this.places = p.places;
        this.buildNanos = buildNanos;
        this.skeletonTokens = tokensByKey(tokenSkeleton, skeletonText.length);
        this.consonantTokens = tokensByKey(tokenConsonants, consonantText.length);
        this.tokenLetters = new long[tokenText.length];
        for (int t = 0; t < tokenText.length; t++) tokenLetters[t] = TokenSimilarity.letters(tokenText[t]);
        this.tokenInAbjadName = new boolean[tokenText.length];
        for (int name = 0; name < nameTokens.length; name++) {
            if (nameAbjad[name]) for (int t : nameTokens[name]) tokenInAbjadName[t] = true;
        }
    }

    private static int[][] copiesOf(int[] form) {
        int[] count = new int[form.length];
        for (int name = 0; name < form.length; name++) if (form[name] != name) count[form[name]]++;
        int[][] out = new int[form.length][];
        int[] none = new int[0];
        for (int name = 0; name < form.length; name++) out[name] = count[name] == 0 ? none : new int[count[name]];
        int[] fill = new int[form.length];
        for (int name = 0; name < form.length; name++) if (form[name] != name) out[form[name]][fill[form[name]]++] = name;
        return out;
    }

    private static int[][] tokensByKey(int[] keyOfToken, int keys) {
        int[] count = new int[keys];
        for (int k : keyOfToken) count[k]++;
        int[][] out = new int[keys][];
        for (int k = 0; k < keys; k++) out[k] = new int[count[k]];
        int[] fill = new int[keys];
        for (int t = 0; t < keyOfToken.length; t++) out[keyOfToken[t]][fill[keyOfToken[t]]++] = t;
        return out;
    }

    public static NameIndex build(List<Entity> entities) {
        long start = System.nanoTime();
        Builder b = new Builder(List.copyOf(entities));
        b.build();
        return new NameIndex(b, System.nanoTime() - start);
    }

    public List<Entity> entities() {
        return entities;
    }

    public int nameCount() {
        return nameEntity.length;
    }

    /** Whether {@code folded} ({@link RecordParts#fold}) is the city or region of some entry's address. */
    public boolean isPlace(String folded) {
        return places.id(folded) >= 0;
    }

    public int tokenCount() {
        return tokenText.length;
    }

    /**
     * The entities (by position) a hit on any of {@code keys} may come from: those entities and every entity the
     * lists name as the same subject, since a hit on one may be reached through the other's name. With
     * {@link IndexedScreener#mayHit} this lets a re-screen skip the queries that cannot reach what changed.
     */
    public BitSet reachOf(Collection<String> keys) {
        Set<String> wanted = keys instanceof Set<String> set ? set : new HashSet<>(keys);
        BitSet reach = new BitSet(entities.size());
        for (int e = 0; e < entities.size(); e++) {
            if (!wanted.contains(entities.get(e).key())) continue;
            reach.set(e);
            for (int other : sameAs[e]) reach.set(other);
        }
        return reach;
    }

    /** Milliseconds the index took to build, or to read when it was decoded from a stored file. */
    public long buildMillis() {
        return buildNanos / 1_000_000;
    }

    /** The list name {@code name} as published. */
    String nameText(int name) {
        return entities.get(nameEntity[name]).names().get(nameOrdinal[name]).value();
    }

    /** The dictionary key of a token: legal forms and honorifics live apart from name words spelled alike. */
    static String key(String token, TokenKind kind) {
        return switch (kind) {
            case LEGAL_FORM -> "~" + token;
            case HONORIFIC -> "^" + token;
            default -> token;
        };
    }

    /** The token a {@link #key dictionary key} of that kind stands for. */
    static String tokenOfKey(String key, TokenKind kind) {
        return kind == TokenKind.LEGAL_FORM || kind == TokenKind.HONORIFIC ? key.substring(1) : key;
    }

    static NameNormalizer.Mode modeOf(org.chokepoint.model.Schema schema) {
        if (schema == null) return NameNormalizer.Mode.UNKNOWN;
        return schema.isPerson() ? NameNormalizer.Mode.PERSON : NameNormalizer.Mode.ORGANIZATION;
    }

    static boolean isAbjad(org.chokepoint.names.Script script) {
        return script == org.chokepoint.names.Script.ARABIC || script == org.chokepoint.names.Script.HEBREW;
    }

    static double idf(int df, int names) {
        return Math.log((names + 1.0) / (df + 1.0)) + 1.0;
    }

    /** Everything an index holds, filled by {@link Builder} or by {@link NameIndexCodec} from a stored file. */
    static class Parts {
        List<Entity> entities;
        int[][] sameAs;
        int[] nameEntity;
        int[] nameOrdinal;
        int[][] nameTokens;
        float[] nameWeight;
        int[][] nameWeakTokens;
        long[] nameSurname;
        int[] nameForm;
        KeyTable tokenIds;
        String[] tokenText;
        TokenKind[] tokenKind;
        float[] tokenWeight;
        int[] tokenSkeleton;
        boolean[] tokenDigits;
        boolean[] tokenPatronymic;
        int[] tokenConsonants;
        boolean[] nameAbjad;
        int[][] tokenPostings;
        KeyTable consonantIds;
        String[] consonantText;
        int[][] consonantPostings;
        KeyTable skeletonIds;
        String[] skeletonText;
        int[][] skeletonPostings;
        KeyedPostings deletions;
        KeyedPostings concatPostings;
        float unknownWeight;
        KeyTable places;
    }

    private static final class Builder extends Parts {
        Builder(List<Entity> entities) {
            this.entities = entities;
        }

        record Normalized(int entity, int ordinal, NormalizedName name, long surname) {
        }

        void build() {
            List<List<Normalized>> perEntity = IntStream.range(0, entities.size()).parallel()
                    .mapToObj(this::normalizeEntity).toList();
            List<Normalized> names = new ArrayList<>();
            perEntity.forEach(names::addAll);
            int n = names.size();
            nameEntity = new int[n];
            nameOrdinal = new int[n];
            nameTokens = new int[n][];
            nameWeight = new float[n];
            nameAbjad = new boolean[n];
            nameSurname = new long[n];
            Map<String, Integer> idOfKey = new HashMap<>();
            List<String> keys = new ArrayList<>();
            List<String> texts = new ArrayList<>();
            List<TokenKind> kinds = new ArrayList<>();
            int[] df = new int[1024];
            for (int i = 0; i < n; i++) {
                Normalized nn = names.get(i);
                nameEntity[i] = nn.entity;
                nameOrdinal[i] = nn.ordinal;
                nameAbjad[i] = isAbjad(nn.name.script());
                nameSurname[i] = nn.surname;
                String[] toks = nn.name.tokens();
                TokenKind[] ks = nn.name.kinds();
                int[] ids = new int[toks.length];
                for (int t = 0; t < toks.length; t++) {
                    String key = key(toks[t], ks[t]);
                    Integer id = idOfKey.get(key);
                    if (id == null) {
                        id = texts.size();
                        idOfKey.put(key, id);
                        keys.add(key);
                        texts.add(toks[t]);
                        kinds.add(ks[t]);
                        if (id >= df.length) df = Arrays.copyOf(df, df.length * 2);
                    }
                    ids[t] = id;
                }
                nameTokens[i] = ids;
                for (int id : distinct(ids)) df[id]++;
            }
            int tokens = texts.size();
            tokenIds = KeyTable.of(keys);
            tokenText = texts.toArray(new String[0]);
            tokenKind = kinds.toArray(new TokenKind[0]);
            tokenWeight = new float[tokens];
            tokenDigits = new boolean[tokens];
            for (int t = 0; t < tokens; t++) tokenDigits[t] = TokenSimilarity.hasDigit(tokenText[t]);
            tokenPatronymic = new boolean[tokens];
            for (int t = 0; t < tokens; t++) {
                tokenPatronymic[t] = tokenKind[t] == TokenKind.NAME && Patronymics.isPatronymic(tokenText[t]);
            }
            for (int t = 0; t < tokens; t++) {
                tokenWeight[t] = (float) (idf(df[t], n) * tokenKind[t].weightFactor());
            }
            unknownWeight = (float) idf(0, n);
            nameWeakTokens = new int[n][];
            int[] none = new int[0];
            for (int i = 0; i < n; i++) {
                float w = 0;
                for (int id : nameTokens[i]) w += tokenWeight[id];
                nameWeight[i] = w;
                int[] weak = Arrays.stream(nameTokens[i]).filter(id -> tokenKind[id] != TokenKind.NAME).toArray();
                nameWeakTokens[i] = weak.length == 0 ? none : weak;
            }
            buildForms();
            tokenPostings = postings(tokens);
            buildSameAs();
            buildSkeletons(tokens);
            buildDeletions(tokens);
            buildConcats();
            buildPlaces();
        }

        private void buildPlaces() {
            Set<String> found = new java.util.TreeSet<>();
            for (Entity e : entities) {
                for (Address a : e.addresses()) {
                    for (String place : new String[]{a.city(), a.region()}) {
                        if (place == null || place.isBlank()) continue;
                        String folded = RecordParts.fold(place);
                        if (!folded.isEmpty() && folded.split(" ").length <= RecordParts.PLACE_WORDS) found.add(folded);
                    }
                }
            }
            places = KeyTable.of(List.copyOf(found));
        }

        /** Positions of the surname words when a person's name is written "SURNAME, Given names". */
        private static long surname(String published, NormalizedName whole, NameNormalizer.Mode mode) {
            int comma = published.indexOf(',');
            if (comma <= 0) return 0;
            NormalizedName before = NameNormalizer.normalize(published.substring(0, comma), mode);
            int k = before.size();
            if (k == 0 || k >= whole.size() || k > 63) return 0;
            long mask = 0;
            for (int i = 0; i < k; i++) {
                if (whole.kinds()[i] == TokenKind.NAME && whole.tokens()[i].equals(before.tokens()[i])) mask |= 1L << i;
            }
            return mask;
        }

        private void buildSameAs() {
            Map<String, Integer> byKey = new HashMap<>();
            for (int e = 0; e < entities.size(); e++) byKey.putIfAbsent(entities.get(e).key(), e);
            List<Set<Integer>> links = new ArrayList<>(entities.size());
            for (int e = 0; e < entities.size(); e++) links.add(null);
            for (int e = 0; e < entities.size(); e++) {
                for (org.chokepoint.model.Link link : entities.get(e).links()) {
                    if (link.type() != org.chokepoint.model.LinkType.SAME_AS || link.target() == null) continue;
                    Integer t = byKey.get(link.target());
                    if (t == null || t == e) continue;
                    if (links.get(e) == null) links.set(e, new HashSet<>());
                    if (links.get(t) == null) links.set(t, new HashSet<>());
                    links.get(e).add(t);
                    links.get(t).add(e);
                }
            }
            sameAs = new int[entities.size()][];
            for (int e = 0; e < entities.size(); e++) {
                Set<Integer> l = links.get(e);
                sameAs[e] = l == null ? new int[0] : l.stream().mapToInt(Integer::intValue).sorted().toArray();
            }
        }

        private List<Normalized> normalizeEntity(int e) {
            Entity entity = entities.get(e);
            NameNormalizer.Mode mode = modeOf(entity.schema());
            List<Normalized> out = new ArrayList<>();
            Set<NormalizedName> seen = new HashSet<>();
            List<Name> names = entity.names();
            for (int k = 0; k < names.size(); k++) {
                Name name = names.get(k);
                NormalizedName nn = NameNormalizer.normalize(name.value(), mode);
                if (!nn.isEmpty() && !nn.hasNameToken()) nn = NameNormalizer.asNameWords(nn);
                if (nn.isEmpty() || !seen.add(nn)) continue;
                out.add(new Normalized(e, k, nn, mode == NameNormalizer.Mode.PERSON ? surname(name.value(), nn, mode) : 0));
            }
            return out;
        }

        private void buildForms() {
            nameForm = new int[nameTokens.length];
            Map<String, Integer> first = new HashMap<>();
            for (int i = 0; i < nameTokens.length; i++) {
                // a person's name of one word scores less as an a.k.a. than as the primary name (NameScorer#ONE_WORD_ALIAS)
                boolean primary = entities.get(nameEntity[i]).names().get(nameOrdinal[i]).kind() == NameKind.PRIMARY;
                String form = Arrays.toString(nameTokens[i]) + nameSurname[i] + (nameAbjad[i] ? "a" : "l")
                        + entities.get(nameEntity[i]).schema().ordinal() + (nameTokens[i].length == 1 && !primary ? "+" : "");
                Integer earlier = first.putIfAbsent(form, i);
                nameForm[i] = earlier == null ? i : earlier;
            }
        }

        /** Postings of the first name of each form ({@link #nameForm}). */
        private int[][] postings(int tokens) {
            int[] count = new int[tokens];
            for (int i = 0; i < nameTokens.length; i++) {
                if (nameForm[i] == i) for (int id : distinct(nameTokens[i])) count[id]++;
            }
            int[][] p = new int[tokens][];
            int[] fill = new int[tokens];
            for (int t = 0; t < tokens; t++) p[t] = new int[count[t]];
            for (int i = 0; i < nameTokens.length; i++) {
                if (nameForm[i] == i) for (int id : distinct(nameTokens[i])) p[id][fill[id]++] = i;
            }
            return p;
        }

        private void buildSkeletons(int tokens) {
            tokenSkeleton = new int[tokens];
            tokenConsonants = new int[tokens];
            List<String> skels = new ArrayList<>(), cons = new ArrayList<>();
            Map<String, Integer> skelIds = new HashMap<>(), consIds = new HashMap<>();
            for (int t = 0; t < tokens; t++) {
                boolean legal = tokenKind[t] == TokenKind.LEGAL_FORM;
                String s = legal ? "~" + tokenText[t] : PhoneticKey.of(tokenText[t]);
                tokenSkeleton[t] = intern(s, skelIds, skels);
                tokenConsonants[t] = intern(legal ? s : PhoneticKey.consonantsOf(s), consIds, cons);
            }
            skeletonText = skels.toArray(new String[0]);
            consonantText = cons.toArray(new String[0]);
            skeletonIds = KeyTable.of(skels);
            consonantIds = KeyTable.of(cons);
            skeletonPostings = keyPostings(tokenSkeleton, skels.size());
            consonantPostings = keyPostings(tokenConsonants, cons.size());
        }

        private static int intern(String key, Map<String, Integer> ids, List<String> texts) {
            Integer id = ids.get(key);
            if (id == null) {
                id = texts.size();
                ids.put(key, id);
                texts.add(key);
            }
            return id;
        }

        private int[][] keyPostings(int[] keyOfToken, int keys) {
            int[] count = new int[keys];
            int[] last = new int[keys];
            Arrays.fill(last, -1);
            for (int i = 0; i < nameTokens.length; i++) {
                if (nameForm[i] != i) continue;
                for (int id : nameTokens[i]) {
                    int s = keyOfToken[id];
                    if (last[s] != i) {
                        last[s] = i;
                        count[s]++;
                    }
                }
            }
            int[][] postings = new int[keys][];
            for (int s = 0; s < keys; s++) postings[s] = new int[count[s]];
            Arrays.fill(last, -1);
            int[] fill = new int[keys];
            for (int i = 0; i < nameTokens.length; i++) {
                if (nameForm[i] != i) continue;
                for (int id : nameTokens[i]) {
                    int s = keyOfToken[id];
                    if (last[s] != i) {
                        last[s] = i;
                        postings[s][fill[s]++] = i;
                    }
                }
            }
            return postings;
        }

        private void buildDeletions(int tokens) {
            Map<String, List<Integer>> tmp = new HashMap<>();
            for (int t = 0; t < tokens; t++) {
                String s = tokenText[t];
                if (tokenKind[t] != TokenKind.NAME || s.length() < 4 || TokenSimilarity.hasDigit(s)) continue;
                for (String d : deletes(s)) tmp.computeIfAbsent(d, k -> new ArrayList<>(2)).add(t);
            }
            Map<String, int[]> byKey = new HashMap<>(tmp.size() * 2);
            tmp.forEach((k, v) -> byKey.put(k, v.stream().mapToInt(Integer::intValue).distinct().toArray()));
            deletions = KeyedPostings.of(byKey);
        }

        private void buildConcats() {
            Map<String, List<Integer>> tmp = new HashMap<>();
            for (int i = 0; i < nameTokens.length; i++) {
                if (nameForm[i] != i) continue;
                int[] ids = nameTokens[i];
                for (int t = 0; t + 1 < ids.length; t++) {
                    StringBuilder joined = new StringBuilder(tokenText[ids[t]]);
                    for (int end = t + 1; end < Math.min(ids.length, t + 3); end++) {
                        if (tokenKind[ids[end]] == TokenKind.LEGAL_FORM || tokenKind[ids[t]] == TokenKind.LEGAL_FORM) break;
                        joined.append(tokenText[ids[end]]);
                        List<Integer> l = tmp.computeIfAbsent(joined.toString(), k -> new ArrayList<>(1));
                        if (l.isEmpty() || l.get(l.size() - 1) != i) l.add(i);
                    }
                }
            }
            Map<String, int[]> byKey = new HashMap<>(tmp.size() * 2);
            tmp.forEach((k, v) -> byKey.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
            concatPostings = KeyedPostings.of(byKey);
        }
    }

    private static final int[] NO_PARTNERS = new int[0];

    /**
     * The name tokens one edit from {@code word} (a letter more, one less, one changed, two neighbours exchanged),
     * found through the deletion keys, without {@code own} (the word's own id, or -1), each once, in the order
     * retrieval first reaches them; empty for a word too short for typos or with a digit. Example: for "hassan" the
     * list words "hasan" and "hassin", if the lists have them.
     */
    int[] typoPartners(String word, int own) {
        if (word.length() < 4 || TokenSimilarity.hasDigit(word)) return NO_PARTNERS;
        DistinctInts out = new DistinctInts(own);
        addTokens(out, deletions.find(word));                  // a list word of one letter more
        for (String d : deletes(word)) {
            int shorter = tokenIds.id(d);                      // one letter less
            if (shorter >= 0 && tokenKind[shorter] == TokenKind.NAME) out.add(shorter);
            addTokens(out, deletions.find(d));                 // one letter changed, or two exchanged
        }
        return out.toArray();
    }

    /** {@link #typoPartners(String, int)} of list token {@code token}, worked out once. */
    int[] typoPartners(int token) {
        int[] p = typoPartners.get(token);
        if (p == null) {
            p = typoPartners(tokenText[token], token);
            typoPartners.set(token, p);
        }
        return p;
    }

    private void addTokens(DistinctInts out, int key) {
        if (key < 0) return;
        for (int p = deletions.from(key), end = deletions.ends[key]; p < end; p++) out.add(deletions.values[p]);
    }

    /** Ints in the order first added, each once, never {@code excluded}; a word has a handful of partners. */
    private static final class DistinctInts {
        private final int excluded;
        private int[] values = new int[8];
        private int n;

        DistinctInts(int excluded) {
            this.excluded = excluded;
        }

        void add(int v) {
            if (v == excluded) return;
            for (int i = 0; i < n; i++) if (values[i] == v) return;
            if (n == values.length) values = Arrays.copyOf(values, 2 * n);
            values[n++] = v;
        }

        int[] toArray() {
            return Arrays.copyOf(values, n);
        }
    }

    /**
     * Whether a name word is a list word or one edit from one: what retrieval reaches by the word itself or its typo
     * neighbourhood ({@link CandidateRetriever}).
     */
    boolean nearListWord(String token) {
        return tokenIds.id(token) >= 0 || typoPartners(token, -1).length > 0;
    }

    /** The token with each one letter left out, once each. */
    static List<String> deletes(String s) {
        List<String> out = new ArrayList<>(s.length());
        for (int i = 0; i < s.length(); i++) {
            if (i > 0 && s.charAt(i) == s.charAt(i - 1)) continue;
            out.add(s.substring(0, i) + s.substring(i + 1));
        }
        return out;
    }

    static int[] distinct(int[] ids) {
        if (ids.length < 2) return ids;
        int[] copy = ids.clone();
        Arrays.sort(copy);
        int k = 1;
        for (int i = 1; i < copy.length; i++) if (copy[i] != copy[k - 1]) copy[k++] = copy[i];
        return k == copy.length ? copy : Arrays.copyOf(copy, k);
    }
}
