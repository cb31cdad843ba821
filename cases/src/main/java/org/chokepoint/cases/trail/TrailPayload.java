package org.chokepoint.cases.trail;

/**
 * A flat JSON object for a trail record, written without a JSON library: a command-line run that records one
 * screening would otherwise load Jackson's object mapper (a quarter of a second) for a dozen fields.
 *
 * <pre>{@code
 * TrailPayload.object().put("file", "names.csv").put("records", 6).put("out", null).toJson()
 *   // {"file":"names.csv","records":6,"out":null}
 * }</pre>
 */
public final class TrailPayload {
    private final StringBuilder json = new StringBuilder(128).append('{');

    private TrailPayload() {
    }

    public static TrailPayload object() {
        return new TrailPayload();
    }

    public TrailPayload put(String name, String value) {
        key(name);
        if (value == null) json.append("null");
        else quote(value);
        return this;
    }

    public TrailPayload put(String name, long value) {
        key(name);
        json.append(value);
        return this;
    }

    public TrailPayload put(String name, double value) {
        key(name);
        if (Double.isFinite(value)) json.append(value);
        else json.append("null");
        return this;
    }

    /** A nested object. */
    public TrailPayload put(String name, TrailPayload value) {
        key(name);
        json.append(value.toJson());
        return this;
    }

    public String toJson() {
        return json + "}";
    }

    private void key(String name) {
        if (json.length() > 1) json.append(',');
        quote(name);
        json.append(':');
    }

    private void quote(String s) {
        json.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                default -> {
                    if (c < 0x20) json.append(String.format("\\u%04x", (int) c));
                    else json.append(c);
                }
            }
        }
        json.append('"');
    }
}
