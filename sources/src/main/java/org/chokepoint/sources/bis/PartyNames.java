package org.chokepoint.sources.bis;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Tells organisations from persons by the name alone, for lists that publish no type (BIS Denied Persons).
 * A name is an organisation when one of its words is a legal form ("LTD", "GMBH", "LLC", "S.A.") or a
 * word that business names use and personal names do not ("AIRLINES", "TRADING", "ELECTRONICS"), or when
 * it contains a digit or a web domain. Everything else is a person. Measured on the bundled DPL releases
 * (see docs/lists-us.md); the rule errs towards PERSON for bare trade names such as "FJ TECHNOLOGY" only
 * when none of the words is in the list.
 */
public final class PartyNames {
    private static final Set<String> ORGANIZATION_WORDS = Set.of(
            "LTD", "LIMITED", "INC", "INCORPORATED", "CORP", "CORPORATION", "CO", "COMPANY", "LLC", "L.L.C",
            "GMBH", "S.A", "SA", "S.A.S", "SAS", "S.L", "SL", "SARL", "S.R.L", "SRL", "LLP", "PTE", "PLC", "OOO", "ZAO", "OAO",
            "AG", "BV", "B.V", "NV", "N.V", "FZE", "FZCO", "FZC", "JSC", "OJSC", "PJSC", "CJSC", "KG", "SPA",
            "GROUP", "INTERNATIONAL", "TRADING", "TRADE", "AIRLINES", "AIRWAYS", "AVIATION", "AIR", "AERO",
            "TECHNOLOGY", "TECHNOLOGIES", "ELECTRONICS", "ELECTRONIC", "SERVICES", "SERVICE", "SYSTEMS", "SUPPLY",
            "INDUSTRIES", "INDUSTRIAL", "INDUSTRIE", "ENTERPRISES", "ENTERPRISE", "HOLDING", "HOLDINGS", "EXPORT",
            "IMPORT", "COMMUNICATIONS", "FREIGHT", "TRANSPORT", "TRANSPORTATION", "LOGISTICS", "MARITIME",
            "SHIPPING", "EMPRESA", "SOCIEDAD", "ZONE", "CENTER", "CENTRE", "ASSOCIATES", "LABS", "LABORATORIES",
            "SOLUTIONS", "GLOBAL", "D/B/A", "INSTITUTE", "UNIVERSITY", "BANK", "FOUNDATION", "MACHINERY", "PARTS",
            "ENGINEERING", "INSTRUMENTS", "COMPONENTS", "EQUIPMENT", "TECH", "WEB", "NETWORKS", "DEVICES",
            "TECHNIK", "VERTRIEBS", "COMMERCIO", "COMERCIO", "DIGITAL");
    private static final Pattern WORD_SPLIT = Pattern.compile("[\\s,()/]+");
    private static final Pattern DOMAIN = Pattern.compile("\\.(COM|NET|ORG|RU|CN)\\b");

    private PartyNames() {
    }

    public static boolean looksLikeOrganization(String name) {
        String upper = name.toUpperCase(Locale.ROOT);
        if (upper.chars().anyMatch(Character::isDigit) || DOMAIN.matcher(upper).find() || upper.contains("D/B/A")) return true;
        for (String word : WORD_SPLIT.split(upper)) {
            String w = word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
            if (ORGANIZATION_WORDS.contains(w)) return true;
        }
        return false;
    }
}
