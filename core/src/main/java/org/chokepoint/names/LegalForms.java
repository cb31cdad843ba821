package org.chokepoint.names;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Company legal forms, connectors and honorifics, recognised word by word after romanisation. Every spelling
 * maps to canonical words and acronyms expand to the words they stand for, so "CO., LTD." = "COMPANY LIMITED" =
 * "Co Ltd" (co ltd), "LLC" = "OOO" = "ООО" = "LIMITED LIABILITY COMPANY" = "COMPANY LIMITED LIABILITY"
 * (ltd liability co) whatever the order. Misspelt legal words ("COMPNAY", "LIMTED", "GRUOP") are corrected,
 * since a typo in a legal form must not turn it into a heavy name word.
 */
public final class LegalForms {
    private static final String[][] VOCABULARY = {
            {"co", "company", "co", "compania", "compagnie", "cia", "cie", "companhia", "firma", "obshchestvo",
                    "obshestvo", "obschestvo", "sharikat", "sherkat", "shrkt", "shrka", "shirkat", "kompaniya",
                    "kompaniyasi", "societe", "sociedad", "sociedade", "societa", "gesellschaft", "kaisha", "kabushiki"},
            {"ltd", "limited", "ltd", "ltda", "limitada", "ogranichennoy", "ogranichennoi", "ogranichennoj", "limitee",
                    "limitata", "beschrankter", "berhad", "bhd"},
            {"liability", "liability", "otvetstvennostyu", "otvetstvennostiu", "otvetstvennostju", "responsabilidad",
                    "responsabilita", "responsabilite", "haftung"},
            {"joint", "joint"}, {"stock", "stock"},
            {"joint stock", "jointstock", "aktsionernoe", "aktsionernoye", "aktsionernogo", "aktsionerno",
                    "aktsiyadorlik", "aksionerno", "anonima", "anonyme"},
            {"corp", "corporation", "corp", "corporacion", "korporatsiya", "korporatsiia", "korporatsiyasi"},
            {"inc", "incorporated", "inc"},
            {"open", "open", "otkrytoe", "otkrytoye", "otkrytogo"},
            {"closed", "closed", "zakrytoe", "zakrytoye", "zakrytogo"},
            {"public", "public", "publichnoe", "publichnoye", "publichnogo"},
            {"private", "private", "pvt", "pte", "pty", "chastnoe", "chastnoye"},
            {"ltd liability co", "llc", "ooo", "tov", "too", "mchj", "fzllc"},
            {"ltd liability partnership", "llp"},
            {"joint stock co", "jsc", "ao", "ad", "zat", "vat", "pat"},
            {"open joint stock co", "ojsc", "oao"},
            {"closed joint stock co", "cjsc", "zao"},
            {"public joint stock co", "pjsc", "pao", "prat"},
            {"public ltd co", "plc"},
            {"gmbh", "gmbh", "mbh"},
            {"ag", "ag", "aktiengesellschaft", "kg", "ohg", "kgaa"},
            {"sa", "sa", "sas", "sae", "saa", "sac", "saic", "sab", "spa", "sapi"},
            {"srl", "srl", "sarl", "sl", "sro", "spzoo", "kft", "doo", "eirl", "bv", "nv", "bvba", "ab", "oy", "oyj",
                    "aps", "as", "asa", "ltda"},
            {"tbk", "tbk", "pt", "sdn"},
            {"cv", "cv"},
            {"group", "group", "groupe", "grupp", "gruppa", "grupo", "gruppe", "holding", "holdings"},
            {"fze", "fze", "fzco", "fzc", "fzco", "dmcc", "wll", "spc"},
            {"est", "est", "establishment", "muassasat", "mussasat", "moassese", "muassasa", "muassasah"},
            {"kk", "kk"},
            {"branch", "branch", "filial", "filiale"},
            {"cooperative", "cooperative", "coop", "cooperativa", "kooperativ"},
            {"partnership", "partnership"},
    };

