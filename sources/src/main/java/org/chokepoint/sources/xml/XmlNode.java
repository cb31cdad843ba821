package org.chokepoint.sources.xml;

import org.chokepoint.sources.ListFormatException;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One XML element read whole from a stream: list parsers read one record (a UN {@code INDIVIDUAL}, an EU
 * {@code sanctionEntity}) at a time into this small tree, so memory is bounded by one record. Names are local
 * names (namespaces are the caller's business: each format has one).
 */
public record XmlNode(String name, Map<String, String> attributes, String text, List<XmlNode> children, int line) {
    /** A record larger than this many characters is refused (a runaway or hostile file, not a list entry). */
    public static final int MAX_RECORD_CHARS = 8 << 20;

    /** Reads the element the reader is positioned on (a START_ELEMENT) up to and including its end. */
    public static XmlNode read(XMLStreamReader r, String fileName) throws XMLStreamException, ListFormatException {
        int[] budget = {MAX_RECORD_CHARS};
        return read(r, fileName, budget);
    }

    private static XmlNode read(XMLStreamReader r, String fileName, int[] budget) throws XMLStreamException, ListFormatException {
        String name = r.getLocalName();
        int line = SafeXml.line(r);
        Map<String, String> attrs = new LinkedHashMap<>();
        for (int i = 0; i < r.getAttributeCount(); i++) attrs.put(r.getAttributeLocalName(i), r.getAttributeValue(i));
        List<XmlNode> children = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        while (true) {
            int ev = r.next();
            switch (ev) {
                case XMLStreamConstants.START_ELEMENT -> children.add(read(r, fileName, budget));
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    budget[0] -= r.getTextLength();
                    if (budget[0] < 0) {
                        throw new ListFormatException(fileName + ": line " + line + ": element " + name
                                + " larger than " + MAX_RECORD_CHARS + " characters");
                    }
                    if (children.isEmpty()) text.append(r.getText());
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    return new XmlNode(name, attrs, children.isEmpty() ? text.toString() : "", List.copyOf(children), line);
                }
                case XMLStreamConstants.END_DOCUMENT ->
                        throw new ListFormatException(fileName + ": line " + line + ": file ends inside " + name + " (truncated)");
                default -> { }
            }
        }
    }

    /** First child with this local name, or null. */
    public XmlNode child(String local) {
        for (XmlNode c : children) if (c.name.equals(local)) return c;
        return null;
    }

    public List<XmlNode> children(String local) {
        List<XmlNode> out = new ArrayList<>();
        for (XmlNode c : children) if (c.name.equals(local)) out.add(c);
        return out;
    }

    /** Trimmed text of the first child with this name; null when absent or blank. */
    public String text(String local) {
        XmlNode c = child(local);
        return c == null ? null : c.value();
    }

    /** Trimmed texts of every child with this name, blanks left out. */
    public List<String> texts(String local) {
        List<String> out = new ArrayList<>();
        for (XmlNode c : children) {
            String v = c.name.equals(local) ? c.value() : null;
            if (v != null) out.add(v);
        }
        return out;
    }

    /** This element's own text, trimmed; null when blank. */
    public String value() {
        String t = text.strip();
        return t.isEmpty() ? null : t;
    }

    /** Attribute value, trimmed; null when absent or blank. */
    public String attr(String local) {
        String v = attributes.get(local);
        if (v == null) return null;
        v = v.strip();
        return v.isEmpty() ? null : v;
    }
}
