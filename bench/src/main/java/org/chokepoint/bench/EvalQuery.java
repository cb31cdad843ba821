package org.chokepoint.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.chokepoint.match.ScreeningQuery;
import org.chokepoint.model.Schema;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One line of {@code names-dev.jsonl}: a query, its category and the list keys it must find (none for negatives).
 * The sets give no country or birth date; a bench may add them ({@link #withRecord}) as a customer record would.
 */
record EvalQuery(String id, String name, Schema type, String category, List<String> expect, String country, String birthDate) {
    boolean negative() {
        return expect.isEmpty();
    }

    ScreeningQuery query() {
        return new ScreeningQuery(name, type, country, birthDate);
    }

    EvalQuery withRecord(String country, String birthDate) {
        return new EvalQuery(id, name, type, category, expect, country, birthDate);
    }

    static List<EvalQuery> read(Path file) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<EvalQuery> out = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank()) continue;
                JsonNode n = json.readTree(line);
                List<String> expect = new ArrayList<>();
                n.path("expect").forEach(e -> expect.add(e.asText()));
                out.add(new EvalQuery(n.path("id").asText(), n.path("name").asText(),
                        Schema.parse(n.path("type").asText(null)).orElse(null), n.path("category").asText(), expect, null, null));
            }
        }
        return out;
    }
}
