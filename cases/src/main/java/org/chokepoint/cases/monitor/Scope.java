package org.chokepoint.cases.monitor;

import java.util.Set;

/**
 * Which list entries a screening of a party speaks for. A full screening speaks for every entry: an open alert it
 * does not hit again is closed. A delta re-screen after a list change speaks only for the entries added or changed:
 * alerts on the others stand as they are.
 */
public sealed interface Scope {
    boolean covers(String entityKey);

    record All() implements Scope {
        @Override
        public boolean covers(String entityKey) {
            return true;
        }
    }

    /** @param keys the added and changed entries ({@code source:sourceId}) */
    record Entries(Set<String> keys) implements Scope {
        public Entries {
            keys = Set.copyOf(keys);
        }

        @Override
        public boolean covers(String entityKey) {
            return keys.contains(entityKey);
        }
    }

    Scope ALL = new All();
}
