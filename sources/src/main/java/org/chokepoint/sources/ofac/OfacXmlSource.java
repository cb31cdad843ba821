package org.chokepoint.sources.ofac;

import org.chokepoint.model.Address;
import org.chokepoint.model.Detail;
import org.chokepoint.model.Entity;
import org.chokepoint.model.EntityBuilder;
import org.chokepoint.model.Findings;
import org.chokepoint.model.FuzzyDate;
import org.chokepoint.model.Name;
import org.chokepoint.model.NameKind;
import org.chokepoint.model.Schema;
import org.chokepoint.sources.ListFormatException;
import org.chokepoint.sources.SingleFileSource;
import org.chokepoint.sources.SourceInfo;
import org.chokepoint.sources.tabular.CsvReader;
import org.chokepoint.sources.tabular.LenientTextReader;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * OFAC's XML layout ({@code SDN.XML}, {@code consolidated.xml}): {@code <sdnList><publshInformation>} then one
 * {@code <sdnEntry>} per record. Read with StAX one entry at a time. Elements are matched by local name, so the
 * current namespace ({@code https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/XML}),
 * the older {@code http://tempuri.org/sdnList.xsd} and files without a namespace all read the same.
 * DTDs and external entities are refused. Bytes are decoded like the CSV files (UTF-8, stray bytes as
 * Windows-1252), so one bad byte costs one character, not the file. The declared {@code Record_Count} is checked against the entries
 * read ({@code record-count} finding when they differ).
 */
public final class OfacXmlSource extends SingleFileSource {
    private final String listName;

    public OfacXmlSource(String source, String listName, Path file) {
        super(source, file);
        this.listName = listName;
    }

    public static OfacXmlSource sdn(Path file) {
        return new OfacXmlSource("ofac-sdn", "SDN List", file);
    }

    public static OfacXmlSource consolidated(Path file) {
        return new OfacXmlSource("ofac-cons", "Non-SDN Consolidated Sanctions List", file);
    }

    @Override
    protected SourceInfo readFile(Consumer<Entity> out, Findings findings) throws IOException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        // errors surface as XMLStreamException below; the JDK's default reporter would also print them
        factory.setXMLReporter((message, type, info, location) -> { });
        LocalDate published = null;
        int declared = -1;
        int entries = 0;
        try (InputStream in = CsvReader.openBytes(file)) {
            // decoded leniently like the CSV files: a stray non-UTF-8 byte is read as Windows-1252, not a fatal error
            XMLStreamReader x = factory.createXMLStreamReader(LenientTextReader.open(in));
            try {
                boolean rootSeen = false;
                while (x.hasNext()) {
                    if (x.next() != XMLStreamConstants.START_ELEMENT) continue;
                    String el = x.getLocalName();
                    if (!rootSeen) {
                        if (!el.equals("sdnList")) throw new ListFormatException(file + ": root element is <" + el + ">, not <sdnList>");
                        rootSeen = true;
                        continue;
                    }
                    switch (el) {
                        case "Publish_Date" -> {
                            String text = x.getElementText();
                            published = OfacDates.parseUs(text);
                            if (published == null) findings.warn(source(), where(x), "bad-date", "Publish_Date '" + text + "' is not MM/DD/YYYY");
                        }
                        case "Record_Count" -> {
                            String text = x.getElementText().strip();
                            try {
                                declared = Integer.parseInt(text);
                            } catch (NumberFormatException e) {
                                findings.warn(source(), where(x), "bad-count", "Record_Count '" + text + "' is not a number");
                            }
                        }
                        case "sdnEntry" -> {
                            entries++;
                            Entity e = entry(x, findings);
                            if (e != null) out.accept(e);
                        }
                        default -> { }
                    }
                }
                if (!rootSeen) throw new ListFormatException(file + ": no <sdnList> element");
            } finally {
                x.close();
            }
        } catch (XMLStreamException e) {
            String at = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNumber() + ", column " + e.getLocation().getColumnNumber();
            throw new ListFormatException(file + ": not well-formed XML" + at + ": " + firstLine(e.getMessage()), e);
        }
        if (declared >= 0 && declared != entries) {
            findings.warn(source(), file.toString(), "record-count", "Record_Count says " + declared + " but the file has " + entries + " sdnEntry elements");
        }
        return new SourceInfo(source(), published, declared);
    }

    /** Reads one {@code <sdnEntry>}; the reader stands on its start tag and is left on its end tag. */
    private Entity entry(XMLStreamReader x, Findings findings) throws XMLStreamException {
        String where = where(x);
        Map<String, String> top = new HashMap<>();
        List<Item> items = new ArrayList<>();
        StringBuilder programs = new StringBuilder();
        while (x.nextTag() == XMLStreamConstants.START_ELEMENT) {
            String el = x.getLocalName();
            if (el.equals("vesselInfo")) {
                top.putAll(fields(x));
            } else if (el.endsWith("List")) {
                while (x.nextTag() == XMLStreamConstants.START_ELEMENT) {
                    String child = x.getLocalName();
                    if (child.equals("program")) programs.append('[').append(text(x)).append(']');
                    else items.add(new Item(child, fields(x)));
                }
            } else {
                top.put(el, text(x));
            }
        }
        String uid = top.getOrDefault("uid", "");
        if (uid.isEmpty() || uid.length() > 9 || !uid.chars().allMatch(Character::isDigit)) {
            findings.error(source(), where, "bad-uid", "sdnEntry without a numeric <uid> ('" + uid + "'); entry skipped");
            return null;
        }
        String name = personName(top.get("lastName"), top.get("firstName"));
        if (name == null) {
            findings.error(source(), where, "no-name", "sdnEntry " + uid + " has no <lastName>; entry skipped");
            return null;
        }
        EntityBuilder b = Entity.builder(source(), uid, schema(top.get("sdnType"), where, findings));
        b.name(Name.primary(name)).list(listName);
        OfacCsvSource.programs(programs.toString()).forEach(b::program);
        b.detail(Detail.TITLE, top.get("title"))
                .detail(Detail.CALL_SIGN, top.get("callSign"))
                .detail(Detail.VESSEL_TYPE, top.get("vesselType"))
                .detail(Detail.TONNAGE, top.get("tonnage"))
                .detail(Detail.GROSS_REGISTERED_TONNAGE, top.get("grossRegisteredTonnage"))
                .detail(Detail.VESSEL_FLAG, top.get("vesselFlag"))
                .detail(Detail.VESSEL_OWNER, top.get("vesselOwner"));
        String remarks = top.get("remarks");
        b.remarks(remarks);
        // Structured elements carry names, dates and identifiers; "Linked To:" exists only in the remarks.
        OfacRemarks.parse(remarks).links().forEach(b::link);
        for (Item item : items) applyItem(b, item.kind(), item.fields(), where, findings);
        return b.build();
    }

    private record Item(String kind, Map<String, String> fields) {
    }

    /** The child elements of the current element as name to text; leaves the reader on its end tag. */
    private static Map<String, String> fields(XMLStreamReader x) throws XMLStreamException {
        Map<String, String> out = new HashMap<>();
        while (x.nextTag() == XMLStreamConstants.START_ELEMENT) {
            String el = x.getLocalName();
            out.put(el, text(x));
        }
        return out;
    }

    /** The text of the current element, ignoring any nested elements; leaves the reader on its end tag. */
    private static String text(XMLStreamReader x) throws XMLStreamException {
        StringBuilder sb = new StringBuilder();
        int depth = 1;
        while (depth > 0) {
            int ev = x.next();
            switch (ev) {
                case XMLStreamConstants.START_ELEMENT -> depth++;
                case XMLStreamConstants.END_ELEMENT -> depth--;
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    if (depth == 1) sb.append(x.getText());
                }
                case XMLStreamConstants.END_DOCUMENT -> throw new XMLStreamException("document ends inside an element", x.getLocation());
                default -> { }
            }
        }
        return sb.toString().strip();
    }

    private void applyItem(EntityBuilder b, String kind, Map<String, String> item, String where, Findings findings) {
        switch (kind) {
            case "aka" -> {
                String n = personName(item.get("lastName"), item.get("firstName"));
                if (n == null) return;
                String type = item.getOrDefault("type", "").toLowerCase(Locale.ROOT);
                boolean weak = "weak".equalsIgnoreCase(item.get("category"));
                NameKind k = type.startsWith("f.k.a") ? NameKind.FORMER_NAME : weak ? NameKind.WEAK_ALIAS : NameKind.STRONG_ALIAS;
                b.name(Name.alias(n, k));
            }
            case "address" -> {
                String street = joinNonBlank(", ", item.get("address1"), item.get("address2"), item.get("address3"));
                String country = blankToNull(item.get("country"));
                String full = joinNonBlank(", ", street, item.get("city"), item.get("stateOrProvince"), item.get("postalCode"), country);
                if (full == null) return;
                b.address(new Address(full, street, blankToNull(item.get("city")), blankToNull(item.get("stateOrProvince")),
                        blankToNull(item.get("postalCode")), country));
                b.country(country);
            }
            case "id" -> {
                String type = item.get("idType");
                if (type == null) return;
                String note = joinNonBlank("; ",
                        item.get("issueDate") == null ? null : "issued " + item.get("issueDate"),
                        item.get("expirationDate") == null ? null : "expires " + item.get("expirationDate"));
                OfacFacts.apply(b, type, item.get("idNumber"), blankToNull(item.get("idCountry")), note);
            }
            case "nationality" -> b.nationality(item.get("country"));
            case "citizenship" -> b.citizenship(item.get("country"));
            case "dateOfBirthItem" -> {
                String text = item.get("dateOfBirth");
                if (text == null || text.isBlank()) return;
                FuzzyDate d = OfacDates.parse(text);
                if (d == null) findings.warn(source(), where, "bad-date", "dateOfBirth '" + text + "' is not an OFAC date form");
                else b.birthDate(d);
            }
            case "placeOfBirthItem" -> b.birthPlace(item.get("placeOfBirth"));
            default -> { }
        }
    }

    private static boolean isGroupItem(String el) {
        return switch (el) {
            case "aka", "address", "id", "nationality", "citizenship", "dateOfBirthItem", "placeOfBirthItem" -> true;
            default -> false;
        };
    }

    private Schema schema(String type, String where, Findings findings) {
        if (type == null || type.isBlank() || type.equalsIgnoreCase("Entity")) return Schema.ORGANIZATION;
        return switch (type.strip().toLowerCase(Locale.ROOT)) {
            case "individual" -> Schema.PERSON;
            case "vessel" -> Schema.VESSEL;
            case "aircraft" -> Schema.AIRCRAFT;
            default -> {
                findings.warn(source(), where, "unknown-type", "sdnType '" + type + "' unknown; read as organization");
                yield Schema.ORGANIZATION;
            }
        };
    }

    /** Persons as OFAC's CSV writes them, {@code LAST, First}; organisations have only a last name. */
    private static String personName(String last, String first) {
        String l = blankToNull(last);
        String f = blankToNull(first);
        if (l == null) return f;
        return f == null ? l : l + ", " + f;
    }

    private String where(XMLStreamReader x) {
        return file + ":" + x.getLocation().getLineNumber();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String joinNonBlank(String sep, String... parts) {
        String s = Stream.of(parts).filter(p -> p != null && !p.isBlank()).map(String::strip).collect(Collectors.joining(sep));
        return s.isEmpty() ? null : s;
    }

    private static String firstLine(String s) {
        if (s == null) return "";
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(nl + 1).strip();
    }
}
