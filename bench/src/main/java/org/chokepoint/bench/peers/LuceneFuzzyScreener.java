package org.chokepoint.bench.peers;

import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The method of Elasticsearch-based screeners such as yente: a full-text index of the names, a query of one fuzzy
 * term per word (edit distance by word length, as Elasticsearch's {@code fuzziness: AUTO}: none up to two letters,
 * one up to five, two beyond; at most 50 expansions per word), the best {@code candidates} names by BM25, each
 * re-scored with Jaro-Winkler against the query. "mahan airlines" retrieves MAHAN AIR through "mahan", then
 * Jaro-Winkler of the whole strings decides.
 */
public final class LuceneFuzzyScreener implements PeerScreener {
    private static final String FIELD = "name";
    private static final int MAX_EXPANSIONS = 50;

    private final FoldedNames names;
    private final IndexSearcher searcher;
    private final int candidates;
    private final ThreadLocal<JaroWinkler> jw = ThreadLocal.withInitial(JaroWinkler::new);

    public LuceneFuzzyScreener(FoldedNames names, int candidates) {
        this.names = names;
        this.candidates = candidates;
        try {
            ByteBuffersDirectory dir = new ByteBuffersDirectory();
            try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(new StandardAnalyzer()))) {
                for (int i = 0; i < names.size(); i++) {
                    Document d = new Document();
                    d.add(new TextField(FIELD, names.text(i), Field.Store.NO));
                    w.addDocument(d);
                }
                w.forceMerge(1); // one segment and no deletions: a document's id is its name's position
            }
            searcher = new IndexSearcher(DirectoryReader.open(dir));
        } catch (IOException e) {
            throw new UncheckedIOException("in-memory Lucene index", e);
        }
    }

    @Override
    public String method() {
        return "Lucene fuzzy query + Jaro-Winkler";
    }

    @Override
    public List<Scored> screen(String name, double floor, int limit) {
        String q = FoldedNames.fold(name);
        TopEntities top = new TopEntities();
        if (q.isEmpty()) return top.top(limit);
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        String[] words = q.split(" ");
        for (int i = 0; i < Math.min(words.length, IndexSearcher.getMaxClauseCount()); i++) {
            String w = words[i];
            int edits = w.length() <= 2 ? 0 : w.length() <= 5 ? 1 : 2;
            Term t = new Term(FIELD, w);
            query.add(edits == 0 ? new TermQuery(t) : new FuzzyQuery(t, edits, 0, MAX_EXPANSIONS, true), BooleanClause.Occur.SHOULD);
        }
        JaroWinkler sim = jw.get();
        try {
            for (ScoreDoc hit : searcher.search(query.build(), candidates).scoreDocs) {
                double s = sim.similarity(q, names.text(hit.doc));
                if (s >= floor) top.offer(names.key(hit.doc), s);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("in-memory Lucene search", e);
        }
        return top.top(limit);
    }
}
