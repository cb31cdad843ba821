package org.chokepoint.server.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The API keys of a home, in {@code keys.json}: each key's id, name, role, dates and SHA-256, never the key. A new
 * key is 32 random bytes, shown once:
 *
 * <pre>{@code
 * KeyStore keys = new KeyStore(home);
 * KeyStore.Created c = keys.create("onboarding", Role.SCREEN);
 * c.key();                        // "cpk_3fA9x2…" (printed once; only its hash is stored)
 * keys.authenticate(c.key());     // Optional[ApiKey[id=cpk_3fA9x2, role=SCREEN, …]]
 * keys.revoke("cpk_3fA9x2");      // from now on authenticate(...) is empty
 * }</pre>
 *
 * A plain SHA-256 suffices because the keys are random with 256 bits of entropy (no dictionary to attack), and it
 * keeps authentication at one hash per request. Comparison is by hash lookup, so no timing reveals key prefixes.
 * The file is rewritten atomically; a server sees a key created by another process at once and a revocation within
 * a second.
 */
public final class KeyStore {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PREFIX = "cpk_";
    private static final int ID_LENGTH = PREFIX.length() + 8;
    private static final long RELOAD_CHECK_MILLIS = 1000;
    private final Path file;
    private final SecureRandom random = new SecureRandom();
    private volatile Map<String, ApiKey> byHash = Map.of();
    private volatile FileTime loadedStamp;
    private volatile long lastCheck;

    public record Created(String key, ApiKey stored) {
    }

    public KeyStore(Path home) {
        this.file = home.toAbsolutePath().normalize().resolve("keys.json");
    }

    public Path file() {
        return file;
    }

    public synchronized Created create(String name, Role role) throws IOException {
        if (name == null || name.isBlank()) throw new IllegalArgumentException("a key needs a --name");
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String key = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        ApiKey stored = new ApiKey(key.substring(0, ID_LENGTH), name.strip(), role, sha256(key), Instant.now(), null);
        List<ApiKey> all = new ArrayList<>(read());
        all.add(stored);
        write(all);
        return new Created(key, stored);
    }

    /** Revokes a key by id; returns false when no valid key has that id. */
    public synchronized boolean revoke(String id) throws IOException {
        List<ApiKey> all = new ArrayList<>(read());
        boolean found = false;
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).id().equals(id) && all.get(i).active()) {
                all.set(i, all.get(i).revokedAt(Instant.now()));
                found = true;
            }
        }
        if (found) write(all);
        return found;
    }

    public List<ApiKey> list() throws IOException {
        return read();
    }

    /** The valid key this secret is, if any. */
    public Optional<ApiKey> authenticate(String secret) {
        if (secret == null || !secret.startsWith(PREFIX) || secret.length() > 200) return Optional.empty();
        reloadIfChanged(false);
        String hash = sha256(secret);
        ApiKey k = byHash.get(hash);
        if (k == null) {
            // a key created a moment ago by 'chokepoint keys create' works at once: an unknown key costs one stat
            reloadIfChanged(true);
            k = byHash.get(hash);
        }
        return k != null && k.active() ? Optional.of(k) : Optional.empty();
    }

    private void reloadIfChanged(boolean now) {
        long t = System.currentTimeMillis();
        if (!now && t - lastCheck < RELOAD_CHECK_MILLIS && loadedStamp != null) return;
        lastCheck = t;
        try {
            FileTime stamp = Files.exists(file) ? Files.getLastModifiedTime(file) : FileTime.fromMillis(0);
            if (stamp.equals(loadedStamp)) return;
            Map<String, ApiKey> m = new LinkedHashMap<>();
            for (ApiKey k : read()) m.put(k.sha256(), k);
            byHash = Map.copyOf(m);
            loadedStamp = stamp;
        } catch (IOException e) {
            // keep the keys loaded last: a file being replaced must not lock everyone out
        }
    }

    private List<ApiKey> read() throws IOException {
        if (!Files.exists(file)) return List.of();
        JsonNode root;
        try {
            root = JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new IOException(file + ": not a readable key file (" + e.getMessage() + ")", e);
        }
        List<ApiKey> out = new ArrayList<>();
        int i = 0;
        for (JsonNode n : root.path("keys")) {
            String where = file + ": key " + i++;
            Role role = Role.parse(n.path("role").asText(null)).orElseThrow(() -> new IOException(where + ": unknown role"));
            out.add(new ApiKey(text(n, "id", where), text(n, "name", where), role, text(n, "sha256", where),
                    Instant.parse(text(n, "created", where)), n.hasNonNull("revoked") ? Instant.parse(n.get("revoked").asText()) : null));
        }
        return out;
    }

    private void write(List<ApiKey> keys) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode arr = root.putArray("keys");
        for (ApiKey k : keys) {
            ObjectNode n = arr.addObject().put("id", k.id()).put("name", k.name()).put("role", k.role().label())
                    .put("sha256", k.sha256()).put("created", k.created().toString());
            if (k.revoked() != null) n.put("revoked", k.revoked().toString());
        }
        Files.createDirectories(file.getParent());
        Path tmp = Files.createTempFile(file.getParent(), "keys", ".tmp");
        try {
            Files.writeString(tmp, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root), StandardCharsets.UTF_8);
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
        lastCheck = 0;
    }

    private static String text(JsonNode n, String field, String where) throws IOException {
        JsonNode v = n.get(field);
        if (v == null || !v.isTextual()) throw new IOException(where + ": missing field '" + field + "'");
        return v.asText();
    }

    static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
