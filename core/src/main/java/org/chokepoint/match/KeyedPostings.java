package org.chokepoint.match;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Ids filed under string keys, as a map from string to int array would hold them, in three flat arrays: a
 * {@link KeyTable} of the keys and one run of values per key. The index keeps its typo neighbourhoods (token
 * ids by one-deletion key) and joined-word postings (name ids by "alqizani") this way, so that a stored index
 * loads them with a few bulk reads. Example: {"jon" -> [4, 9], "kin" -> [7]} is keys ["jon", "kin"], values
 * [4, 9, 7], ends [2, 3].
 */
final class KeyedPostings {
    final KeyTable keys;
    /** The values of key k are {@code values[k == 0 ? 0 : ends[k - 1], ends[k])}. */
    final int[] ends;
    final int[] values;

    KeyedPostings(KeyTable keys, int[] ends, int[] values) {
        if (ends.length != keys.size()) throw new IllegalArgumentException(keys.size() + " keys, " + ends.length + " value runs");
        this.keys = keys;
        this.ends = ends;
        this.values = values;
    }

    static KeyedPostings of(Map<String, int[]> map) {
        List<String> keys = new ArrayList<>(map.size());
        int[] ends = new int[map.size()];
        int total = 0;
        for (int[] v : map.values()) total += v.length;
        int[] values = new int[total];
        int k = 0, n = 0;
        for (Map.Entry<String, int[]> e : map.entrySet()) {
            keys.add(e.getKey());
            System.arraycopy(e.getValue(), 0, values, n, e.getValue().length);
            n += e.getValue().length;
            ends[k++] = n;
        }
        return new KeyedPostings(KeyTable.of(keys), ends, values);
    }

    int size() {
        return ends.length;
    }

    /** The values filed under {@code key} (a fresh array), or null when there are none. */
    int[] get(String key) {
        int k = keys.id(key);
        return k < 0 ? null : valuesOf(k);
    }

    /** The number of {@code key}, whose values are {@code values[from(k), ends[k])}; -1 when it has none. */
    int find(String key) {
        return keys.id(key);
    }

    int from(int k) {
        return k == 0 ? 0 : ends[k - 1];
    }

    int[] valuesOf(int k) {
        return Arrays.copyOfRange(values, k == 0 ? 0 : ends[k - 1], ends[k]);
    }
}
