package org.chokepoint.bench.scale;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * One change to a list name, of the kinds records make: a letter replaced, dropped or doubled in one word of four
 * letters or more ("TECHNOLOGIES" → "TECHNOLGIES"), two adjacent words swapped, a middle word dropped, or a legal
 * form exchanged ("CO., LTD." → "LLC"). A name of one short word is returned with a letter doubled.
 */
final class Perturbation {
    private static final List<String> LEGAL = List.of("LTD", "LLC", "CO., LTD.", "INC", "GMBH", "S.A.", "JSC", "OOO", "FZE");

    private Perturbation() {
    }

    static String apply(String name, SplittableRandom r) {
        List<String> words = new ArrayList<>(Arrays.asList(name.strip().split("\\s+")));
        int kind = r.nextInt(4);
        if (kind == 1 && words.size() >= 2) {
            int i = r.nextInt(words.size() - 1);
            String w = words.get(i);
            words.set(i, words.get(i + 1));
            words.set(i + 1, w);
        } else if (kind == 2 && words.size() >= 3) {
            words.remove(1 + r.nextInt(words.size() - 2));
        } else if (kind == 3 && words.size() >= 2 && LEGAL.stream().anyMatch(l -> l.equalsIgnoreCase(words.get(words.size() - 1)))) {
            String form = words.get(words.size() - 1);
            List<String> others = LEGAL.stream().filter(l -> !l.equalsIgnoreCase(form)).toList();
            words.set(words.size() - 1, others.get(r.nextInt(others.size())));
        } else {
            typo(words, r);
        }
        return String.join(" ", words);
    }

    private static void typo(List<String> words, SplittableRandom r) {
        List<Integer> long4 = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) if (words.get(i).codePointCount(0, words.get(i).length()) >= 4) long4.add(i);
        int at = long4.isEmpty() ? 0 : long4.get(r.nextInt(long4.size()));
        String w = words.get(at);
        int[] cps = w.codePoints().toArray();
        int pos = r.nextInt(cps.length);
        int op = long4.isEmpty() ? 2 : r.nextInt(3);
        // a replaced letter must change: a mark ("LTD.") or a letter outside A-Z is doubled instead, else the copy
        // would be the real name unchanged
        boolean replaceable = cps[pos] < 128 && Character.isLetter(cps[pos]);
        if (op == 0 && !replaceable) op = 2;
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < cps.length; i++) {
            if (i == pos) {
                if (op == 0) {
                    int base = Character.isUpperCase(cps[i]) ? 'A' : 'a';
                    s.appendCodePoint(base + (cps[i] - base + 1 + r.nextInt(25)) % 26);
                    continue;
                }
                if (op == 1) continue; // dropped
                if (op == 2) s.appendCodePoint(cps[i]); // doubled
            }
            s.appendCodePoint(cps[i]);
        }
        words.set(at, s.toString());
    }
}
