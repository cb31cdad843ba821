package org.chokepoint.server;

import com.fasterxml.jackson.databind.JsonNode;
import org.chokepoint.model.SourceMeta;
import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static org.chokepoint.server.YenteMatchTest.assertEntityShape;
import static org.chokepoint.server.YenteMatchTest.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** yente's {@code /entities}, {@code /search}, {@code /algorithms} and {@code /catalog} over the bundled lists. */
class YenteEndpointsTest {
    private final ServerFixture f = ServerFixture.shared();

    private JsonNode get(String path) {
        var r = f.get(path, f.screenKey);
        assertEquals(200, r.status(), r.body());
        return r.json();
    }

    private static List<String> ids(JsonNode results) {
        List<String> out = new ArrayList<>();
        for (JsonNode r : results) out.add(r.get("id").asText());
        return out;
    }

    @Test
    void anEntityByItsIdAndAReferentRedirectsToIt() {
        JsonNode e = get("/entities/ofac-sdn:20157");
        assertEntityShape(e);
        assertEquals("ofac-sdn:20157", e.get("id").asText());
        assertEquals("KIM, Jong Un", e.get("caption").asText());
        assertEquals(List.of("us-csl:20157"), texts(e.get("referents")));
        assertEquals(List.of("us_ofac_sdn", "us_trade_csl"), texts(e.get("datasets")));
        assertFalse(e.has("score"));

        // a republication's id answers as yente answers a merged id
        var moved = f.get("/entities/us-csl:20157", f.screenKey);
        assertEquals(308, moved.status(), moved.body());
        assertEquals("/entities/ofac-sdn:20157", moved.raw().headers().firstValue("Location").orElse(null));
        var uk = f.get("/entities/uk-fcdo:DPR0228", f.screenKey);
        assertEquals(308, uk.status());
        assertEquals("/entities/un-sc:KPi.021", uk.raw().headers().firstValue("Location").orElse(null));

        var none = f.get("/entities/ofac-sdn:0", f.screenKey);
        assertEquals(404, none.status());
        assertEquals("No such entity!", none.json().get("detail").asText());
        assertEquals(401, f.get("/entities/ofac-sdn:20157", null).status());

        // an id with a character a path cannot carry (the CSL's CAPTA row us-csl:15268/CAP) has a safe form
        var capta = f.get("/entities/us-csl:15268-CAP", f.screenKey);
        assertEquals(308, capta.status(), capta.body());
        assertEquals("/entities/ofac-cons:15268", capta.raw().headers().firstValue("Location").orElse(null));
        JsonNode kunlun = get("/entities/ofac-cons:15268");
        assertTrue(texts(kunlun.get("referents")).contains("us-csl:15268-CAP"), kunlun.toString());
        assertTrue(texts(kunlun.get("datasets")).containsAll(List.of("us_ofac_cons", "us_trade_csl")), kunlun.toString());

        JsonNode vessel = get("/entities/ofac-sdn:15036");
        assertEquals("Vessel", vessel.get("schema").asText());
        assertEquals(List.of("9187629"), texts(vessel.get("properties").get("imoNumber")));
    }

