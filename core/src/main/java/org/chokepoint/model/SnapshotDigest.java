package org.chokepoint.model;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The content id of a snapshot: SHA-256 over a canonical encoding of its entities in key order. Every field
 * is written in a fixed order, strings length-prefixed as UTF-8, absent values marked, details sorted by key,
 * so equal entity lists always give the same id.
 */
public final class SnapshotDigest {
    private SnapshotDigest() {
    }

    /** Lower-case hex SHA-256 of the entities, which must be sorted by key. */
    public static String id(List<Entity> sortedEntities) {
        MessageDigest sha = sha256();
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(
                new DigestOutputStream(OutputStream.nullOutputStream(), sha), 1 << 16))) {
            out.writeInt(sortedEntities.size());
            for (Entity e : sortedEntities) write(out, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a null stream does not fail
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    public static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }

    private static void write(DataOutputStream out, Entity e) throws IOException {
        str(out, e.source());
        str(out, e.sourceId());
        str(out, e.schema().name());
        out.writeInt(e.names().size());
        for (Name n : e.names()) {
            str(out, n.value());
            str(out, n.kind().name());
            str(out, n.script());
            str(out, n.lang());
        }
        dates(out, e.birthDates());
        strs(out, e.birthPlaces());
        strs(out, e.nationalities());
        strs(out, e.citizenships());
        strs(out, e.countries());
        out.writeInt(e.addresses().size());
        for (Address a : e.addresses()) {
            str(out, a.full());
            str(out, a.street());
            str(out, a.city());
            str(out, a.region());
            str(out, a.postalCode());
            str(out, a.country());
        }
        out.writeInt(e.identifiers().size());
        for (Identifier i : e.identifiers()) {
            str(out, i.type());
            str(out, i.value());
            str(out, i.country());
            str(out, i.note());
        }
        strs(out, e.programs());
        strs(out, e.lists());
        dates(out, e.listedOn() == null ? List.of() : List.of(e.listedOn()));
        str(out, e.remarks());
        out.writeInt(e.links().size());
        for (Link l : e.links()) {
            str(out, l.type().name());
            str(out, l.target());
            str(out, l.targetName());
            out.writeBoolean(l.share() != null);
            if (l.share() != null) out.writeDouble(l.share());
        }
        Map<String, String> details = new TreeMap<>(e.details());
        out.writeInt(details.size());
        for (Map.Entry<String, String> d : details.entrySet()) {
            str(out, d.getKey());
            str(out, d.getValue());
        }
    }

    private static void dates(DataOutputStream out, List<FuzzyDate> dates) throws IOException {
        out.writeInt(dates.size());
        for (FuzzyDate d : dates) {
            str(out, d.raw());
            out.writeLong(d.earliest().toEpochDay());
            out.writeLong(d.latest().toEpochDay());
            str(out, d.precision().name());
            out.writeBoolean(d.circa());
        }
    }

    private static void strs(DataOutputStream out, List<String> values) throws IOException {
        out.writeInt(values.size());
        for (String v : values) str(out, v);
    }

    private static void str(DataOutputStream out, String s) throws IOException {
        if (s == null) {
            out.writeInt(-1);
            return;
        }
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }
}
