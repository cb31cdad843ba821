package org.chokepoint.sources.eu;

import org.chokepoint.model.Address;
import org.chokepoint.model.Detail;
import org.chokepoint.model.Entity;
import org.chokepoint.model.EntityBuilder;
import org.chokepoint.model.Findings;
import org.chokepoint.model.FuzzyDate;
import org.chokepoint.model.Identifier;
import org.chokepoint.model.Link;
import org.chokepoint.model.LinkType;
import org.chokepoint.model.Name;
import org.chokepoint.model.NameKind;
import org.chokepoint.model.Schema;
import org.chokepoint.sources.ListFormatException;
import org.chokepoint.sources.SingleFileSource;
import org.chokepoint.sources.SourceInfo;
import org.chokepoint.sources.text.ListDates;
import org.chokepoint.sources.text.Scripts;
import org.chokepoint.sources.un.UnConsolidatedList;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * The EU Financial Sanctions Files, XML export v1.1 (namespace {@value #NAMESPACE}, root {@code export}), read with
 * StAX one {@code sanctionEntity} at a time. Written from the published XSD ({@code eu-fsf-export-1_1.xsd}); the
 * real list (~25 MB) is not bundled. Source key {@code eu-fsf}, sourceId = {@code logicalId};
 * {@code unitedNationId} becomes a SAME_AS link to {@code un-sc:<id>}, {@code euReferenceNumber} an identifier.
 *
 * <p>Names: the first {@code nameAlias} not marked {@code strong="false"} is the primary name, further ones are
 * strong aliases, {@code strong="false"} ones weak aliases. Country code {@code 00} is the EU's "unknown" and is
 * replaced by the description. Birth dates in a non-Gregorian {@code calendarType} are reported, not converted.
 */
public final class EuFinancialSanctionsList extends SingleFileSource {
    public static final String SOURCE = "eu-fsf";
    public static final String NAMESPACE = "http://eu.europa.ec/fpi/fsd/export";
    private static final Pattern UN_REF = Pattern.compile("[A-Za-z]{2}[ie]\\.\\d{1,4}");

    public EuFinancialSanctionsList(Path file) {
        super(SOURCE, file);
    }

    @Override
    protected SourceInfo readFile(Consumer<Entity> out, Findings findings) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            return readEntities(SafeXml.open(in), out, findings);
        } catch (XMLStreamException e) {
            int line = e.getLocation() == null ? -1 : e.getLocation().getLineNumber();
            String m = e.getMessage() == null ? "" : e.getMessage();
            int i = m.indexOf("Message:");
            throw new ListFormatException(file + (line > 0 ? ": line " + line : "") + ": malformed or truncated XML: "
                    + (i >= 0 ? m.substring(i + 8) : m).strip(), e);
        }
    }

    private SourceInfo readEntities(XMLStreamReader r, Consumer<Entity> out, Findings findings) throws XMLStreamException, IOException {
        String name = file.toString();
        LocalDate generated = null;
        boolean rootSeen = false;
        while (r.hasNext()) {
            if (r.next() != XMLStreamConstants.START_ELEMENT) continue;
            if (!rootSeen) {
                rootSeen = true;
                if (!r.getLocalName().equals("export") || !NAMESPACE.equals(r.getNamespaceURI())) {
                    throw new ListFormatException(name + ": line " + SafeXml.line(r) + ": root element is {" + r.getNamespaceURI() + "}"
                            + r.getLocalName() + ", not the EU FSF {" + NAMESPACE + "}export");
                }
                String date = r.getAttributeValue(null, "generationDate");
                FuzzyDate d = ListDates.parse(date);
                if (d == null) findings.warn(SOURCE, name + ": export", "bad-date", "generationDate '" + date + "' unreadable");
                else generated = d.earliest();
            } else if (r.getLocalName().equals("sanctionEntity")) {
                Entity e = map(XmlNode.read(r, name), findings);
                if (e != null) out.accept(e);
            }
        }
        if (!rootSeen) throw new ListFormatException(name + ": no XML elements, not an EU FSF export");
        return new SourceInfo(SOURCE, generated, -1);
    }

    private Entity map(XmlNode se, Findings findings) {
        String where = file + ": line " + se.line();
        String id = se.attr("logicalId");
        if (id == null) {
            findings.error(SOURCE, where, "no-id", "sanctionEntity without logicalId skipped");
            return null;
        }
        XmlNode subject = se.child("subjectType");
        EntityBuilder b = Entity.builder(SOURCE, id, schema(subject, id, where, findings));
        names(se, b, where, findings);
        if (!b.hasNames()) {
            findings.error(SOURCE, where, "no-name", "sanctionEntity " + id + " has no name, skipped");
            return null;
        }
        String euRef = se.attr("euReferenceNumber");
        if (euRef != null) b.identifier(new Identifier("EU Reference Number", euRef, null, null));
        String unId = se.attr("unitedNationId");
        if (unId != null) {
            if (UN_REF.matcher(unId).matches()) {
                String[] parts = unId.split("\\.");
                String number = parts[1].length() < 3 ? "0".repeat(3 - parts[1].length()) + parts[1] : parts[1];
                b.link(new Link(LinkType.SAME_AS, UnConsolidatedList.SOURCE + ":" + parts[0].substring(0, 2).toUpperCase(Locale.ROOT)
                        + parts[0].substring(2).toLowerCase(Locale.ROOT) + "." + number, null, null));
            } else {
                findings.warn(SOURCE, where, "un-ref", id + ": unitedNationId '" + unId + "' is not a UN reference number");
            }
            b.identifier(new Identifier("UN Reference Number", unId, null, null));
        }
        b.listedOn(date(se.attr("designationDate"), id, "designationDate", where, findings));
        b.detail(Detail.END_DATE, se.attr("delistingDate"));
        XmlNode regulation = se.child("regulation");
        if (regulation != null) {
            b.program(regulation.attr("programme"));
            b.detail(Detail.SOURCE_URL, regulation.text("publicationUrl"));
        }
        b.list("EU Financial Sanctions");
        StringJoiner remarks = new StringJoiner("\n");
        se.texts("remark").forEach(remarks::add);
        if (se.attr("designationDetails") != null) remarks.add(se.attr("designationDetails"));
        b.remarks(remarks.toString());
        for (XmlNode c : se.children("citizenship")) b.nationality(country(c));
        for (XmlNode d : se.children("birthdate")) birthdate(d, b, id, where, findings);
        for (XmlNode a : se.children("address")) address(a, b);
        for (XmlNode i : se.children("identification")) identification(i, b);
        return b.build();
    }

    private static Schema schema(XmlNode subject, String id, String where, Findings findings) {
        String code = subject == null ? null : subject.attr("code");
        String classification = subject == null ? null : subject.attr("classificationCode");
        if ("person".equalsIgnoreCase(code) || "P".equals(classification)) return Schema.PERSON;
        if ("enterprise".equalsIgnoreCase(code) || "E".equals(classification)) return Schema.ORGANIZATION;
        findings.warn(SOURCE, where, "subject-type", id + ": subjectType '" + code + "' read as an organisation");
        return Schema.ORGANIZATION;
    }

    private static void names(XmlNode se, EntityBuilder b, String where, Findings findings) {
        boolean primaryTaken = false;
        for (XmlNode a : se.children("nameAlias")) {
            String whole = a.attr("wholeName");
            if (whole == null) {
                StringJoiner j = new StringJoiner(" ");
                for (String part : new String[] {a.attr("firstName"), a.attr("middleName"), a.attr("lastName")}) if (part != null) j.add(part);
                whole = j.length() == 0 ? null : j.toString();
            }
            if (whole == null) {
                findings.info(SOURCE, where, "empty-name", "nameAlias " + a.attr("logicalId") + " has no name");
                continue;
            }
            boolean weak = "false".equalsIgnoreCase(a.attr("strong"));
            NameKind kind = weak ? NameKind.WEAK_ALIAS : primaryTaken ? NameKind.STRONG_ALIAS : NameKind.PRIMARY;
            primaryTaken |= kind == NameKind.PRIMARY;
            String lang = a.attr("nameLanguage");
            b.name(new Name(whole, kind, Scripts.detect(whole), lang == null ? null : lang.toLowerCase(Locale.ROOT)));
            String gender = a.attr("gender");
            if (gender != null && !gender.equals("?")) b.detail(Detail.GENDER, gender.equals("M") ? "Male" : gender.equals("F") ? "Female" : gender);
            b.detail(Detail.TITLE, a.attr("title"));
            b.detail(Detail.DESIGNATION, a.attr("function"));
        }
    }

    /** The ISO code, or the description when the EU writes {@code 00} (unknown) or leaves the code out. */
    private static String country(XmlNode n) {
        String code = n.attr("countryIso2Code");
        if (code != null && !code.equals("00")) return code.toUpperCase(Locale.ROOT);
        String description = n.attr("countryDescription");
        return description == null || description.equalsIgnoreCase("UNKNOWN") ? null : description;
    }

    private static void birthdate(XmlNode d, EntityBuilder b, String id, String where, Findings findings) {
        StringJoiner place = new StringJoiner(", ");
        for (String p : new String[] {d.attr("city"), d.attr("place"), d.attr("region")}) if (p != null) place.add(p);
        String country = country(d);
        String countryText = country != null && country.length() == 2 ? d.attr("countryDescription") : country;
        if (countryText != null && !countryText.equalsIgnoreCase("UNKNOWN")) place.add(countryText);
        if (place.length() > 0) b.birthPlace(place.toString());
        String calendar = d.attr("calendarType");
        boolean circa = "true".equalsIgnoreCase(d.attr("circa"));
        FuzzyDate date = null;
        String raw;
        try {
            if (d.attr("birthdate") != null) {
                raw = d.attr("birthdate");
                date = ListDates.parse(raw);
            } else if (d.attr("yearRangeFrom") != null || d.attr("yearRangeTo") != null) {
                String from = d.attr("yearRangeFrom") != null ? d.attr("yearRangeFrom") : d.attr("yearRangeTo");
                String to = d.attr("yearRangeTo") != null ? d.attr("yearRangeTo") : from;
                raw = from + "-" + to;
                int f = Integer.parseInt(from);
                int t = Integer.parseInt(to);
                date = f >= 1000 && t >= f && t <= 2999 ? FuzzyDate.yearRange(raw, f, t) : null;
            } else if (d.attr("year") != null) {
                int year = Integer.parseInt(d.attr("year"));
                int month = d.attr("monthOfYear") == null ? 0 : Integer.parseInt(d.attr("monthOfYear"));
                int day = month == 0 || d.attr("dayOfMonth") == null ? 0 : Integer.parseInt(d.attr("dayOfMonth"));
                raw = year + (month == 0 ? "" : "-" + month) + (day == 0 ? "" : "-" + day);
                date = ListDates.of(raw, year, month, day);
            } else {
                return; // a birthdate element carrying only the place
            }
        } catch (NumberFormatException e) {
            findings.warn(SOURCE, where, "bad-date", id + ": birthdate " + d.attributes() + " unreadable");
            return;
        }
        if (calendar != null && !calendar.equals("GREGORIAN")) {
            findings.info(SOURCE, where, "calendar", id + ": birth date " + raw + " in the " + calendar + " calendar not converted");
            return;
        }
        if (date == null) {
            findings.warn(SOURCE, where, "bad-date", id + ": birth date '" + raw + "' unreadable");
            return;
        }
        if (circa) date = new FuzzyDate(date.raw(), date.earliest(), date.latest(), date.precision(), true);
        b.birthDate(date);
    }

    private static void address(XmlNode a, EntityBuilder b) {
        StringJoiner street = new StringJoiner(", ");
        if (a.attr("street") != null) street.add(a.attr("street"));
        if (a.attr("poBox") != null) street.add("PO Box " + a.attr("poBox"));
        String city = a.attr("city") != null ? a.attr("city") : a.attr("place");
        String country = country(a);
        if (street.length() == 0 && city == null && a.attr("region") == null && a.attr("zipCode") == null && country == null) return;
        StringJoiner full = new StringJoiner(", ");
        String countryText = country != null && country.length() == 2 ? a.attr("countryDescription") : country;
        for (String p : new String[] {street.length() == 0 ? null : street.toString(), city, a.attr("region"), a.attr("zipCode"), countryText}) {
            if (p != null) full.add(p);
        }
        b.address(new Address(full.toString(), street.length() == 0 ? null : street.toString(), city, a.attr("region"), a.attr("zipCode"), country));
        b.country(country);
    }

    private static void identification(XmlNode i, EntityBuilder b) {
        String number = i.attr("number") != null ? i.attr("number") : i.attr("latinNumber");
        if (number == null) return;
        String type = i.attr("identificationTypeDescription") != null ? i.attr("identificationTypeDescription") : i.attr("identificationTypeCode");
        List<String> notes = new ArrayList<>();
        if (i.attr("latinNumber") != null && !i.attr("latinNumber").equals(number)) notes.add("latin " + i.attr("latinNumber"));
        if (i.attr("issueDate") != null) notes.add("issued " + i.attr("issueDate"));
        if (i.attr("issuedBy") != null) notes.add("issued by " + i.attr("issuedBy"));
        if (i.attr("validTo") != null) notes.add("valid to " + i.attr("validTo"));
        if (i.attr("nameOnDocument") != null) notes.add("name on document " + i.attr("nameOnDocument"));
        for (String flag : new String[] {"diplomatic", "knownExpired", "knownFalse", "reportedLost", "revokedByIssuer"}) {
            if ("true".equalsIgnoreCase(i.attr(flag))) notes.add(flag);
        }
        i.texts("remark").forEach(notes::add);
        b.identifier(new Identifier(type == null ? "Document" : type, number, country(i), notes.isEmpty() ? null : String.join("; ", notes)));
    }

    private static FuzzyDate date(String value, String id, String attribute, String where, Findings findings) {
        if (value == null) return null;
        FuzzyDate d = ListDates.parse(value);
        if (d == null) findings.warn(SOURCE, where, "bad-date", id + ": " + attribute + " '" + value + "' unreadable");
        return d;
    }
}
