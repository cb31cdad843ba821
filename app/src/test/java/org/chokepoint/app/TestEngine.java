package org.chokepoint.app;

import java.nio.file.Path;

/**
 * One engine over the bundled lists for the tests of this module, in the module's own home
 * (target/chokepoint-home, set by the build), compiled once per test run.
 */
public final class TestEngine {
    private static Chokepoint shared;

    private TestEngine() {
    }

    public static synchronized Chokepoint shared() {
        if (shared == null) shared = Chokepoint.open(config(), notice -> { });
        return shared;
    }

    public static Config config() {
        return Config.of(Path.of(System.getProperty("chokepoint.data")), Path.of(System.getProperty("chokepoint.home")));
    }
}
