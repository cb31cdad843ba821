package org.chokepoint.server;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** yente-style {@code /match} requests replayed against the real server over the bundled lists. */
class YenteMatchTest {
    static final Pattern ISO_SECONDS = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$");
    private final ServerFixture f = ServerFixture.shared();

    static final String KIM = """
            {"schema": "Person", "properties": {"name": ["Kim Jong Un"], "birthDate": ["1984-01-08"], "nationality": ["North Korea"]}}""";
    static final String KIM_HANGUL = """
            {"schema": "Person", "properties": {"name": "김정은", "birthDate": [1984], "nationality": ["kp"]}}""";
    static final String DANDONG = """
            {"schema": "Company", "properties": {"name": ["Dandong Kehua Economy & Trade Co., Ltd."], "jurisdiction": ["CN"]}}""";
    static final String ARTAVIL_BY_IMO = """
            {"schema": "Vessel", "properties": {"imoNumber": ["IMO 9187629"]}}""";

    JsonNode match(String path, String queries) {
        var r = f.post(path, f.screenKey, "{\"queries\": {" + queries + "}}");
        assertEquals(200, r.status(), r.body());
        return r.json();
    }

    static JsonNode response(JsonNode j, String key) {
        JsonNode r = j.get("responses").get(key);
        assertNotNull(r, j.toString());
        assertEquals(200, r.get("status").asInt());
        return r;
    }

    static List<String> ids(JsonNode response) {
        List<String> out = new ArrayList<>();
        for (JsonNode r : response.get("results")) out.add(r.get("id").asText());
        return out;
    }

