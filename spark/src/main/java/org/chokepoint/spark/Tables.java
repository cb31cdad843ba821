package org.chokepoint.spark;

import org.apache.spark.sql.DataFrameReader;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

import java.util.Locale;
import java.util.Map;

/** Reading the jobs' input tables and writing their results, in the formats Spark reads and writes. */
final class Tables {
    private Tables() {
    }

    /**
     * Reads {@code in} (a file, a folder of parts, or nothing for a JDBC table named in {@code options}) with
     * {@code format}: parquet, csv (with a header row, every column as text), json (JSON lines), jdbc, or any
     * source Spark knows; when null, from the extension of {@code in}.
     */
    static Dataset<Row> read(SparkSession spark, String in, String format, Map<String, String> options) {
        String f = format != null ? format.toLowerCase(Locale.ROOT) : byExtension(in);
        DataFrameReader r = spark.read().format(f);
        if (f.equals("csv")) r = r.option("header", "true").option("inferSchema", "false");
        r = r.options(options);
        if (f.equals("jdbc")) return r.load();
        if (in == null) throw new IllegalArgumentException("--in is required (except for --format jdbc)");
        return r.load(in);
    }

    private static String byExtension(String in) {
        if (in == null) throw new IllegalArgumentException("--in or --format jdbc is required");
        String n = in.toLowerCase(Locale.ROOT).replaceAll("/+$", "");
        if (n.endsWith(".csv") || n.endsWith(".csv.gz")) return "csv";
        if (n.endsWith(".json") || n.endsWith(".jsonl") || n.endsWith(".ndjson") || n.endsWith(".jsonl.gz")) return "json";
        if (n.endsWith(".parquet")) return "parquet";
        throw new IllegalArgumentException("cannot tell the format of " + in + " from its name: give --format (parquet, csv, json, jdbc)");
    }

    /** Writes {@code table} to {@code out} as parquet or json (JSON lines), replacing what was there. */
    static void write(Dataset<Row> table, String out, String format) {
        String f = format.toLowerCase(Locale.ROOT);
        if (!f.equals("parquet") && !f.equals("json")) throw new IllegalArgumentException("--out-format is parquet or json, not '" + format + "'");
        table.write().mode(SaveMode.Overwrite).format(f).save(out);
    }

    /** The position of {@code column} in {@code table}, or a clear error listing the columns it has. */
    static int column(Dataset<Row> table, String column, String option) {
        String[] names = table.columns();
        for (int i = 0; i < names.length; i++) if (names[i].equals(column)) return i;
        throw new IllegalArgumentException("--" + option + ": the input has no column '" + column + "' (it has: "
                + String.join(", ", names) + ")");
    }
}
