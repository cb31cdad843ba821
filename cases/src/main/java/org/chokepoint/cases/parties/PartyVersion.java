package org.chokepoint.cases.parties;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.chokepoint.app.json.HitJson;
import org.chokepoint.cases.monitor.Digest;
import org.chokepoint.match.ScreeningQuery;
import org.chokepoint.model.Schema;

import java.util.List;
import java.util.Map;

/**
 * One version of a party as stored: a changed name, type, country, birth date or identifier makes a new version;
 * the old ones are kept.
 *
 * @param schema      Person, Organization, Company, Vessel or Aircraft, or null when the user did not say
 * @param attributes  the other columns of the user's file, kept as they came
 * @param contentHash SHA-256 of the screened fields ({@link #hashOf}): the party's side of a decided pair
 */
public record PartyVersion(String partyId, int version, String name, String schema, String country, String birthDate,
                           List<String> identifiers, Map<String, String> attributes, String contentHash, String createdAt) {
    public PartyVersion {
        identifiers = List.copyOf(identifiers);
        attributes = Map.copyOf(attributes);
    }

    /** The query this version is screened as. */
    public ScreeningQuery query() {
        return new ScreeningQuery(name, schema == null ? null : Schema.parse(schema).orElse(null), country, birthDate);
    }

    /** SHA-256 over the fields that screening reads; other columns do not make a new version. */
    public static String hashOf(String name, String schema, String country, String birthDate, List<String> identifiers) {
        return Digest.sha256(name + '\u001f' + nz(schema) + '\u001f' + nz(country) + '\u001f' + nz(birthDate) + '\u001f'
                + identifiersJson(identifiers));
    }

    public static String identifiersJson(List<String> identifiers) {
        try {
            return HitJson.JSON.writeValueAsString(identifiers);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