    @Test
    void searchPagesThroughOneResultPerSubject() {
        JsonNode first = get("/search/default?q=Kim&limit=5");
        JsonNode second = get("/search/default?q=Kim&limit=5&offset=5");
        assertEquals(5, first.get("limit").asInt());
        assertEquals(0, first.get("offset").asInt());
        assertEquals(5, second.get("offset").asInt());
        int total = first.get("total").get("value").asInt();
        assertTrue(total > 10, first.get("total").toString());
        assertEquals(total, second.get("total").get("value").asInt());
        assertEquals(5, first.get("results").size());
        assertEquals(5, second.get("results").size());
        Set<String> seen = new HashSet<>(ids(first.get("results")));
        for (String id : ids(second.get("results"))) assertTrue(seen.add(id), "page 2 repeats " + id);
        for (JsonNode e : first.get("results")) assertEntityShape(e);
        // the whole list, in pages, has no republication of a subject on it
        JsonNode all = get("/search/default?q=Kim&limit=500");
        assertEquals(total, all.get("results").size());
        assertEquals(total, new HashSet<>(ids(all.get("results"))).size());
        assertFalse(ids(all.get("results")).contains("us-csl:20157"));
        assertTrue(ids(all.get("results")).contains("ofac-sdn:20157"));
        // past the end: an empty page, the same total
        JsonNode past = get("/search/default?q=Kim&limit=5&offset=" + total);
        assertEquals(0, past.get("results").size());
        assertEquals(total, past.get("total").get("value").asInt());

        // facets count over every result, not the page
        int facetTotal = 0;
        for (JsonNode v : first.get("facets").get("topics").get("values")) facetTotal += v.get("count").asInt();
        assertTrue(facetTotal >= total, first.get("facets").toString());
        JsonNode kp = first.get("facets").get("countries").get("values").get(0);
        assertEquals("kp", kp.get("name").asText());
        assertEquals("North Korea", kp.get("label").asText());

        // filters: countries, schema, dataset
        JsonNode inCn = get("/search/default?q=Kim&countries=cn&limit=100");
        assertTrue(inCn.get("total").get("value").asInt() < total);
        for (JsonNode e : inCn.get("results")) {
            List<String> c = new ArrayList<>(texts(e.get("properties").get("country")));
            c.addAll(texts(e.get("properties").get("nationality")));
            c.addAll(texts(e.get("properties").get("citizenship")));
            assertTrue(c.contains("cn"), e.toString());
        }
        // "Kim" reaches ships only as a sound-alike ("KUM SONG 5" at 0.55): the filter keeps those and nothing else
        JsonNode vessels = get("/search/default?q=Kim&schema=Vessel&limit=100");
        int vesselTotal = vessels.get("total").get("value").asInt();
        assertTrue(vesselTotal < total, vessels.get("total").toString());
        assertEquals(vesselTotal, vessels.get("results").size());
        for (JsonNode e : vessels.get("results")) assertEquals("Vessel", e.get("schema").asText(), e.toString());
        assertTrue(ids(vessels.get("results")).contains("ofac-sdn:23161"), ids(vessels.get("results")).toString());
        JsonNode un = get("/search/un_sc_sanctions?q=Kim&limit=100");
        for (JsonNode e : un.get("results")) assertTrue(texts(e.get("datasets")).contains("un_sc_sanctions"), e.toString());
        JsonNode viaFacet = get("/search/default?q=Kim&datasets=un_sc_sanctions&limit=100");
        assertEquals(un.get("total").get("value").asInt(), viaFacet.get("total").get("value").asInt());
        int both = get("/search/default?q=Kim&countries=cn&countries=kp&filter_op=AND").get("total").get("value").asInt();
        int either = get("/search/default?q=Kim&countries=cn&countries=kp").get("total").get("value").asInt();
        assertTrue(both < either && both <= inCn.get("total").get("value").asInt(), both + " / " + either);
        // an identifier as the text
        assertEquals("ofac-sdn:15036", get("/search/default?q=IMO%209187629").get("results").get(0).get("id").asText());

        assertEquals(400, f.get("/search/default?q=Kim&schema=Starship", f.screenKey).status());
        assertEquals(404, f.get("/search/no_such_dataset?q=Kim", f.screenKey).status());
        assertEquals(422, f.get("/search/default?q=Kim&limit=501", f.screenKey).status());
    }

    @Test
    void searchWithoutTextListsTheScope() {
        JsonNode dpl = get("/search/us_bis_denied?limit=3");
        int listed = f.engine.snapshot().current().snapshot().source("bis-dpl").map(SourceMeta::entityCount).orElseThrow();
        // every DPL entry is its publisher's own listing, none is merged into another
        assertEquals(listed, dpl.get("total").get("value").asInt());
        assertEquals(3, dpl.get("results").size());
        for (JsonNode e : dpl.get("results")) assertEquals(List.of("us_bis_denied"), texts(e.get("datasets")));
        assertEquals(List.of("export.control", "debarment"), texts(dpl.get("results").get(0).get("properties").get("topics"))
                .stream().sorted((a, b) -> b.compareTo(a)).toList());
    }