    static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        if (array != null) for (JsonNode v : array) out.add(v.asText());
        return out;
    }

    /** The shape yente's tests pin for every entity of a response. */
    static void assertEntityShape(JsonNode e) {
        for (String k : List.of("id", "caption", "schema", "properties", "datasets", "referents", "target", "first_seen", "last_seen", "last_change")) {
            assertTrue(e.has(k), k + " missing in " + e);
        }
        assertFalse(e.get("id").asText().isEmpty());
        assertFalse(e.get("caption").asText().isEmpty());
        assertTrue(Set.of("Person", "Organization", "Company", "Vessel", "Airplane").contains(e.get("schema").asText()), e.toString());
        e.get("properties").fields().forEachRemaining(p -> {
            assertTrue(p.getValue().isArray(), p.getKey());
            p.getValue().forEach(v -> assertTrue(v.isTextual(), p.getKey() + ": " + v));
        });
        assertTrue(e.get("datasets").isArray() && e.get("datasets").size() > 0, e.toString());
        assertTrue(e.get("referents").isArray());
        assertTrue(e.get("target").isBoolean());
        for (String k : List.of("first_seen", "last_seen", "last_change")) {
            assertTrue(ISO_SECONDS.matcher(e.get(k).asText()).matches(), k + ": " + e.get(k));
        }
    }

    @Test
    void personByNameBirthDateAndNationalityIsTheSdnEntryWithItsCslRowMerged() {
        JsonNode j = match("/match/default", "\"kim\": " + KIM);
        assertEquals(5, j.get("limit").asInt());
        JsonNode r = response(j, "kim");
        JsonNode top = r.get("results").get(0);
        assertEntityShape(top);
        assertEquals("ofac-sdn:20157", top.get("id").asText());
        assertEquals("KIM, Jong Un", top.get("caption").asText());
        assertEquals("Person", top.get("schema").asText());
        JsonNode p = top.get("properties");
        assertEquals(List.of("KIM, Jong Un"), texts(p.get("name")));
        assertEquals(List.of("1984-01-08"), texts(p.get("birthDate")));
        assertEquals(List.of("kp"), texts(p.get("country")));
        assertEquals(List.of("DPRK3"), texts(p.get("programId")));
        assertEquals(List.of("sanction"), texts(p.get("topics")));
        assertEquals(List.of("us_ofac_sdn", "us_trade_csl"), texts(top.get("datasets")));
        assertEquals(List.of("us-csl:20157"), texts(top.get("referents")));
        assertTrue(top.get("target").asBoolean());
        // the CSL release (2022-05-16) is the earliest list date, the SDN file (2024-05-03) the latest
        assertEquals("2022-05-16T00:00:00", top.get("first_seen").asText());
        assertEquals("2024-05-03T00:00:00", top.get("last_change").asText());
        assertEquals(1.0, top.get("score").asDouble(), 1e-9);
        assertTrue(top.get("match").asBoolean());
        JsonNode ex = top.get("explanations");
        assertEquals(1.0, ex.get("name").get("score").asDouble(), 1e-9);
        assertEquals("Kim Jong Un", ex.get("name").get("query").asText());
        assertEquals("KIM, Jong Un", ex.get("name").get("candidate").asText());
        assertTrue(ex.get("name").get("detail").asText().contains("kim=kim exact"), ex.toString());
        assertEquals(0.05, ex.get("birthDate").get("score").asDouble(), 1e-9);
        assertEquals("1984-01-08", ex.get("birthDate").get("candidate").asText());
        assertEquals(0.03, ex.get("country").get("score").asDouble(), 1e-9);
        assertEquals("kp", ex.get("country").get("query").asText());
        // one result per subject: the CSL row is not a result of its own
        assertFalse(ids(r).contains("us-csl:20157"), ids(r).toString());
        // at or above 0.85: this one and the UK listing of KIM Tong Un (0.93), merged with its FCDO republication
        assertEquals(2, r.get("total").get("value").asInt(), r.toString());
        assertEquals("eq", r.get("total").get("relation").asText());
        JsonNode second = r.get("results").get(1);
        assertEquals("uk-hmt:11032", second.get("id").asText());
        assertEquals(List.of("uk-fcdo:DPR0025"), texts(second.get("referents")));
        assertEquals(List.of("gb_hmt_sanctions", "gb_fcdo_sanctions"), texts(second.get("datasets")));
        // the query as read: the nationality resolved to its code
        JsonNode q = r.get("query");
        assertEquals("Person", q.get("schema").asText());
        assertEquals(List.of("kp"), texts(q.get("properties").get("nationality")));
        assertEquals(List.of("Kim Jong Un"), texts(q.get("properties").get("name")));
        for (JsonNode e : r.get("results")) {
            assertEntityShape(e);
            assertEquals(e.get("score").asDouble() >= 0.85, e.get("match").asBoolean(), e.get("id").asText());
        }
    }

    @Test
    void theSamePersonInHangulFindsTheSameSubject() {
        JsonNode r = response(match("/match/default", "\"k\": " + KIM_HANGUL), "k");
        JsonNode top = r.get("results").get(0);
        assertEquals("ofac-sdn:20157", top.get("id").asText());
        assertEquals(1.0, top.get("score").asDouble(), 1e-9);
        assertEquals("김정은", top.get("explanations").get("name").get("query").asText());
        assertEquals(List.of("us_ofac_sdn", "us_trade_csl"), texts(top.get("datasets")));
        // a number is read as text, as yente does
        assertEquals(List.of("1984"), texts(r.get("query").get("properties").get("birthDate")));
    }

    @Test
    void companyByNameAndJurisdiction() {
        JsonNode r = response(match("/match/default", "\"c\": " + DANDONG), "c");
        JsonNode top = r.get("results").get(0);
        assertEntityShape(top);
        assertEquals("ofac-sdn:23175", top.get("id").asText());
        assertEquals("DANDONG KEHUA ECONOMY & TRADE CO., LTD.", top.get("caption").asText());
        assertEquals("Organization", top.get("schema").asText());
        assertEquals(List.of("DANDONG KEHUA ECONOMIC AND TRADE CO. LTD."), texts(top.get("properties").get("alias")));
        assertEquals(List.of("us-csl:23175"), texts(top.get("referents")));
        assertEquals(1.0, top.get("score").asDouble(), 1e-9);
        assertEquals(0.03, top.get("explanations").get("country").get("score").asDouble(), 1e-9);
        assertEquals(List.of("cn"), texts(r.get("query").get("properties").get("jurisdiction")));
        assertEquals(1, r.get("total").get("value").asInt(), r.toString());
        // the other Dandong traders score between the cutoff and the threshold: shown, not matches
        for (int i = 1; i < r.get("results").size(); i++) {
            JsonNode e = r.get("results").get(i);
            assertTrue(e.get("score").asDouble() >= 0.5 && e.get("score").asDouble() < 0.85, e.toString());
            assertFalse(e.get("match").asBoolean());
        }
    }

    @Test
    void vesselByImoNumberAlone() {
        JsonNode r = response(match("/match/default", "\"v\": " + ARTAVIL_BY_IMO), "v");
        assertEquals(1, r.get("results").size(), r.toString());
        JsonNode top = r.get("results").get(0);
        assertEntityShape(top);
        assertEquals("ofac-sdn:15036", top.get("id").asText());
        assertEquals("ARTAVIL", top.get("caption").asText());
        assertEquals("Vessel", top.get("schema").asText());
        assertEquals(List.of("9187629"), texts(top.get("properties").get("imoNumber")));
        assertEquals(List.of("ir"), texts(top.get("properties").get("flag")));
        assertEquals(List.of("us-csl:15036"), texts(top.get("referents")));
        assertEquals(0.95, top.get("score").asDouble(), 1e-9);
        assertTrue(top.get("match").asBoolean());
        JsonNode id = top.get("explanations").get("identifier");
        assertEquals("IMO 9187629", id.get("query").asText());
        assertEquals("9187629", id.get("candidate").asText());
        assertEquals(0.95, id.get("score").asDouble(), 1e-9);
        assertEquals(1, r.get("total").get("value").asInt());

        // written without the prefix and with the vessel's name: the name corroborates
        JsonNode named = response(match("/match/default", """
                "v": {"schema": "Vessel", "properties": {"name": ["Artavil"], "imoNumber": ["9187629"]}}"""), "v");
        assertEquals("ofac-sdn:15036", named.get("results").get(0).get("id").asText());
        assertEquals(1.0, named.get("results").get(0).get("score").asDouble(), 1e-9);
        assertEquals(0.99, named.get("results").get(0).get("explanations").get("identifier").get("score").asDouble(), 1e-9);
    }

    @Test
    void anIdentifierIsNearDecisiveButAContradictingBirthDateLowersIt() {
        // AL GHABRA's passport: on the SDN entry, and on the UN entry ("British number 094629366") with its UK listings
        String q = """
                "p": {"schema": "Person", "properties": {"passportNumber": ["094629366"]}}""";
        JsonNode r = response(match("/match/default?limit=10", q), "p");
        assertEquals(List.of("ofac-sdn:10114", "un-sc:QDi.228"), ids(r));
        for (JsonNode e : r.get("results")) assertEquals(0.95, e.get("score").asDouble(), 1e-9, e.toString());
        assertEquals(2, r.get("total").get("value").asInt());
        assertEquals(List.of("uk-fcdo:AQD0245", "uk-hmt:8983"), texts(r.get("results").get(1).get("referents")));

        JsonNode agrees = response(match("/match/default", q.replace("\"passportNumber\"", "\"birthDate\": [\"1980-06-01\"], \"passportNumber\"")), "p");
        assertEquals(0.95, agrees.get("results").get(0).get("score").asDouble(), 1e-9);

        JsonNode conflicts = response(match("/match/default", q.replace("\"passportNumber\"", "\"birthDate\": [\"1975\"], \"passportNumber\"")), "p");
        JsonNode sdn = conflicts.get("results").get(0);
        assertEquals("ofac-sdn:10114", sdn.get("id").asText());
        assertEquals(0.80, sdn.get("score").asDouble(), 1e-9);
        assertFalse(sdn.get("match").asBoolean());
        assertEquals(-0.15, sdn.get("explanations").get("birthDate").get("score").asDouble(), 1e-9);
        assertEquals(0, conflicts.get("total").get("value").asInt());

        // the same number sent as another kind of identifier counts a little less
        JsonNode otherKind = response(match("/match/default", """
                "p": {"schema": "Person", "properties": {"idNumber": ["094629366"]}}"""), "p");
        assertEquals(0.90, otherKind.get("results").get(0).get("score").asDouble(), 1e-9);
    }

    @Test
    void companiesAndBanksByRegistrationTaxAndSwiftNumbers() {
        // OFAC's Registration Number of TRANSKAPITALBANK; the UK writes it "OGRN: 1027739186970" in its registration cell
        JsonNode reg = response(match("/match/default", """
                "c": {"schema": "Company", "properties": {"registrationNumber": ["1027739186970"]}}"""), "c");
        assertEquals("ofac-sdn:34675", reg.get("results").get(0).get("id").asText(), reg.toString());
        assertEquals(0.95, reg.get("results").get(0).get("score").asDouble(), 1e-9);
        assertEquals("1027739186970", reg.get("results").get(0).get("explanations").get("identifier").get("candidate").asText());
        assertTrue(reg.get("results").toString().contains("uk-fcdo:RUS3459"), reg.toString());
        // a tax number (INN) sent as taxNumber or innCode: OFAC's Tax ID No. is the same kind
        for (String property : List.of("taxNumber", "innCode")) {
            JsonNode tax = response(match("/match/default", "\"c\": {\"schema\": \"Organization\", \"properties\": {\""
                    + property + "\": [\"4824096058\"]}}"), "c");
            JsonNode sdn = null;
            for (JsonNode e : tax.get("results")) if (e.get("id").asText().equals("ofac-sdn:48434")) sdn = e;
            assertNotNull(sdn, property + ": " + tax);
            assertEquals(0.95, sdn.get("score").asDouble(), 1e-9);
            assertTrue(sdn.get("match").asBoolean());
        }
        JsonNode swift = response(match("/match/default", """
                "b": {"schema": "Company", "properties": {"name": ["Onerbank"], "swiftBic": ["HNRB BY 2X"]}}"""), "b");
        JsonNode bank = swift.get("results").get(0);
        assertEquals("ofac-sdn:12028", bank.get("id").asText(), swift.toString());
        assertTrue(bank.get("explanations").get("identifier").get("detail").asText()
                .startsWith("swiftBic HNRB BY 2X equals the listing's SWIFT/BIC HNRBBY2X (ofac-sdn:12028)"), bank.toString());
    }

    @Test
    void aBatchOfThreeAnswersEachQueryUnderItsKey() {
        var raw = f.post("/match/default", f.screenKey, "{\"queries\": {\"a\": " + KIM + ", \"b\": " + DANDONG + ", \"c\": "
                + ARTAVIL_BY_IMO + "}, \"weights\": {}, \"config\": {}}");
        assertEquals(200, raw.status(), raw.body());
        assertEquals("3", raw.raw().headers().firstValue("x-batch-size").orElse(null));
        JsonNode j = raw.json();
        assertEquals(3, j.get("responses").size());
        assertEquals("ofac-sdn:20157", response(j, "a").get("results").get(0).get("id").asText());
        assertEquals("ofac-sdn:23175", response(j, "b").get("results").get(0).get("id").asText());
        assertEquals("ofac-sdn:15036", response(j, "c").get("results").get(0).get("id").asText());
    }

    @Test
    void theExamplesIdIsEchoed() {
        JsonNode r = response(match("/match/default", """
                "q": {"id": "customer-42", "schema": "person", "properties": {"name": ["Kim Jong Un"], "country": "Russia", "shoeSize": ["44"]}}"""), "q");
        assertEquals("customer-42", r.get("query").get("id").asText());
        assertEquals("Person", r.get("query").get("schema").asText());
        assertEquals(List.of("ru"), texts(r.get("query").get("properties").get("country")));
        assertEquals(List.of("44"), texts(r.get("query").get("properties").get("shoeSize")));
        assertEquals("ofac-sdn:20157", r.get("results").get(0).get("id").asText());
    }

    @Test
    void errorsAnswerAsYenteDoes() {
        // no schema: 422, as FastAPI's validation answers
        var noSchema = f.post("/match/default", f.screenKey, "{\"queries\": {\"fail\": {\"properties\": {\"name\": \"Banana\"}}}}");
        assertEquals(422, noSchema.status(), noSchema.body());
        assertTrue(noSchema.json().get("detail").asText().contains("schema"), noSchema.body());
        var noQueries = f.post("/match/default", f.screenKey, "{}");
        assertEquals(422, noQueries.status(), noQueries.body());
        var badLimit = f.post("/match/default?limit=501", f.screenKey, "{\"queries\": {\"a\": " + KIM + "}}");
        assertEquals(422, badLimit.status(), badLimit.body());

        // an unknown schema in one query of a batch fails the batch
        var badSchema = f.post("/match/default", f.screenKey, "{\"queries\": {\"fail\": {\"schema\": \"xxx\", \"properties\": {\"name\": \"Banana\"}}, "
                + "\"ok1\": " + KIM + "}}");
        assertEquals(400, badSchema.status(), badSchema.body());
        assertTrue(badSchema.json().get("detail").asText().contains("Unknown schema: 'xxx'"), badSchema.body());

        var badAlgorithm = f.post("/match/default?algorithm=neural-net", f.screenKey, "{\"queries\": {\"a\": " + KIM + "}}");
        assertEquals(400, badAlgorithm.status(), badAlgorithm.body());
        assertEquals("Invalid algorithm: neural-net", badAlgorithm.json().get("detail").asText());

        StringBuilder many = new StringBuilder("{\"queries\": {");
        for (int i = 0; i <= 100; i++) many.append(i == 0 ? "" : ", ").append("\"q").append(i).append("\": ").append(KIM);
        var tooMany = f.post("/match/default", f.screenKey, many.append("}}").toString());
        assertEquals(400, tooMany.status(), tooMany.body());
        assertEquals("Too many queries in one batch (limit: 100)", tooMany.json().get("detail").asText());

        var noDataset = f.post("/match/zz_no_such_list", f.screenKey, "{\"queries\": {\"a\": " + KIM + "}}");
        assertEquals(404, noDataset.status(), noDataset.body());
        assertEquals("No such dataset.", noDataset.json().get("detail").asText());

        var noKey = f.post("/match/default", null, "{\"queries\": {\"a\": " + KIM + "}}");
        assertEquals(401, noKey.status(), noKey.body());
        assertTrue(noKey.json().get("detail").asText().contains("API key"), noKey.body());
        assertEquals(401, f.get("/algorithms", null).status());
        assertEquals(401, f.get("/search/default?q=kim", "not-a-key").status());

        var empty = f.post("/match/default", f.screenKey, "{\"queries\": {}}");
        assertEquals(400, empty.status(), empty.body());
        assertEquals("No queries provided.", empty.json().get("detail").asText());
    }

    @Test
    void limitThresholdAndCutoff() {
        // total counts the results at or above the threshold; limit cuts the list, not the count
        JsonNode one = response(match("/match/default?limit=1", "\"k\": " + KIM), "k");
        assertEquals(1, one.get("results").size());
        assertEquals(2, one.get("total").get("value").asInt());
        assertEquals(1, match("/match/default?limit=1", "\"k\": " + KIM).get("limit").asInt());

        // a higher threshold: only the exact match is one, the rest are still returned above the cutoff
        JsonNode strict = response(match("/match/default?threshold=0.99&limit=20", "\"k\": " + KIM), "k");
        assertEquals(1, strict.get("total").get("value").asInt());
        assertTrue(strict.get("results").size() > 2, strict.toString());
        for (JsonNode e : strict.get("results")) {
            assertTrue(e.get("score").asDouble() >= 0.5, e.toString());
            assertEquals(e.get("score").asDouble() >= 0.99, e.get("match").asBoolean());
        }

        // a higher cutoff returns fewer; the cutoff never rises above the threshold
        JsonNode cut = response(match("/match/default?cutoff=0.8&limit=20", "\"k\": " + KIM), "k");
        assertEquals(2, cut.get("results").size(), cut.toString());
        JsonNode capped = response(match("/match/default?cutoff=0.99&threshold=0.9&limit=20", "\"k\": " + KIM), "k");
        assertEquals(2, capped.get("results").size(), capped.toString());

        // a lower cutoff returns more than the default one
        JsonNode loose = response(match("/match/default?cutoff=0.3&limit=50", "\"k\": " + KIM), "k");
        JsonNode dflt = response(match("/match/default?limit=50", "\"k\": " + KIM), "k");
        assertTrue(loose.get("results").size() > dflt.get("results").size(), loose.get("results").size() + " vs " + dflt.get("results").size());
        assertEquals(dflt.get("total").get("value").asInt(), loose.get("total").get("value").asInt());
    }

    @Test
    void datasetScopeAndFilters() {
        // the path's dataset: a subject passes when one of its datasets is in scope
        assertEquals("ofac-sdn:20157", response(match("/match/us_trade_csl", "\"k\": " + KIM), "k").get("results").get(0).get("id").asText());
        List<String> uk = ids(response(match("/match/gb_hmt_sanctions?limit=20", "\"k\": " + KIM), "k"));
        assertFalse(uk.contains("ofac-sdn:20157"), uk.toString());
        assertEquals("uk-hmt:11032", uk.get(0));

        assertEquals("ofac-sdn:20157", response(match("/match/default?include_dataset=us_trade_csl", "\"k\": " + KIM), "k")
                .get("results").get(0).get("id").asText());
        // excluding the CSL keeps the SDN subject the CSL republishes; excluding both removes it
        assertEquals("ofac-sdn:20157", response(match("/match/default?exclude_dataset=us_trade_csl", "\"k\": " + KIM), "k")
                .get("results").get(0).get("id").asText());
        List<String> neither = ids(response(match("/match/default?exclude_dataset=us_trade_csl&exclude_dataset=us_ofac_sdn&limit=20",
                "\"k\": " + KIM), "k"));
        assertFalse(neither.contains("ofac-sdn:20157"), neither.toString());
        assertEquals("uk-hmt:11032", neither.get(0));
        List<String> included = ids(response(match("/match/default?include_dataset=gb_fcdo_sanctions&include_dataset=un_sc_sanctions&limit=20",
                "\"k\": " + KIM), "k"));
        assertEquals("uk-hmt:11032", included.get(0));
        assertFalse(included.contains("ofac-sdn:20157"));

        assertEquals(0, response(match("/match/default?exclude_schema=Person", "\"k\": " + KIM), "k").get("results").size());
        assertEquals("ofac-sdn:15036", response(match("/match/default?exclude_schema=Person", "\"v\": " + ARTAVIL_BY_IMO), "v")
                .get("results").get(0).get("id").asText());

        // topics: our lists are sanctions and export controls
        assertEquals("ofac-sdn:20157", response(match("/match/default?topics=sanction", "\"k\": " + KIM), "k").get("results").get(0).get("id").asText());
        JsonNode export = response(match("/match/default?topics=export.control&topics=crime.cyber&limit=20", "\"k\": " + KIM), "k");
        assertFalse(ids(export).contains("ofac-sdn:20157"), ids(export).toString());
        assertTrue(export.get("results").size() > 0, "the Denied Persons List has persons named KIM");
        for (JsonNode e : export.get("results")) {
            assertTrue(texts(e.get("properties").get("topics")).contains("export.control"), e.toString());
        }

        // changed_since: the SDN file of 2024-05-03 is older, the UK lists (2025, 2026) are newer
        List<String> recent = ids(response(match("/match/default?changed_since=2025-01-01&limit=20", "\"k\": " + KIM), "k"));
        assertFalse(recent.contains("ofac-sdn:20157"), recent.toString());
        assertTrue(recent.contains("uk-hmt:11032"), recent.toString());
        assertTrue(ids(response(match("/match/default?changed_since=2024-05-02T23", "\"k\": " + KIM), "k")).contains("ofac-sdn:20157"));
        assertFalse(ids(response(match("/match/default?changed_since=2024-05-03", "\"k\": " + KIM), "k")).contains("ofac-sdn:20157"));
        assertEquals(422, f.post("/match/default?changed_since=yesterday", f.screenKey, "{\"queries\": {\"k\": " + KIM + "}}").status());

        // exclude_entity_ids: the canonical id or any referent excludes the subject
        assertFalse(ids(response(match("/match/default?exclude_entity_ids=ofac-sdn:20157", "\"k\": " + KIM), "k")).contains("ofac-sdn:20157"));
        assertFalse(ids(response(match("/match/default?exclude_entity_ids=us-csl:20157", "\"k\": " + KIM), "k")).contains("ofac-sdn:20157"));
    }

    @Test
    void yenteAlgorithmNamesAreAliasesOfOurScorer() {
        double own = response(match("/match/default?algorithm=chokepoint-v1", "\"k\": " + DANDONG), "k").get("results").get(1).get("score").asDouble();
        for (String alias : List.of("logic-v2", "logic-v1", "name-based", "name-qualified", "regression-v1", "best", "LOGIC-V2")) {
            JsonNode r = response(match("/match/default?algorithm=" + alias, "\"k\": " + DANDONG), "k");
            assertEquals(own, r.get("results").get(1).get("score").asDouble(), 1e-9, alias);
        }
    }
}
