package org.chokepoint.sources.snapshot;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * Where each list is downloaded from. A properties file, one line per file a source needs:
 * {@code <source>.file.<file name> = <url>}, plus optional {@code timeout.seconds} and {@code max.drop}.
 * The defaults (official addresses) ship as {@code update-sources.properties}; {@code --config} replaces them.
 */
public record UpdateConfig(Map<String, List<RemoteFile>> sources, Duration timeout, double maxDrop, String origin) {
    /** One file to fetch: the name the reader expects in its folder, and the address. */
    public record RemoteFile(String name, URI url) {
    }

    public static final double DEFAULT_MAX_DROP = 0.10;
    private static final String DEFAULTS = "update-sources.properties";

    public UpdateConfig {
        Map<String, List<RemoteFile>> copy = new TreeMap<>();
        sources.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        sources = Collections.unmodifiableMap(copy);
        if (!(maxDrop >= 0 && maxDrop <= 1)) throw new IllegalArgumentException("max drop must be between 0 and 1, got " + maxDrop);
    }

    public static UpdateConfig defaults() throws IOException {
        try (InputStream in = UpdateConfig.class.getResourceAsStream(DEFAULTS)) {
            if (in == null) throw new IOException("built-in " + DEFAULTS + " is missing from the class path");
            return parse(new InputStreamReader(in, StandardCharsets.UTF_8), "built-in " + DEFAULTS);
        }
    }

    public static UpdateConfig load(Path file) throws IOException {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return parse(r, file.toString());
        }
    }

    static UpdateConfig parse(Reader reader, String origin) throws IOException {
        Properties p = new Properties();
        p.load(reader);
        Map<String, List<RemoteFile>> sources = new TreeMap<>();
        Duration timeout = Duration.ofSeconds(120);
        double maxDrop = DEFAULT_MAX_DROP;
        for (String key : new TreeMap<>((Map<?, ?>) p).keySet().stream().map(Object::toString).toList()) {
            String value = p.getProperty(key).strip();
            if (key.equals("timeout.seconds")) {
                timeout = Duration.ofSeconds(parseNumber(value, key, origin).longValue());
            } else if (key.equals("max.drop")) {
                maxDrop = parseNumber(value, key, origin).doubleValue();
            } else {
                int at = key.indexOf(".file.");
                if (at <= 0 || at + 6 >= key.length()) {
                    throw new IOException(origin + ": unknown key '" + key + "' (expected <source>.file.<name> = <url>)");
                }
                String name = key.substring(at + 6);
                if (name.contains("/") || name.contains("\\") || name.startsWith(".")) {
                    throw new IOException(origin + ": file name '" + name + "' in key '" + key + "' must be a plain file name");
                }
                sources.computeIfAbsent(key.substring(0, at), k -> new ArrayList<>()).add(new RemoteFile(name, uri(value, key, origin)));
            }
        }
        sources.values().forEach(l -> l.sort(Comparator.comparing(RemoteFile::name)));
        return new UpdateConfig(sources, timeout, maxDrop, origin);
    }

    private static URI uri(String value, String key, String origin) throws IOException {
        try {
            URI u = new URI(value);
            if (!"https".equals(u.getScheme()) && !"http".equals(u.getScheme())) {
                throw new IOException(origin + ": " + key + " must be an http(s) address, got '" + value + "'");
            }
            return u;
        } catch (URISyntaxException e) {
            throw new IOException(origin + ": " + key + " is not a valid address: " + e.getMessage(), e);
        }
    }

    private static Number parseNumber(String value, String key, String origin) throws IOException {
        try {
            return Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw new IOException(origin + ": " + key + " must be a number, got '" + value + "'");
        }
    }

    public UpdateConfig withMaxDrop(double value) {
        return new UpdateConfig(sources, timeout, value, origin);
    }
}
