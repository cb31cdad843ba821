package org.chokepoint.spark;

import org.apache.spark.sql.SparkSession;
import org.chokepoint.app.Chokepoint;
import org.chokepoint.app.Config;

/**
 * One Spark session in {@code local[2]} and one driver engine for every test of this module (Spark allows one
 * context per JVM; the engine compiles the bundled lists into the test home on first use). Input files are split
 * into 64 KB partitions so that even the small development export is read as several parts.
 */
final class LocalSpark {
    private static SparkSession spark;
    private static Chokepoint driver;

    private LocalSpark() {
    }

    static synchronized SparkSession session() {
        if (spark == null) {
            spark = SparkSession.builder().master("local[2]").appName("chokepoint tests")
                    .config("spark.ui.enabled", "false")
                    .config("spark.driver.host", "127.0.0.1")
                    .config("spark.driver.bindAddress", "127.0.0.1")
                    .config("spark.sql.shuffle.partitions", "4")
                    .config("spark.sql.files.maxPartitionBytes", String.valueOf(64 * 1024))
                    .config("spark.sql.files.openCostInBytes", "0")
                    .getOrCreate();
        }
        return spark;
    }

    static synchronized Chokepoint driver() {
        if (driver == null) driver = Chokepoint.open(Config.fromEnvironment(), System.err::println);
        return driver;
    }
}