    @Test
    void algorithmsListOurScorerAndYentesNamesAsItsAliases() {
        JsonNode a = get("/algorithms");
        assertEquals("chokepoint-v1", a.get("default").asText());
        assertEquals("chokepoint-v1", a.get("best").asText());
        Map<String, JsonNode> byName = new TreeMap<>();
        for (JsonNode x : a.get("algorithms")) byName.put(x.get("name").asText(), x);
        assertTrue(byName.keySet().containsAll(List.of("chokepoint-v1", "logic-v1", "logic-v2", "name-based", "name-qualified", "regression-v1")),
                byName.keySet().toString());
        JsonNode own = byName.get("chokepoint-v1");
        assertTrue(own.get("description").asText().contains(org.chokepoint.match.MatcherVersion.VERSION), own.toString());
        assertTrue(own.get("docs").get("features").has("identifier"));
        assertTrue(own.get("features").get("name").has("coefficient"));
        JsonNode v2 = byName.get("logic-v2");
        assertEquals("chokepoint-v1", v2.get("alias_of").asText());
        assertTrue(v2.get("description").asText().startsWith("Alias of chokepoint-v1"), v2.toString());
    }

    @Test
    void catalogListsOurListsUnderOpenSanctionsNamesAndTheDefaultCollection() {
        // yente clients send their key as "Authorization: ApiKey KEY"
        var r = f.send(HttpRequest.newBuilder(f.uri("/catalog")).GET().timeout(Duration.ofSeconds(30))
                .header("Authorization", "ApiKey " + f.screenKey).build());
        assertEquals(200, r.status(), r.body());
        JsonNode c = r.json();
        Map<String, JsonNode> byName = new TreeMap<>();
        for (JsonNode d : c.get("datasets")) byName.put(d.get("name").asText(), d);
        assertTrue(byName.keySet().containsAll(List.of("us_ofac_sdn", "us_ofac_cons", "us_trade_csl", "us_bis_denied", "un_sc_sanctions",
                "gb_hmt_sanctions", "gb_fcdo_sanctions", "opensanctions", "default")), byName.keySet().toString());
        JsonNode sdn = byName.get("us_ofac_sdn");
        assertEquals("source", sdn.get("type").asText());
        assertEquals(f.engine.snapshot().current().snapshot().source("ofac-sdn").orElseThrow().entityCount(), sdn.get("entity_count").asInt());
        assertEquals("2024-05-03T00:00:00", sdn.get("last_change").asText());
        assertEquals("2024-05-03T00:00:00", sdn.get("updated_at").asText());
        assertTrue(sdn.get("version").asText().startsWith("20240503000000-"), sdn.toString());
        assertTrue(sdn.get("index_current").asBoolean());
        JsonNode all = byName.get("default");
        assertEquals("collection", all.get("type").asText());
        assertEquals(byName.size() - 1, all.get("children").size());
        assertTrue(all.get("entity_count").asInt() < f.engine.snapshot().current().snapshot().size(), "republications are merged");
        assertTrue(texts(c.get("current")).contains("us_ofac_sdn"));
        assertEquals(0, c.get("outdated").size());
        assertFalse(c.get("index_stale").asBoolean());

        // the catalog changes with the snapshot only: a client may revalidate it
        String etag = r.raw().headers().firstValue("ETag").orElseThrow();
        var again = f.send(HttpRequest.newBuilder(f.uri("/catalog")).GET().timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + f.screenKey).header("If-None-Match", etag).build());
        assertEquals(304, again.status());
        assertEquals(401, f.get("/catalog", null).status());
    }
}
