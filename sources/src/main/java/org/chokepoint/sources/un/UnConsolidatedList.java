package org.chokepoint.sources.un;

import org.chokepoint.model.Address;
import org.chokepoint.model.Entity;
import org.chokepoint.model.EntityBuilder;
import org.chokepoint.model.Findings;
import org.chokepoint.model.FuzzyDate;
import org.chokepoint.model.Identifier;
import org.chokepoint.model.Name;
import org.chokepoint.model.NameKind;
import org.chokepoint.model.Schema;
import org.chokepoint.model.Detail;
import org.chokepoint.sources.ListFormatException;
import org.chokepoint.sources.SingleFileSource;
import org.chokepoint.sources.SourceInfo;
import org.chokepoint.sources.text.ListDates;
import org.chokepoint.sources.text.Scripts;
import org.chokepoint.sources.xml.SafeXml;
import org.chokepoint.sources.xml.XmlNode;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;
import java.util.function.Consumer;

/**
 * The UN Security Council Consolidated List in its XML layout ({@code consolidated.xml}, schema
 * {@code sc-sanctions.xsd}), read with StAX one {@code INDIVIDUAL} / {@code ENTITY} at a time.
 * Source key {@code un-sc}; the sourceId is the {@code REFERENCE_NUMBER} ({@code KPi.001}), the UN's own
 * {@code DATAID} is kept as an identifier of type {@value #DATAID_TYPE}. Elements the mapping does not know
 * are skipped, so additions to the schema do not break reading.
 */
public final class UnConsolidatedList extends SingleFileSource {
    public static final String SOURCE = "un-sc";
    public static final String DATAID_TYPE = "UN DATAID";

    public UnConsolidatedList(Path file) {
        super(SOURCE, file);
    }

