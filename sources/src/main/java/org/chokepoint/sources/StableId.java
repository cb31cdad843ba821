package org.chokepoint.sources;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Short, stable ids for lists that publish none: the first 12 hex digits of SHA-256 over the given fields. */
public final class StableId {
    private StableId() {
    }

    /** Fields are separated by a NUL byte before hashing, so ("ab","c") and ("a","bc") differ; null counts as "". */
    public static String of(String... fields) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String f : fields) {
                sha.update((f == null ? "" : f).getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
            }
            return HexFormat.of().formatHex(sha.digest(), 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
