package org.chokepoint.cases.parties;

import java.util.List;
import java.util.Map;

/**
 * One version of a party as stored: a changed name, type, country, birth date or identifier makes a new version;
 * the old ones are kept.
 *
 * @param schema      Person, Organization, Company, Vessel or Aircraft, or null when the user did not say
 * @param attributes  the other columns of the user's file, kept as they came
 * @param contentHash SHA-256 of the screened fields (the pair key of dismissals)
 */
public record PartyVersion(String partyId, int version, String name, String schema, String country, String birthDate,
                           List<String> identifiers, Map<String, String> attributes, String contentHash, String createdAt) {
}