    @Override
    protected SourceInfo readFile(Consumer<Entity> out, Findings findings) throws IOException {
        String name = file.toString();
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            return readRecords(SafeXml.open(in), name, out, findings);
        } catch (XMLStreamException e) {
            int line = e.getLocation() == null ? -1 : e.getLocation().getLineNumber();
            throw new ListFormatException(name + (line > 0 ? ": line " + line : "") + ": malformed or truncated XML: " + message(e), e);
        }
    }

    private SourceInfo readRecords(XMLStreamReader r, String name, Consumer<Entity> out, Findings findings)
            throws XMLStreamException, IOException {
        LocalDate published = null;
        boolean rootSeen = false;
        while (r.hasNext()) {
            if (r.next() != XMLStreamConstants.START_ELEMENT) continue;
            String el = r.getLocalName();
            if (!rootSeen) {
                rootSeen = true;
                if (!el.equals("CONSOLIDATED_LIST")) {
                    throw new ListFormatException(name + ": line " + SafeXml.line(r) + ": root element is <" + el
                            + ">, not the UN <CONSOLIDATED_LIST>");
                }
                published = generated(r.getAttributeValue(null, "dateGenerated"), name, findings);
            } else if (el.equals("INDIVIDUAL") || el.equals("ENTITY")) {
                XmlNode record = XmlNode.read(r, name);
                Entity e = map(record, el.equals("INDIVIDUAL") ? Schema.PERSON : Schema.ORGANIZATION, findings);
                if (e != null) out.accept(e);
            }
        }
        if (!rootSeen) throw new ListFormatException(name + ": no XML elements, not a UN consolidated list");
        return new SourceInfo(SOURCE, published, -1);
    }

    private static LocalDate generated(String value, String file, Findings findings) {
        if (value == null) return null;
        try {
            return OffsetDateTime.parse(value).toLocalDate();
        } catch (DateTimeParseException e) {
            FuzzyDate d = ListDates.parse(value);
            if (d != null) return d.earliest();
            findings.warn(SOURCE, file + ": dateGenerated", "bad-date", "unreadable dateGenerated '" + value + "'");
            return null;
        }
    }

    private Entity map(XmlNode rec, Schema schema, Findings findings) {
        String where = file + ": line " + rec.line();
        String ref = rec.text("REFERENCE_NUMBER");
        String dataId = rec.text("DATAID");
        if (ref == null) {
            if (dataId == null) {
                findings.error(SOURCE, where, "no-id", rec.name() + " without REFERENCE_NUMBER or DATAID, skipped");
                return null;
            }
            findings.warn(SOURCE, where, "no-reference", rec.name() + " " + dataId + " has no REFERENCE_NUMBER; DATAID used");
            ref = "DATAID-" + dataId;
        }
        EntityBuilder b = Entity.builder(SOURCE, ref, schema);
        StringJoiner full = new StringJoiner(" ");
        for (String part : List.of("FIRST_NAME", "SECOND_NAME", "THIRD_NAME", "FOURTH_NAME")) {
            String v = rec.text(part);
            if (v != null) full.add(v);
        }
        if (full.length() > 0) b.name(name(full.toString(), NameKind.PRIMARY));
        String original = rec.text("NAME_ORIGINAL_SCRIPT");
        if (original != null) b.name(name(original, b.hasNames() ? NameKind.STRONG_ALIAS : NameKind.PRIMARY));
        for (XmlNode alias : rec.children(schema == Schema.PERSON ? "INDIVIDUAL_ALIAS" : "ENTITY_ALIAS")) {
            alias(alias, b, where, findings);
        }
        if (!b.hasNames()) {
            findings.error(SOURCE, where, "no-name", ref + " has no name, skipped");
            return null;
        }
        if (dataId != null) b.identifier(new Identifier(DATAID_TYPE, dataId, null, null));
        b.program(rec.text("UN_LIST_TYPE"));
        for (XmlNode lt : rec.children("LIST_TYPE")) lt.texts("VALUE").forEach(b::list);
        String listed = rec.text("LISTED_ON");
        if (listed != null) {
            FuzzyDate d = ListDates.parse(listed);
            if (d == null) findings.warn(SOURCE, where, "bad-date", ref + ": LISTED_ON '" + listed + "' unreadable");
            b.listedOn(d);
        }
        b.remarks(rec.text("COMMENTS1"));
        b.detail(Detail.GENDER, rec.text("GENDER"));
        b.detail(Detail.TITLE, joined(rec, "TITLE"));
        b.detail(Detail.DESIGNATION, joined(rec, "DESIGNATION"));
        for (XmlNode n : rec.children("NATIONALITY")) n.texts("VALUE").forEach(b::nationality);
        for (XmlNode a : rec.children(schema == Schema.PERSON ? "INDIVIDUAL_ADDRESS" : "ENTITY_ADDRESS")) {
            Address addr = address(a);
            if (addr != null) {
                b.address(addr);
                b.country(addr.country());
            }
        }
        for (XmlNode dob : rec.children("INDIVIDUAL_DATE_OF_BIRTH")) birthDate(dob, b, ref, where, findings);
        for (XmlNode pob : rec.children("INDIVIDUAL_PLACE_OF_BIRTH")) b.birthPlace(place(pob.text("CITY"), pob.text("STATE_PROVINCE"), pob.text("COUNTRY")));
        for (XmlNode doc : rec.children("INDIVIDUAL_DOCUMENT")) document(doc, b);
        return b.build();
    }

    private static Name name(String value, NameKind kind) {
        return new Name(value, kind, Scripts.detect(value), null);
    }

    /** UN alias quality: Good and a.k.a. are strong, Low is weak, f.k.a. a former name. */
    private void alias(XmlNode alias, EntityBuilder b, String where, Findings findings) {
        String value = alias.text("ALIAS_NAME");
        if (value == null) return;
        String quality = alias.text("QUALITY");
        NameKind kind = switch (quality == null ? "" : quality.toLowerCase(Locale.ROOT)) {
            case "good", "a.k.a." -> NameKind.STRONG_ALIAS;
            case "low" -> NameKind.WEAK_ALIAS;
            case "f.k.a." -> NameKind.FORMER_NAME;
            default -> {
                findings.info(SOURCE, where, "alias-quality", "alias '" + value + "' with quality '" + quality + "' read as strong");
                yield NameKind.STRONG_ALIAS;
            }
        };
        b.name(name(value, kind));
        // The alias block may carry the birth data used under that alias (DPRK and Al-Qaida entries do).
        String dob = alias.text("DATE_OF_BIRTH");
        if (dob != null) {
            FuzzyDate d = ListDates.parse(dob);
            if (d != null) b.birthDate(d);
            else findings.warn(SOURCE, where, "bad-date", "alias '" + value + "': DATE_OF_BIRTH '" + dob + "' unreadable");
        }
        b.birthPlace(place(alias.text("CITY_OF_BIRTH"), null, alias.text("COUNTRY_OF_BIRTH")));
    }

    /**
     * Every published TYPE_OF_DATE: EXACT (DATE or YEAR), APPROXIMATELY (circa), BETWEEN (FROM_YEAR..TO_YEAR).
     * Some entries put the only date in NOTE ("Nov. 1973"); readable ones are used, the rest reported.
     */
    private void birthDate(XmlNode dob, EntityBuilder b, String ref, String where, Findings findings) {
        String type = dob.text("TYPE_OF_DATE");
        String date = dob.text("DATE");
        String year = dob.text("YEAR");
        String from = dob.text("FROM_YEAR");
        String to = dob.text("TO_YEAR");
        String note = dob.text("NOTE");
        boolean circa = type != null && type.equalsIgnoreCase("APPROXIMATELY");
        FuzzyDate d;
        String raw;
        if (from != null || to != null) {
            raw = (from == null ? "?" : from) + "-" + (to == null ? "?" : to);
            d = yearRange(raw, from == null ? to : from, to == null ? from : to);
        } else if (date != null) {
            raw = date;
            d = ListDates.parse(date);
        } else if (year != null) {
            raw = year;
            d = ListDates.parse(year);
        } else if (note != null) {
            raw = note;
            d = ListDates.parse(note);
            if (d == null) {
                findings.info(SOURCE, where, "dob-text", ref + ": date of birth only as text '" + note + "'");
                return;
            }
        } else {
            return; // the UN publishes empty INDIVIDUAL_DATE_OF_BIRTH blocks
        }
        if (d == null) {
            findings.warn(SOURCE, where, "bad-date", ref + ": date of birth '" + raw + "' unreadable");
            return;
        }
        if (circa) d = new FuzzyDate(d.raw(), d.earliest(), d.latest(), d.precision(), true);
        b.birthDate(d);
    }

    private static FuzzyDate yearRange(String raw, String from, String to) {
        try {
            int f = Integer.parseInt(from.trim());
            int t = Integer.parseInt(to.trim());
            if (f < 1000 || t > 2999 || t < f) return null;
            return FuzzyDate.yearRange(raw, f, t);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Address address(XmlNode a) {
        String street = a.text("STREET");
        String city = a.text("CITY");
        String region = a.text("STATE_PROVINCE");
        String zip = a.text("ZIP_CODE");
        String country = a.text("COUNTRY");
        String note = a.text("NOTE");
        if (street == null && city == null && region == null && zip == null && country == null) return null;
        StringJoiner full = new StringJoiner(", ");
        for (String p : new String[] {street, city, region, zip, country}) if (p != null) full.add(p);
        String text = note == null ? full.toString() : full + " (" + note + ")";
        return new Address(text, street, city, region, zip, country);
    }

    private static String place(String city, String region, String country) {
        StringJoiner j = new StringJoiner(", ");
        for (String p : new String[] {city, region, country}) if (p != null && !p.isBlank()) j.add(p.strip());
        return j.length() == 0 ? null : j.toString();
    }

    private static void document(XmlNode doc, EntityBuilder b) {
        String number = doc.text("NUMBER");
        if (number == null) return;
        String type = doc.text("TYPE_OF_DOCUMENT");
        String type2 = doc.text("TYPE_OF_DOCUMENT2");
        StringJoiner note = new StringJoiner("; ");
        if (type != null && type2 != null) note.add(type2);
        String issued = doc.text("DATE_OF_ISSUE");
        if (issued != null) note.add("issued " + issued);
        String city = doc.text("CITY_OF_ISSUE");
        if (city != null) note.add("issued in " + city);
        String issueCountry = doc.text("COUNTRY_OF_ISSUE");
        String issuing = doc.text("ISSUING_COUNTRY");
        if (issueCountry != null && issuing != null && !issueCountry.equals(issuing)) note.add("country of issue " + issueCountry);
        String text = doc.text("NOTE");
        if (text != null) note.add(text);
        b.identifier(new Identifier(type != null ? type : type2 != null ? type2 : "Document", number,
                issuing != null ? issuing : issueCountry, note.length() == 0 ? null : note.toString()));
    }

    private static String joined(XmlNode rec, String element) {
        List<String> values = new ArrayList<>();
        for (XmlNode n : rec.children(element)) values.addAll(n.texts("VALUE"));
        return values.isEmpty() ? null : String.join("; ", values);
    }

    private static String message(XMLStreamException e) {
        String m = e.getMessage() == null ? "" : e.getMessage();
        int i = m.indexOf("Message:");
        return (i >= 0 ? m.substring(i + 8) : m).strip();
    }
}