    /** Abbreviations of ordinary name words, expanded in every kind of name. */
    private static final Map<String, String> ABBREVIATIONS = Map.ofEntries(Map.entry("intl", "international"),
            Map.entry("natl", "national"), Map.entry("mfg", "manufacturing"), Map.entry("bros", "brothers"),
            Map.entry("dept", "department"), Map.entry("univ", "university"), Map.entry("assn", "association"),
            Map.entry("assoc", "association"), Map.entry("svcs", "services"), Map.entry("mgmt", "management"),
            Map.entry("trdg", "trading"), Map.entry("engg", "engineering"), Map.entry("unltd", "unlimited"));

    /** Business words written in several forms; one form stands for all ("GENERAL TRADE" = "GENERAL TRADING"). */
    private static final Map<String, String> WORD_FORMS = Map.ofEntries(Map.entry("trading", "trade"),
            Map.entry("traders", "trade"), Map.entry("industries", "industry"), Map.entry("manufacturing", "manufacture"),
            Map.entry("manufacturer", "manufacture"), Map.entry("investments", "investment"),
            Map.entry("enterprises", "enterprise"), Map.entry("technologies", "technology"),
            Map.entry("services", "service"), Map.entry("shipping", "ship"), Map.entry("ships", "ship"),
            Map.entry("logistics", "logistic"), Map.entry("commerce", "commercial"),
            Map.entry("centre", "center"), Map.entry("organisation", "organization"),
            Map.entry("airlines", "air"), Map.entry("airline", "air"), Map.entry("airways", "air"));

    /**
     * Generic business words (in the one form of {@link #WORD_FORMS}): what a firm does, not who it is. A list name
     * spells them out ("DANDONG KEHUA ECONOMIC AND TRADE CO. LTD."), people mostly leave them out ("Dandong
     * Kehua"), so their absence from a query says little once its distinctive words have matched.
     */
    private static final Set<String> GENERIC = Set.of("trade", "economic", "economy", "industrial", "industry",
            "development", "technology", "technical", "air", "aviation", "international", "service", "ship", "logistic",
            "investment", "enterprise", "manufacture", "commercial", "import", "export", "engineering", "construction",
            "electronics", "electronic", "energy", "equipment", "general", "management", "marine", "maritime",
            "science", "scientific", "supply", "system", "systems", "product", "products", "materials", "chemical",
            "chemicals", "machinery", "transport", "transportation", "consulting", "solutions", "resources",
            "factory", "agency", "center", "business", "global", "worldwide", "overseas");

    /** Forms that are also ordinary short words; they count as legal forms only at either end or beside another form. */
    private static final Set<String> AMBIGUOUS = Set.of("ao", "ad", "ag", "kg", "sa", "sl", "nv", "bv", "ab", "oy",
            "as", "pt", "cv", "kk", "too", "tov", "est", "pte", "pty", "pvt", "sas", "spa", "sae", "sac", "saa", "sab",
            "doo", "sdn", "zat", "vat", "pat", "open", "public", "private", "closed", "joint", "stock", "inc", "co",
            "firma", "sapi", "saic", "prat", "branch", "partnership");

    /**
     * Shortest legal-form spelling that is still read as the form when misspelt by one letter; shorter forms
     * ("gmbh", "sarl") are one letter away from too many name words.
     */
    private static final int MIN_CORRECTABLE = 6;
    /**
     * Words besides the legal forms and the business words of {@link #WORD_FORMS} that misspelt by one letter
     * are still read as themselves (short legal words among them).
     */
    private static final String[] CORRECTABLE_WORDS = {"stock", "joint", "group", "grupp", "grupo", "firma",
            "international", "investment", "center"};

    /** Words of their own one letter away from a legal or business word, never read as its misspelling. */
    private static final Set<String> NOT_MISSPELT = Set.of("society", "campania", "shariat", "behrad", "point", "shock",
            "stack", "stork", "shopping", "farma");

