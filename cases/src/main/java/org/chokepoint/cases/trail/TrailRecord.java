package org.chokepoint.cases.trail;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * One record of the audit trail. Its hash covers every field and the previous record's hash, so that altering,
 * removing or inserting a record breaks the chain at that point:
 *
 * <pre>
 * hash = SHA-256( prevHash "\n" seq "\n" at "\n" actor "\n" kind "\n" subject "\n" payload )
 * </pre>
 *
 * The first record's {@code prevHash} is {@link #GENESIS} (64 zeros).
 *
 * @param seq      position in the chain, from 1, without gaps
 * @param at       when (UTC, {@link org.chokepoint.cases.db.Clock})
 * @param actor    who: an API key's name ({@code key:ops-batch}), a user ({@code user:ana}) or {@code system}
 * @param kind     what: {@code screen}, {@code decide}, {@code case.dismiss}, {@code lists.activate}, ...
 * @param subject  what it concerns: {@code case:12}, {@code party:C-1001}, {@code snapshot:32c9f7c0}, ...
 * @param payload  the facts, as compact JSON
 */
public record TrailRecord(long seq, String at, String actor, String kind, String subject, String payload,
                          String prevHash, String hash) {
    public static final String GENESIS = "0".repeat(64);

    public static String hashOf(String prevHash, long seq, String at, String actor, String kind, String subject, String payload) {
        try {
            MessageDigest d = MessageDigest.getInstance("SHA-256");
            String text = prevHash + '\n' + seq + '\n' + at + '\n' + actor + '\n' + kind + '\n' + subject + '\n' + payload;
            return HexFormat.of().formatHex(d.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** The hash this record's fields give; differs from {@link #hash} when the record was altered. */
    public String recomputedHash() {
        return hashOf(prevHash, seq, at, actor, kind, subject, payload);
    }
}
