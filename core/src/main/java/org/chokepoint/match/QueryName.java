package org.chokepoint.match;

import org.chokepoint.model.Schema;
import org.chokepoint.names.NameNormalizer;
import org.chokepoint.names.NormalizedName;
import org.chokepoint.names.PhoneticKey;
import org.chokepoint.names.TokenKind;

/** A query name prepared against one index: tokens with their dictionary ids, phonetic keys and weights. */
final class QueryName {
    final NormalizedName normalized;
    final int n;
    final String[] tok;
    final TokenKind[] kind;
    final int[] id;
    final String[] skel;
    final int[] skelId;
    final String[] cons;
    final int[] consId;
    /** Written in Arabic or Hebrew letters: short vowels unknown, compare consonant keys. */
    final boolean abjad;
    final float[] weight;
    final boolean[] digits;
    /** Token i joined with token i+1 (null when either is a legal form), and its phonetic key. */
    final String[] pairText;
    final String[] pairSkel;
    final String[] pairCons;
    final float totalWeight;

    private QueryName(NameIndex index, NormalizedName nn) {
        this.normalized = nn;
        this.n = nn.size();
        this.tok = nn.tokens();
        this.kind = nn.kinds();
        id = new int[n];
        skel = new String[n];
        skelId = new int[n];
        weight = new float[n];
        digits = new boolean[n];
        pairText = new String[n];
        pairSkel = new String[n];
        pairCons = new String[n];
        cons = new String[n];
        consId = new int[n];
        abjad = NameIndex.isAbjad(nn.script());
        float total = 0;
        for (int i = 0; i < n; i++) {
            Integer tid = index.tokenIds.get(NameIndex.key(tok[i], kind[i]));
            id[i] = tid == null ? -1 : tid;
            digits[i] = TokenSimilarity.hasDigit(tok[i]);
            skel[i] = kind[i] == TokenKind.LEGAL_FORM ? "~" + tok[i] : PhoneticKey.of(tok[i]);
            Integer sid = index.skeletonIds.get(skel[i]);
            skelId[i] = sid == null ? -1 : sid;
            cons[i] = kind[i] == TokenKind.LEGAL_FORM ? skel[i] : PhoneticKey.consonantsOf(skel[i]);
            Integer cid = index.consonantIds.get(cons[i]);
            consId[i] = cid == null ? -1 : cid;
            weight[i] = tid != null ? index.tokenWeight[tid] : (float) (index.unknownWeight * kind[i].weightFactor());
            total += weight[i];
            if (i + 1 < n && kind[i] != TokenKind.LEGAL_FORM && kind[i + 1] != TokenKind.LEGAL_FORM) {
                pairText[i] = tok[i] + tok[i + 1];
                pairSkel[i] = PhoneticKey.of(pairText[i]);
                pairCons[i] = PhoneticKey.consonantsOf(pairSkel[i]);
            }
        }
        totalWeight = total;
    }

    static QueryName prepare(NameIndex index, String raw, Schema schema) {
        return new QueryName(index, NameNormalizer.normalize(raw, NameIndex.modeOf(schema)));
    }

    boolean hasNameToken() {
        return normalized.hasNameToken();
    }
}
