package org.chokepoint.bench.peers;

import com.ibm.icu.text.Transliterator;
import org.chokepoint.model.Entity;
import org.chokepoint.model.Name;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Every list name as the peers compare it: transliterated to Latin, reduced to ASCII, lower case, punctuation to
 * spaces ("AL-QA'IDA" becomes "al qa ida", "Ким Чен Ын" becomes "kim cen yn"). Both reference methods get the same
 * transliteration as Chokepoint's own pipeline starts from, so the comparison measures matching, not script
 * coverage. A name written twice by one entity is kept once.
 */
public final class FoldedNames {
    private static final ThreadLocal<Transliterator> TO_ASCII =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Any-Latin; Latin-ASCII; Lower"));

    private final List<String> texts = new ArrayList<>();
    private final List<String> keys = new ArrayList<>();
    private int entities;

    public FoldedNames(Iterable<Entity> entities) {
        for (Entity e : entities) {
            Set<String> seen = new HashSet<>();
            for (Name n : e.names()) {
                String folded = fold(n.value());
                if (folded.isEmpty() || !seen.add(folded)) continue;
                texts.add(folded);
                keys.add(e.key());
            }
            if (!seen.isEmpty()) this.entities++;
        }
    }

    public static String fold(String raw) {
        String latin = TO_ASCII.get().transliterate(raw);
        StringBuilder out = new StringBuilder(latin.length());
        boolean space = true;
        for (int i = 0; i < latin.length(); i++) {
            char c = latin.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                out.append(c);
                space = false;
            } else if (!space) {
                out.append(' ');
                space = true;
            }
        }
        int end = out.length();
        if (end > 0 && out.charAt(end - 1) == ' ') out.setLength(end - 1);
        return out.toString();
    }

    public int size() {
        return texts.size();
    }

    public String text(int name) {
        return texts.get(name);
    }

    /** The key of the entity that carries name {@code name}. */
    public String key(int name) {
        return keys.get(name);
    }

    public int entityCount() {
        return entities;
    }
}
