package org.chokepoint.sources.ofac;

import org.chokepoint.model.Detail;
import org.chokepoint.model.EntityBuilder;
import org.chokepoint.model.Identifier;
import org.chokepoint.model.Link;
import org.chokepoint.model.LinkType;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * OFAC's labelled facts ("Passport", "Gender", "Vessel Registration Identification", "Aircraft Model", ...)
 * as they appear in three places: remarks clauses of the legacy CSV, {@code idList/id/idType} of the XML,
 * and the {@code ids} column of the CSL. One vocabulary, so all three read the same way.
 */
public final class OfacFacts {
    /** Labels of identity documents and registration numbers, as OFAC writes them before the value. */
    static final List<String> IDENTIFIER_LABELS = List.of(
            "Passport", "Diplomatic Passport", "Stateless Person Passport", "British National Overseas Passport",
            "National ID No.", "National Foreign ID Number", "Tax ID No.", "Registration ID", "Registration Number",
            "Cedula No.", "C.U.R.P.", "C.U.R.P. #", "R.F.C.", "R.F.C. #", "RFC", "Identification Number",
            "Government Gazette Number", "Business Registration Document #", "Business Registration Number",
            "Business Number", "Company Number", "UK Company Number", "SWIFT/BIC", "Commercial Registry Number",
            "V.A.T. Number", "License", "Trade License No.", "Unified Social Credit Code (USCC)",
            "United Social Credit Code Certificate (USCCC)", "Legal Entity Number", "C.R. No.", "Romanian C.R.",
            "Economic Register Number (CBLS)", "Folio Mercantil No.", "Matricula Mercantil No", "D.N.I.",
            "Chamber of Commerce Number", "D-U-N-S Number", "Central Registration System Number",
            "Istanbul Chamber of Comm. No.", "Birth Certificate Number", "Driver's License No.",
            "Electoral Registry No.", "BIK (RU)", "Enterprise Number", "Italian Fiscal Code", "Fiscal Code",
            "Personal ID Card", "Credencial electoral", "Public Security and Immigration No.", "C.U.I.",
            "C.U.I.T.", "C.U.I.P.", "Cartilla de Servicio Militar Nacional", "US FEIN", "SSN", "I.F.E.",
            "Residency Number", "Chinese Commercial Code", "Permit Number", "Registered Charity No.",
            "Dubai Chamber of Commerce Membership No.", "Branch Unit Number", "Certificate of Incorporation Number",
            "Turkish Identification Number", "Numero de Identidad", "LE Number", "Citizen's Card Number",
            "Kenyan ID No.", "Travel Document Number", "RTN", "ISIN", "Equity Ticker", "Public Registration Number",
            "NIT #", "RUC #", "RIF #", "Email Address", "Website", "Phone Number", "Telephone No.", "Telephone",
            "Fax", "Fax No.", "File Number", "VisaNumberID", "UN/LOCODE", "C.I.F.", "Tazkira National ID Card",
            "Refugee ID Card", "SRE Permit No.", "Numero Unico de Identificacao Tributaria (NUIT)",
            "Afghan Money Service Provider License Number", "Immigration No.", "Pilot License Number",
            "Stateless Person ID Card", "Paraguayan tax identification number", "Bosnian Personal ID No.",
            "Serial No.", "CNP (Personal Numerical Code)", "Romanian Permanent Resident", "N.I.E.",
            "Tourism License No.", "Seafarer's Identification Document", "Romanian Tax Registration",
            "Moroccan Personal ID No.", "MICEX Code", "MSB Registration Number", "RSIN", "UAE Identification",
            "Aircraft Tail Number", "Previous Aircraft Tail Number", "Aircraft Mode S Transponder Code",
            "Aircraft Serial Identification", "Other Vessel Call Sign", "Vessel Registration Identification",
            "MMSI", "Gender", "Aircraft Model", "Aircraft Manufacture Date", "Aircraft Operator",
            "Aircraft Manufacturer's Serial Number (MSN)", "Aircraft Construction Number (also called L/N or S/N or F/N)",
            "Nationality of Registration", "Other Vessel Type", "Other Vessel Flag", "Former Vessel Flag")
            .stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();

    /**
     * Labels that carry sanctions information rather than identity: determinations, listing and effective
     * dates, secondary-sanctions notes. They stay in the remarks text and are not identifiers.
     */
    private static final List<String> INFORMATION_PREFIXES = List.of(
            "secondary sanctions risk", "additional sanctions information", "transactions prohibited",
            "executive order", "target type", "organization established date", "organization type",
            "listing date", "effective date", "purchase/sales for divestment date", "caatsa",
            "issuer name", "ifca determination", "peesa information", "registration country");

    private OfacFacts() {
    }

    /** True for labels that are sanctions information, not identity facts. */
    public static boolean isInformation(String label) {
        String l = label.strip().toLowerCase(Locale.ROOT);
        return INFORMATION_PREFIXES.stream().anyMatch(l::startsWith);
    }

    /**
     * Records one labelled fact on the builder: gender, vessel and aircraft facts become details (the
     * numbers also identifiers, so they can be screened), information labels are skipped, everything else
     * becomes an {@link Identifier} with the label as its type.
     */
    public static void apply(EntityBuilder b, String label, String value, String country, String note) {
        String l = label.strip();
        String v = value == null ? "" : value.strip();
        if (v.isEmpty() || isInformation(l)) return;
        switch (l) {
            case "Gender" -> b.detail(Detail.GENDER, v);
            case "Vessel Registration Identification" -> {
                String imo = v.startsWith("IMO ") ? v.substring(4).strip() : v;
                b.detail(Detail.IMO, imo);
                b.identifier(new Identifier("IMO", imo, country, note));
            }
            case "MMSI" -> {
                b.detail(Detail.MMSI, v);
                b.identifier(new Identifier("MMSI", v, country, note));
            }
            case "Aircraft Model" -> b.detail(Detail.AIRCRAFT_MODEL, v);
            case "Aircraft Manufacture Date" -> b.detail(Detail.AIRCRAFT_MANUFACTURE_DATE, v);
            case "Aircraft Operator" -> {
                b.detail(Detail.AIRCRAFT_OPERATOR, v);
                b.link(new Link(LinkType.OPERATED_BY, null, v, null));
            }
            case "Aircraft Manufacturer's Serial Number (MSN)" -> {
                b.detail(Detail.AIRCRAFT_SERIAL, v);
                b.identifier(new Identifier("MSN", v, country, note));
            }
            case "Aircraft Construction Number (also called L/N or S/N or F/N)" -> b.detail(Detail.AIRCRAFT_CONSTRUCTION, v);
            case "Nationality of Registration", "Other Vessel Flag", "Former Vessel Flag" -> b.country(v);
            case "Other Vessel Type" -> b.detail(Detail.VESSEL_TYPE, v);
            default -> b.identifier(new Identifier(l, v, country, note));
        }
    }
}
