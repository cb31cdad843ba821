package org.chokepoint.spark;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@code --name value} options of a job, checked against the names the job knows, so that a misspelt option
 * fails with its name instead of being ignored. {@code --option key=value} may repeat (options handed to Spark's
 * reader, as for a JDBC table).
 *
 * <pre>{@code
 * JobOptions o = JobOptions.parse(new String[]{"--in", "customers.parquet", "--name-col", "full_name"}, Set.of("in", "name-col"));
 * o.get("name-col", "name");      // "full_name"
 * }</pre>
 */
final class JobOptions {
    private final Map<String, String> values;
    private final List<String> readerOptions;

    private JobOptions(Map<String, String> values, List<String> readerOptions) {
        this.values = values;
        this.readerOptions = readerOptions;
    }

    static JobOptions parse(String[] args, Set<String> known) {
        Map<String, String> values = new LinkedHashMap<>();
        List<String> reader = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (!a.startsWith("--")) throw new IllegalArgumentException("unexpected argument '" + a + "' (options are --name value)");
            String name = a.substring(2);
            if (!known.contains(name) && !name.equals("option")) {
                throw new IllegalArgumentException("unknown option --" + name + " (known: --" + String.join(", --", known.stream().sorted().toList()) + ")");
            }
            if (i + 1 == args.length) throw new IllegalArgumentException("--" + name + " needs a value");
            String value = args[++i];
            if (name.equals("option")) {
                if (value.indexOf('=') <= 0) throw new IllegalArgumentException("--option takes key=value, not '" + value + "'");
                reader.add(value);
            } else if (values.put(name, value) != null) {
                throw new IllegalArgumentException("--" + name + " given twice");
            }
        }
        return new JobOptions(values, reader);
    }

    String get(String name, String fallback) {
        return values.getOrDefault(name, fallback);
    }

    String required(String name) {
        String v = values.get(name);
        if (v == null) throw new IllegalArgumentException("--" + name + " is required");
        return v;
    }

    boolean has(String name) {
        return values.containsKey(name);
    }

    double number(String name, double fallback) {
        String v = values.get(name);
        if (v == null) return fallback;
        try {
            return Double.parseDouble(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + name + " must be a number, not '" + v + "'");
        }
    }

    /** The {@code --option key=value} pairs, in order. */
    Map<String, String> readerOptions() {
        Map<String, String> out = new LinkedHashMap<>();
        for (String kv : readerOptions) out.put(kv.substring(0, kv.indexOf('=')), kv.substring(kv.indexOf('=') + 1));
        return out;
    }
}
