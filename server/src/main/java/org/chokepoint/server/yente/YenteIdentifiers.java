package org.chokepoint.server.yente;

import org.chokepoint.identity.IdentifierKind;
import org.chokepoint.identity.IdentifierValues;
import org.chokepoint.model.Identifier;
import org.chokepoint.model.Schema;

import java.util.Locale;
import java.util.Map;

/**
 * Under which FollowTheMoney property an identifier is shown, and which query properties carry identifiers. What
 * kind a publisher's label is and how values are compared are the core's ({@link IdentifierKind},
 * {@link IdentifierValues}), shared with {@code screen --id} and the derived links between lists.
 *
 * <pre>{@code
 * YenteIdentifiers.property(new Identifier("Tax ID No.", "7725039953", "RU", null), Schema.COMPANY) // "taxNumber"
 * YenteIdentifiers.QUERY_PROPERTIES.get("imoNumber")                                               // IMO
 * }</pre>
 */
public final class YenteIdentifiers {
    /** Query properties that carry identifiers, and their kind. */
    static final Map<String, IdentifierKind> QUERY_PROPERTIES = Map.ofEntries(
            Map.entry("imoNumber", IdentifierKind.IMO), Map.entry("mmsi", IdentifierKind.MMSI), Map.entry("callSign", IdentifierKind.CALL_SIGN),
            Map.entry("passportNumber", IdentifierKind.PASSPORT), Map.entry("idNumber", IdentifierKind.ID), Map.entry("socialSecurityNumber", IdentifierKind.ID),
            Map.entry("taxNumber", IdentifierKind.TAX), Map.entry("vatCode", IdentifierKind.TAX), Map.entry("innCode", IdentifierKind.TAX),
            Map.entry("registrationNumber", IdentifierKind.REGISTRATION), Map.entry("ogrnCode", IdentifierKind.REGISTRATION),
            Map.entry("okpoCode", IdentifierKind.REGISTRATION), Map.entry("bikCode", IdentifierKind.REGISTRATION), Map.entry("uscCode", IdentifierKind.REGISTRATION),
            Map.entry("leiCode", IdentifierKind.LEI), Map.entry("dunsCode", IdentifierKind.DUNS), Map.entry("swiftBic", IdentifierKind.SWIFT),
            Map.entry("serialNumber", IdentifierKind.SERIAL), Map.entry("icaoCode", IdentifierKind.REGISTRATION));

    private YenteIdentifiers() {
    }

    /** The FollowTheMoney property an identifier of this kind is shown under, or null when it is not shown. */
    public static String property(Identifier id, Schema schema) {
        String t = id.type() == null ? "" : id.type().toLowerCase(Locale.ROOT);
        return switch (IdentifierKind.of(id.type())) {
            case IMO -> "imoNumber";
            case MMSI -> "mmsi";
            case CALL_SIGN -> "callSign";
            case PASSPORT -> "passportNumber";
            case ID -> "idNumber";
            case TAX -> "taxNumber";
            case LEI -> "leiCode";
            case DUNS -> "dunsCode";
            case SWIFT -> "swiftBic";
            case SERIAL -> "serialNumber";
            case REGISTRATION -> t.contains("isin") ? "isinCode" : "registrationNumber";
            case GENERIC -> schema == Schema.PERSON ? "idNumber" : "registrationNumber";
            case CONTACT -> t.contains("email") ? "email" : t.contains("website") ? "website" : "phone";
            case REFERENCE -> t.contains("dataid") ? "unscId" : null;
            case CRYPTO -> null;
        };
    }
}
