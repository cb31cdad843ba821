package org.chokepoint.sources.opensanctions;

import org.chokepoint.model.Schema;

import java.util.Optional;

/** FollowTheMoney schema names of sanctionable things, to the common {@link Schema}. */
final class OpenSanctionsSchemas {
    private OpenSanctionsSchemas() {
    }

    /** Empty for FtM schemas that are not list targets (Sanction, Address, Ownership, Directorship, ...). */
    static Optional<Schema> of(String ftm) {
        if (ftm == null) return Optional.empty();
        return switch (ftm) {
            case "Person" -> Optional.of(Schema.PERSON);
            case "Company" -> Optional.of(Schema.COMPANY);
            case "LegalEntity", "Organization", "PublicBody" -> Optional.of(Schema.ORGANIZATION);
            case "Vessel" -> Optional.of(Schema.VESSEL);
            case "Airplane" -> Optional.of(Schema.AIRCRAFT);
            default -> Optional.empty();
        };
    }
}
