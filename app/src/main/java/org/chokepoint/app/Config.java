package org.chokepoint.app;

import org.chokepoint.match.Screener;
import org.chokepoint.rules.PartyScreening;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Everything the engine is assembled from, stated explicitly: where the bundled data and the home (snapshots,
 * keys, cases) live, and the two screening thresholds. Nothing below {@link Chokepoint} reads a system property.
 *
 * <pre>{@code
 * Config c = Config.of(Path.of("../shared/data"), Path.of(".chokepoint"));   // thresholds 0.85 / 0.90
 * }</pre>
 *
 * @param dataDir            the bundled data folder (lists and reference data)
 * @param home               the home folder (snapshots, the active pointer; later keys and cases)
 * @param screeningThreshold hits from this score on are reported
 * @param decisiveThreshold  hits from this score on take their list's full effect in a decision; weaker ones REVIEW
 */
public record Config(Path dataDir, Path home, double screeningThreshold, double decisiveThreshold) {
    public Config {
        Objects.requireNonNull(dataDir, "dataDir");
        Objects.requireNonNull(home, "home");
        dataDir = dataDir.toAbsolutePath().normalize();
        home = home.toAbsolutePath().normalize();
        checkUnit("screening threshold", screeningThreshold);
        checkUnit("decisive threshold", decisiveThreshold);
    }

    public static Config of(Path dataDir, Path home) {
        return new Config(dataDir, home, Screener.DEFAULT_THRESHOLD, PartyScreening.DEFAULT_DECISIVE);
    }

    /**
     * The configuration a command-line process is started with: data folder from {@code -Dchokepoint.data}, else
     * {@code CHOKEPOINT_DATA}, else {@code ../shared/data}; home from {@code -Dchokepoint.home}, else
     * {@code CHOKEPOINT_HOME}, else {@code .chokepoint}. The launcher script sets both. Only entry points call this.
     */
    public static Config fromEnvironment() {
        Path data = Path.of(firstSet(System.getProperty("chokepoint.data"), System.getenv("CHOKEPOINT_DATA"), "../shared/data"));
        Path home = Path.of(firstSet(System.getProperty("chokepoint.home"), System.getenv("CHOKEPOINT_HOME"), ".chokepoint"));
        Config c = of(data, home);
        if (!Files.isDirectory(c.dataDir())) {
            throw new IllegalStateException("data folder not found: " + c.dataDir() + " (set CHOKEPOINT_DATA or -Dchokepoint.data)");
        }
        return c;
    }

    private static void checkUnit(String what, double v) {
        if (!(v >= 0 && v <= 1)) throw new IllegalArgumentException(what + " must be between 0 and 1, not " + v);
    }

    private static String firstSet(String... values) {
        for (String v : values) if (v != null && !v.isBlank()) return v;
        throw new IllegalArgumentException("no value");
    }
}