    /** Short legal forms that a word may carry run together with it ("TRADINGFZE", "SYSKONPVT"). */
    private static final Set<String> SHORT_JOINED = Set.of("fze", "fzc", "llc", "llp", "ltd", "pvt", "jsc",
            "plc", "cjsc", "ojsc", "pjsc", "dmcc", "fzco", "sarl", "gmbh");
    /** Legal words that are also ordinary words: split off only when the rest is a legal or business word too. */
    private static final Set<String> JOINED_IF_REST_IS_LEGAL = Set.of("public", "open", "closed", "joint", "stock", "private");
    /** Shortest rest of a word once a legal or business word is split off it. */
    private static final int MIN_REST = 3;
    /** Legal and business words split off either end of a word they are run together with. */
    private static final Set<String> JOINED = new HashSet<>();

    private static final Map<String, String[]> WORDS = new HashMap<>();
    /** Each correctable word under itself and each of its one-letter deletions, for lookups by deletion. */
    private static final Map<String, List<String>> CORRECTIONS = new HashMap<>();

    static {
        for (String[] v : VOCABULARY) {
            String[] canon = v[0].split(" ");
            for (int i = 1; i < v.length; i++) WORDS.putIfAbsent(v[i], canon);
        }
        Set<String> correctable = new TreeSet<>(List.of(CORRECTABLE_WORDS));
        for (String w : WORD_FORMS.keySet()) if (w.length() >= MIN_CORRECTABLE) correctable.add(w);
        for (String[] v : VOCABULARY) {
            for (int i = 1; i < v.length; i++) {
                if (v[i].length() >= MIN_CORRECTABLE) correctable.add(v[i]);
            }
        }
        for (String[] v : VOCABULARY) {
            for (int i = 1; i < v.length; i++) {
                if (v[i].length() >= 5 && !AMBIGUOUS.contains(v[i])) JOINED.add(v[i]);
            }
        }
        JOINED.addAll(SHORT_JOINED);
        for (Map.Entry<String, String> f : WORD_FORMS.entrySet()) {
            if (f.getKey().length() >= 6) JOINED.add(f.getKey());
            if (f.getValue().length() >= 6) JOINED.add(f.getValue());
        }
        for (String g : GENERIC) if (g.length() >= 7) JOINED.add(g);
        for (String w : correctable) {
            CORRECTIONS.computeIfAbsent(w, k -> new ArrayList<>()).add(w);
            for (int i = 0; i < w.length(); i++) {
                CORRECTIONS.computeIfAbsent(w.substring(0, i) + w.substring(i + 1), k -> new ArrayList<>()).add(w);
            }
        }
    }

    private static final Set<String> CONNECTORS = Set.of("and", "of", "the", "for", "de", "del", "della", "di", "da",
            "do", "dos", "das", "du", "des", "la", "le", "les", "el", "al", "ul", "y", "e", "et", "und", "van", "von",
            "der", "den", "bin", "bn", "ibn", "ben", "bint", "binti", "ould", "wuld",
            // the Arabic article assimilated to a sun letter (as-Saadi, ad-Din, ar-Rahman) and Urdu ur (Zaki-ur-Rehman)
            "as", "ad", "ar", "at", "ash", "az", "adh", "ath", "ud", "ur");

    private static final Set<String> HONORIFICS = Set.of("mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sr", "sra",
            "srta", "dona", "herr", "frau", "pani", "sheikh", "shaykh", "sheik", "shaikh", "shaik", "haji",
            "hajji", "hadji", "alhaj", "alhaji", "mullah", "mulla", "maulvi", "mawlawi", "maulana", "mawlana", "qari",
            "general", "gen", "colonel", "col", "lt", "captain", "capt", "major", "maj", "brig", "admiral", "adm", "sir", "lord",
            "dame", "madame", "mme", "mlle", "monsieur", "signor", "signora", "dott", "engr", "hon", "rev", "imam",
            "ayatollah", "hojatoleslam", "gospodin", "gospozha", "tuan", "puan", "bapak", "datuk", "ustad", "ustadh");

    private LegalForms() {
    }

    /** Canonical words of a legal-form token, or null when the token is not one. */
    public static String[] canonical(String token) {
        return WORDS.get(token);
    }

    static boolean isAmbiguous(String token) {
        return AMBIGUOUS.contains(token) || token.length() <= 2;
    }

