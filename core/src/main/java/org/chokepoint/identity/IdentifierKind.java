package org.chokepoint.identity;

import java.util.Locale;

/**
 * What kind of number a published identifier is, read from the publisher's label.
 *
 * <pre>{@code
 * IdentifierKind.of("Passport")             // PASSPORT
 * IdentifierKind.of("Tax ID No.")           // TAX
 * IdentifierKind.of("Business Registration No") // REGISTRATION
 * IdentifierKind.of("UN DATAID")            // REFERENCE (never matched)
 * }</pre>
 *
 * {@code GENERIC} is a number whose kind the publisher does not say (the OpenSanctions targets' {@code identifiers}
 * column); it agrees with a number of any kind. {@code REFERENCE} (a list's own reference to its entry: UN DATAID,
 * OFSI Group ID, UK Sanctions List Ref), {@code CONTACT} and {@code CRYPTO} are never looked up.
 */
public enum IdentifierKind {
    IMO(true), MMSI(true), PASSPORT(true), ID(true), TAX(true), REGISTRATION(true), LEI(true), DUNS(true), SWIFT(true),
    SERIAL(true), CALL_SIGN(true), GENERIC(true), REFERENCE(false), CONTACT(false), CRYPTO(false);

    private final boolean matched;

    IdentifierKind(boolean matched) {
        this.matched = matched;
    }

    /** Whether numbers of this kind are indexed and looked up. */
    public boolean matched() {
        return matched;
    }

    /**
     * Whether a number of this kind names one subject the world over: an IMO number, a registration, tax, LEI,
     * D-U-N-S or SWIFT code, an identity number. Not a call sign or an MMSI (reassigned when a ship changes flag), nor
     * an aircraft serial (one per type of aircraft), nor a number of unstated kind.
     */
    public boolean identifiesSubject() {
        return switch (this) {
            case IMO, PASSPORT, ID, TAX, REGISTRATION, LEI, DUNS, SWIFT -> true;
            default -> false;
        };
    }

    /** Whether a query number of this kind and a listed number of that kind may be the same number. */
    public boolean agreesWith(IdentifierKind listed) {
        return this == listed || listed == GENERIC || this == GENERIC;
    }

    /** The kind of a publisher's identifier label. */
    public static IdentifierKind of(String label) {
        String t = label == null ? "" : label.toLowerCase(Locale.ROOT).strip();
        if (t.equals("imo")) return IMO;
        if (t.equals("mmsi")) return MMSI;
        if (t.contains("call sign")) return CALL_SIGN;
        if (t.equals("identifier")) return GENERIC;
        if (t.contains("dataid") || t.contains("ofsi group") || t.contains("sanctions list ref")) return REFERENCE;
        if (t.contains("digital currency")) return CRYPTO;
        if (t.contains("email") || t.contains("website") || t.contains("phone") || t.contains("fax")) return CONTACT;
        if (t.contains("passport") || t.contains("passeport") || t.contains("pasaporte") || t.contains("travel document")
                || t.contains("seafarer")) return PASSPORT;
        if (t.contains("swift")) return SWIFT;
        if (t.contains("d-u-n-s") || t.contains("duns")) return DUNS;
        if (t.equals("legal entity number")) return LEI;
        if (t.equals("msn") || t.contains("serial")) return SERIAL;
        if (t.contains("tax") || t.contains("v.a.t") || t.contains("vat ") || t.equals("vat") || t.contains("fiscal")
                || t.startsWith("r.f.c") || t.startsWith("rfc") || t.startsWith("nit") || t.startsWith("ruc") || t.startsWith("rif")
                || t.startsWith("c.u.i.t") || t.startsWith("c.i.f") || t.contains("nuit") || t.contains("fein") || t.equals("rtn")
                || t.equals("inn")) return TAX;
        if (t.contains("registr") || t.contains("company number") || t.contains("chamber of comm") || t.contains("social credit")
                || t.contains("uscc") || t.contains("mercantil") || t.startsWith("c.r.") || t.contains("trade license")
                || t.contains("business") || t.contains("enterprise number") || t.contains("incorporation") || t.contains("gazette")
                || t.startsWith("bik") || t.contains("economic register") || t.contains("branch unit") || t.contains("charity")
                || t.contains("licen") || t.contains("permit") || t.contains("file number") || t.contains("tail number")
                || t.contains("isin") || t.contains("equity ticker") || t.contains("micex") || t.contains("le number")
                || t.contains("rsin") || t.contains("locode") || t.contains("transponder")) return REGISTRATION;
        return ID;
    }
}
