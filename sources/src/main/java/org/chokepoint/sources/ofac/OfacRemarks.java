package org.chokepoint.sources.ofac;

import org.chokepoint.model.EntityBuilder;
import org.chokepoint.model.FuzzyDate;
import org.chokepoint.model.Link;
import org.chokepoint.model.LinkType;
import org.chokepoint.model.Name;
import org.chokepoint.model.NameKind;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The structure inside an OFAC remarks text: {@code "DOB 19 Jun 1951; POB Giza, Egypt; Passport 1084010 (Egypt);
 * alt. Passport 19820215; a.k.a. 'ABU MUHAMMAD'; Linked To: JIHAD GROUP."}. Clauses are separated by
 * {@code "; "}; a leading {@code alt.} marks a further value of the same kind. Names in quotes after
 * {@code a.k.a.}/{@code n.k.a.} are OFAC's weak aliases (strong ones are rows of {@code alt.csv}); after
 * {@code f.k.a.} they are former names. Clauses this class does not know stay only in the remarks text.
 *
 * @param unreadDates DOB texts that are none of the published date forms (reported by the caller)
 * @param otherClauses clauses that are not one of the known kinds (titles, sanctions notes), kept as text only
 */
public record OfacRemarks(List<Name> names, List<FuzzyDate> birthDates, List<String> birthPlaces,
                          List<String> nationalities, List<String> citizenships, List<Link> links,
                          List<Fact> facts, List<String> unreadDates, List<String> otherClauses) {

    /** A labelled fact ("Passport", "1084010", "Egypt", null), applied through {@link OfacFacts}. */
    public record Fact(String label, String value, String country, String note) {
    }

    private static final Pattern ALIAS = Pattern.compile("([afn])\\.k\\.a\\.,?\\s*'(.+)'", Pattern.CASE_INSENSITIVE);
    private static final Pattern PREFIXED = Pattern.compile("(DOB|POB|nationality|citizen|Linked To)\\b:?\\s*(.+)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CURRENCY = Pattern.compile("(Digital Currency Address - \\S+)\\s+(.+)");
    private static final Pattern VALUE = Pattern.compile(
            "(.*?)(?:\\s*\\(([^()]*)\\))?((?:\\s*,?\\s*(?:issued|expires|Issue Date|Expire Date|Expiration Date)\\b.*)?)");
    /** Name endings OFAC writes with a period of their own, which is then also the sentence's last period. */
    private static final Set<String> DOTTED_ENDINGS = Set.of("LTD", "INC", "CO", "CORP", "JR", "SR", "LTDA", "BHD");

    public OfacRemarks {
        names = List.copyOf(names);
        birthDates = List.copyOf(birthDates);
        birthPlaces = List.copyOf(birthPlaces);
        nationalities = List.copyOf(nationalities);
        citizenships = List.copyOf(citizenships);
        links = List.copyOf(links);
        facts = List.copyOf(facts);
        unreadDates = List.copyOf(unreadDates);
        otherClauses = List.copyOf(otherClauses);
    }

    /** Parses a remarks text (null or blank gives an empty result). */
    public static OfacRemarks parse(String remarks) {
        List<Name> names = new ArrayList<>();
        List<FuzzyDate> dates = new ArrayList<>();
        List<String> places = new ArrayList<>();
        List<String> nationalities = new ArrayList<>();
        List<String> citizenships = new ArrayList<>();
        List<Link> links = new ArrayList<>();
        List<Fact> facts = new ArrayList<>();
        List<String> unread = new ArrayList<>();
        List<String> other = new ArrayList<>();
        if (remarks != null) {
            String text = remarks.strip();
            // the XML and the CSL write remarks that are only links in parentheses: "(Linked To: HAMAS)"
            if (text.startsWith("(") && text.endsWith(")")) text = text.substring(1, text.length() - 1);
            for (String clause : text.split(";\\s+")) {
                String c = clause.strip();
                if (c.regionMatches(true, 0, "alt. ", 0, 5)) c = c.substring(5).strip();
                if (c.isEmpty()) continue;
                Matcher m = ALIAS.matcher(withoutSentenceDot(c));
                if (m.matches()) {
                    NameKind kind = m.group(1).equalsIgnoreCase("f") ? NameKind.FORMER_NAME : NameKind.WEAK_ALIAS;
                    names.add(Name.alias(m.group(2).strip(), kind));
                    continue;
                }
                m = PREFIXED.matcher(c);
                if (m.matches() && !c.regionMatches(true, 0, "Nationality of", 0, 14)) {
                    String value = m.group(2).strip();
                    switch (m.group(1).toLowerCase(Locale.ROOT)) {
                        case "dob" -> {
                            FuzzyDate d = OfacDates.parse(value);
                            if (d == null) unread.add(value);
                            else dates.add(d);
                        }
                        case "pob" -> places.add(withoutSentenceDot(value));
                        case "nationality" -> nationalities.add(withoutSentenceDot(value));
                        case "citizen" -> citizenships.add(withoutSentenceDot(value));
                        default -> links.add(new Link(LinkType.LINKED_TO, null, linkedName(value), null));
                    }
                    continue;
                }
                Fact fact = fact(withoutSentenceDot(c));
                if (fact != null) facts.add(fact);
                else other.add(withoutSentenceDot(c));
            }
        }
        return new OfacRemarks(names, dates, places, nationalities, citizenships, links, facts, unread, other);
    }

    /** Adds every parsed fact to the builder. */
    public void applyTo(EntityBuilder b) {
        names.forEach(b::name);
        birthDates.forEach(b::birthDate);
        birthPlaces.forEach(b::birthPlace);
        nationalities.forEach(b::nationality);
        citizenships.forEach(b::citizenship);
        links.forEach(b::link);
        facts.forEach(f -> OfacFacts.apply(b, f.label(), f.value(), f.country(), f.note()));
    }

    private static Fact fact(String c) {
        Matcher m = CURRENCY.matcher(c);
        if (m.matches()) return new Fact(m.group(1), m.group(2).strip(), null, null);
        for (String label : OfacFacts.IDENTIFIER_LABELS) {
            if (c.length() > label.length() + 1 && c.startsWith(label)
                    && (c.charAt(label.length()) == ' ' || c.charAt(label.length()) == ':')) {
                String rest = c.substring(label.length() + 1).strip();
                if (rest.startsWith(":")) rest = rest.substring(1).strip();
                Matcher v = VALUE.matcher(rest);
                if (!v.matches() || v.group(1).isBlank()) return new Fact(label, rest, null, null);
                String note = v.group(3).strip();
                return new Fact(label, v.group(1).strip(), v.group(2), note.isEmpty() ? null : note);
            }
        }
        return null;
    }

    private static String withoutSentenceDot(String s) {
        return s.endsWith(".") ? s.substring(0, s.length() - 1).strip() : s;
    }

    /** A "Linked To:" name keeps its final period when that period belongs to the name ("CO., LTD.", "S.A."). */
    private static String linkedName(String value) {
        if (!value.endsWith(".")) return value;
        String body = value.substring(0, value.length() - 1);
        String last = body.substring(body.lastIndexOf(' ') + 1).toUpperCase(Locale.ROOT);
        return last.contains(".") || DOTTED_ENDINGS.contains(last) ? value : body.strip();
    }
}