    /** The legal or business word a one-letter misspelling stands for ("compnay" → "company"), or null. */
    static String correct(String token) {
        if (token.length() < 4 || WORDS.containsKey(token) || WORD_FORMS.containsValue(token)
                || NOT_MISSPELT.contains(token)) return null;
        // a word one edit away shares the token itself or one of its deletions with the word's deletion set
        String found = firstWithinOneEdit(token, CORRECTIONS.get(token));
        for (int i = 0; i < token.length() && found == null; i++) {
            found = firstWithinOneEdit(token, CORRECTIONS.get(token.substring(0, i) + token.substring(i + 1)));
        }
        return found;
    }

    private static String firstWithinOneEdit(String token, List<String> words) {
        if (words == null) return null;
        for (String w : words) if (withinOneEdit(token, w)) return w;
        return null;
    }

    /**
     * A word of a firm's name run together with a legal form or business word, as its two words
     * ("tradingfze" → trading, fze; "homashipping" → homa, shipping; "publicjoint" → public, joint;
     * "grupparodina" → grupp, rodina); null when the word is not such a join. The rest must keep at least
     * {@link #MIN_REST} letters, and an ordinary word that is also a legal word ("public", "joint") splits off
     * only a legal or business word ("openjoint", not "openshaw").
     */
    static String[] splitJoined(String token) {
        if (token.length() < MIN_REST + 3 || WORDS.containsKey(token) || JOINED.contains(token)) return null;
        for (int cut = MIN_REST; cut <= token.length() - 3; cut++) { // longest suffix first
            String head = token.substring(0, cut), tail = token.substring(cut);
            if (joinable(tail, head) && hasLetter(head) && !(tail.equals("limited") && head.endsWith("un"))) {
                return new String[]{head, tail};
            }
        }
        // a business word begins ordinary words too ("product|ion", "transport|ation"): in front, only a legal
        // word ("grupp|arodina", "cjsc|sovmortrans") or one followed by another legal or business word
        for (int cut = token.length() - MIN_REST; cut >= 3; cut--) { // longest prefix first
            String head = token.substring(0, cut), tail = token.substring(cut);
            boolean legalHead = WORDS.containsKey(head) && JOINED.contains(head);
            if ((legalHead || joinable(head, tail) && (WORDS.containsKey(tail) || JOINED.contains(tail))) && hasLetter(tail)) {
                return new String[]{head, tail};
            }
        }
        return null;
    }

    private static boolean joinable(String word, String rest) {
        if (JOINED.contains(word)) return true;
        return JOINED_IF_REST_IS_LEGAL.contains(word) && (WORDS.containsKey(rest) || JOINED.contains(rest));
    }

    private static boolean hasLetter(String s) {
        for (int i = 0; i < s.length(); i++) if (Character.isLetter(s.charAt(i))) return true;
        return false;
    }

    static String expandAbbreviation(String token) {
        return ABBREVIATIONS.getOrDefault(token, token);
    }

    /** The one form standing for a business word written several ways ("trading" → "trade"). */
    static String wordForm(String token) {
        return WORD_FORMS.getOrDefault(token, token);
    }

    /** Whether a name word is a generic business word ({@link #GENERIC}: "trade", "economic", "technology", "air"). */
    public static boolean isGeneric(String token) {
        return GENERIC.contains(token);
    }

    static boolean isConnector(String token) {
        return CONNECTORS.contains(token);
    }

    static boolean isHonorific(String token) {
        return HONORIFICS.contains(token);
    }

    /** Optimal-string-alignment distance at most one (one insertion, deletion, substitution or adjacent swap). */
    static boolean withinOneEdit(String a, String b) {
        int n = a.length(), m = b.length();
        if (Math.abs(n - m) > 1) return false;
        int i = 0;
        while (i < Math.min(n, m) && a.charAt(i) == b.charAt(i)) i++;
        if (i == n && i == m) return true;
        if (n == m) {
            if (a.substring(i + 1).equals(b.substring(i + 1))) return true;
            return i + 1 < n && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
                    && a.substring(i + 2).equals(b.substring(i + 2));
        }
        return n > m ? a.substring(i + 1).equals(b.substring(i)) : a.substring(i).equals(b.substring(i + 1));
    }
}
