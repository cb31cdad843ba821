package org.chokepoint.server.yente;

import org.chokepoint.model.Identifier;
import org.chokepoint.model.Schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What kind of number a published identifier is, under which FollowTheMoney property it is shown, and how values
 * are normalised for the identifier index.
 *
 * <pre>{@code
 * YenteIdentifiers.kind("Passport")                  // PASSPORT → passportNumber
 * YenteIdentifiers.kind("Tax ID No.")                // TAX → taxNumber
 * YenteIdentifiers.normalize("IMO 9187629", Kind.IMO) // "9187629"
 * YenteIdentifiers.normalize("ab-12 34/5", Kind.ID)   // "AB12345"
 * }</pre>
 */
public final class YenteIdentifiers {
    /** Normalised values shorter than this are not indexed or looked up: too many lists share them by chance. */
    static final int MIN_LENGTH = 5;

    /**
     * Kinds of identifiers. {@code GENERIC} is a number whose kind the publisher does not say (the OpenSanctions
     * targets' {@code identifiers} column); it agrees with a query number of any kind. {@code REFERENCE} (a list's
     * own reference to its entry: UN DATAID, OFSI Group ID, UK Sanctions List Ref), {@code CONTACT} and
     * {@code CRYPTO} are never matched.
     */
    public enum Kind {
        IMO(true), MMSI(true), PASSPORT(true), ID(true), TAX(true), REGISTRATION(true), LEI(true), DUNS(true), SWIFT(true),
        SERIAL(true), CALL_SIGN(true), GENERIC(true), REFERENCE(false), CONTACT(false), CRYPTO(false);

        final boolean matched;

        Kind(boolean matched) {
            this.matched = matched;
        }
    }

    /** Query properties that carry identifiers, and their kind. */
    static final Map<String, Kind> QUERY_PROPERTIES = Map.ofEntries(
            Map.entry("imoNumber", Kind.IMO), Map.entry("mmsi", Kind.MMSI), Map.entry("callSign", Kind.CALL_SIGN),
            Map.entry("passportNumber", Kind.PASSPORT), Map.entry("idNumber", Kind.ID), Map.entry("socialSecurityNumber", Kind.ID),
            Map.entry("taxNumber", Kind.TAX), Map.entry("vatCode", Kind.TAX), Map.entry("innCode", Kind.TAX),
            Map.entry("registrationNumber", Kind.REGISTRATION), Map.entry("ogrnCode", Kind.REGISTRATION),
            Map.entry("okpoCode", Kind.REGISTRATION), Map.entry("bikCode", Kind.REGISTRATION), Map.entry("uscCode", Kind.REGISTRATION),
            Map.entry("leiCode", Kind.LEI), Map.entry("dunsCode", Kind.DUNS), Map.entry("swiftBic", Kind.SWIFT),
            Map.entry("serialNumber", Kind.SERIAL), Map.entry("icaoCode", Kind.REGISTRATION));

    private YenteIdentifiers() {
    }

    /** The kind of a publisher's identifier label. */
    public static Kind kind(String type) {
        String t = type == null ? "" : type.toLowerCase(Locale.ROOT).strip();
        if (t.equals("imo")) return Kind.IMO;
        if (t.equals("mmsi")) return Kind.MMSI;
        if (t.contains("call sign")) return Kind.CALL_SIGN;
        if (t.equals("identifier")) return Kind.GENERIC;
        if (t.contains("dataid") || t.contains("ofsi group") || t.contains("sanctions list ref")) return Kind.REFERENCE;
        if (t.contains("digital currency")) return Kind.CRYPTO;
        if (t.contains("email") || t.contains("website") || t.contains("phone") || t.contains("fax")) return Kind.CONTACT;
        if (t.contains("passport") || t.contains("passeport") || t.contains("pasaporte") || t.contains("travel document")
                || t.contains("seafarer")) return Kind.PASSPORT;
        if (t.contains("swift")) return Kind.SWIFT;
        if (t.contains("d-u-n-s") || t.contains("duns")) return Kind.DUNS;
        if (t.equals("legal entity number")) return Kind.LEI;
        if (t.equals("msn") || t.contains("serial")) return Kind.SERIAL;
        if (t.contains("tax") || t.contains("v.a.t") || t.contains("vat ") || t.equals("vat") || t.contains("fiscal")
                || t.startsWith("r.f.c") || t.startsWith("rfc") || t.startsWith("nit") || t.startsWith("ruc") || t.startsWith("rif")
                || t.startsWith("c.u.i.t") || t.startsWith("c.i.f") || t.contains("nuit") || t.contains("fein") || t.equals("rtn")
                || t.equals("inn")) return Kind.TAX;
        if (t.contains("registr") || t.contains("company number") || t.contains("chamber of comm") || t.contains("social credit")
                || t.contains("uscc") || t.contains("mercantil") || t.startsWith("c.r.") || t.contains("trade license")
                || t.contains("business") || t.contains("enterprise number") || t.contains("incorporation") || t.contains("gazette")
                || t.startsWith("bik") || t.contains("economic register") || t.contains("branch unit") || t.contains("charity")
                || t.contains("licen") || t.contains("permit") || t.contains("file number") || t.contains("tail number")
                || t.contains("isin") || t.contains("equity ticker") || t.contains("micex") || t.contains("le number")
                || t.contains("rsin") || t.contains("locode") || t.contains("transponder")) return Kind.REGISTRATION;
        return Kind.ID;
    }

    /** The FollowTheMoney property an identifier of this kind is shown under, or null when it is not shown. */
    public static String property(Identifier id, Schema schema) {
        String t = id.type() == null ? "" : id.type().toLowerCase(Locale.ROOT);
        return switch (kind(id.type())) {
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

    /**
     * The numbers a published value holds besides the whole: its words of at least {@link #MIN_LENGTH} letters and
     * digits with a digit among them. Publishers write "British number 094629366", "381110042 (Expired 25 Jan.
     * 2016)", "5902285162089/055"; a query gives 094629366, 381110042, 5902285162089.
     */
    public static List<String> parts(String value, Kind kind) {
        List<String> out = new ArrayList<>();
        if (value == null) return out;
        String whole = normalize(value, kind);
        for (String word : value.split("[^\\p{L}\\p{N}]+")) {
            if (word.chars().noneMatch(Character::isDigit)) continue;
            String w = normalize(word, kind);
            if (w != null && !w.equals(whole) && !out.contains(w)) out.add(w);
        }
        return out;
    }

    /**
     * The value as the index keeps it: upper case, letters and digits only; an IMO number without its "IMO"
     * prefix. Null when too short to match on (see {@link #MIN_LENGTH}) or made of one repeated character.
     */
    public static String normalize(String value, Kind kind) {
        if (value == null) return null;
        StringBuilder b = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); ) {
            int cp = value.codePointAt(i);
            if (Character.isLetterOrDigit(cp)) b.appendCodePoint(Character.toUpperCase(cp));
            i += Character.charCount(cp);
        }
        String v = b.toString();
        // "IMO 9187629": the prefix goes for an IMO number, and for any number that is "IMO" and seven digits
        if (v.startsWith("IMO") && v.length() > 3 && v.substring(3).chars().allMatch(Character::isDigit)
                && (kind == Kind.IMO || v.length() == 10)) v = v.substring(3);
        if (v.codePointCount(0, v.length()) < MIN_LENGTH) return null;
        if (v.chars().distinct().count() == 1) return null;
        return v;
    }
}
