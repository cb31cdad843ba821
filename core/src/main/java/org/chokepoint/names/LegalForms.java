package org.chokepoint.names;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Company legal forms and the small words of names, recognised on token sequences after romanisation. Every
 * spelling of a form maps to one canonical token, so "CO., LTD." = "COMPANY LIMITED" = "Co Ltd" ("coltd"),
 * "LIMITED LIABILITY COMPANY" = "LLC" = "OOO" = "ООО" ("llc"). Phrases are written here in any script and
 * tokenised by the same pipeline as names, so the Cyrillic, Arabic and Chinese forms match their romanisation.
 */
public final class LegalForms {
    /** Longest phrase, in tokens. */
    static final int MAX_PHRASE = 7;

    private static final String[][] FORMS = {
            {"llc", "limited liability company", "ltd liability company", "limited liability co", "llc", "l l c",
                    "ooo", "obshchestvo s ogranichennoy otvetstvennostyu", "obshchestvo s ogranichennoi otvetstvennostiu",
                    "obshestvo s ogranichennoy otvetstvennostyu", "tov", "too", "mchj", "ltd liability co",
                    "limited liability partnership", "llp", "sole proprietorship llc", "fz llc", "fzllc", "llc fz"},
            {"jsc", "joint stock company", "joint stock co", "jointstock company", "jsc", "ojsc", "cjsc", "pjsc", "ao",
                    "oao", "zao", "pao", "aktsionernoe obshchestvo", "aktsionernoye obshchestvo",
                    "open joint stock company", "closed joint stock company", "public joint stock company",
                    "open jsc", "closed jsc", "public jsc", "joint stock commercial bank", "ad", "aksionerno druzhestvo"},
            {"coltd", "company limited", "co ltd", "co limited", "company ltd", "co l t d"},
            {"co", "company", "co", "compania", "compagnie", "cia", "cie", "companhia", "sharikat", "sherkat", "shrkt",
                    "shrka", "firma"},
            {"ltd", "limited", "ltd", "ltda", "limitada"},
            {"corp", "corporation", "corp", "korporatsiya", "corporacion"},
            {"inc", "incorporated", "inc"},
            {"plc", "public limited company", "plc"},
            {"gmbh", "gmbh", "gesellschaft mit beschrankter haftung", "mbh", "gmbh co kg", "gmbh and co kg", "ug"},
            {"ag", "ag", "aktiengesellschaft", "kg", "ohg", "kgaa"},
            {"sa", "sa", "societe anonyme", "sociedad anonima", "sociedade anonima", "spa", "societa per azioni",
                    "sae", "saa", "sac", "sas", "saic", "sab", "sab de cv", "sa de cv", "sapi de cv", "sa de c v"},
            {"srl", "srl", "sarl", "sl", "s de rl", "s de rl de cv", "sociedad de responsabilidad limitada",
                    "societa a responsabilita limitata", "societe a responsabilite limitee", "eirl", "sro", "spzoo",
                    "sp z oo", "sp zoo", "kft", "doo", "bv", "nv", "bvba", "ab", "oy", "oyj", "aps", "as", "asa"},
            {"pteltd", "pte ltd", "private limited", "pvt ltd", "pte limited", "private ltd", "pvt limited",
                    "pty ltd", "pty limited", "sdn bhd", "sendirian berhad", "bhd", "berhad", "tbk", "pt", "pte", "pvt",
                    "pty"},
            {"fze", "fze", "fzco", "fzc", "free zone establishment", "free zone company", "dmcc", "wll", "w l l",
                    "spc", "est", "establishment", "muassasat", "mussasat", "moassese", "muassasa"},
            {"kk", "kabushiki kaisha", "kk", "yugen kaisha", "godo kaisha"},
            {"group", "group", "holding", "holdings", "holding company", "group of companies", "gruppa"},
            {"cooperative", "cooperative", "coop", "co op", "cooperativa"},
            {"branch", "branch", "filial", "branch office", "representative office"},
    };

    private static final Set<String> CONNECTORS = Set.of("and", "of", "the", "for", "de", "del", "della", "di", "da",
            "do", "dos", "das", "du", "des", "la", "le", "les", "el", "al", "ul", "y", "e", "et", "und", "van", "von",
            "der", "den", "bin", "ibn", "ben", "bint", "binti", "ould", "wuld");

    private static final Set<String> HONORIFICS = Set.of("mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sr", "sra",
            "srta", "dona", "herr", "frau", "pani", "sheikh", "shaykh", "sheik", "shaikh", "shaik", "haji",
            "hajji", "hadji", "alhaj", "alhaji", "mullah", "mulla", "maulvi", "mawlawi", "maulana", "mawlana", "qari",
            "general", "colonel", "lt", "captain", "capt", "major", "admiral", "sir", "lord",
            "dame", "madame", "mme", "mlle", "monsieur", "signor", "signora", "dott", "engr", "hon", "rev", "imam",
            "ayatollah", "hojatoleslam", "gospodin", "gospozha", "tuan", "puan", "bapak", "datuk", "ustad", "ustadh");

    private static final Map<List<String>, String> PHRASES = new HashMap<>();

    static {
        for (String[] form : FORMS) {
            for (int i = 1; i < form.length; i++) {
                List<String> tokens = Tokenizer.split(Romanizer.toLatin(TextCleaner.clean(form[i])));
                if (!tokens.isEmpty() && tokens.size() <= MAX_PHRASE) PHRASES.putIfAbsent(tokens, form[0]);
            }
        }
        // Cyrillic and Arabic spellings reach the table through the same romanisation as names.
        for (String[] extra : new String[][]{{"ООО", "llc"}, {"ОАО", "jsc"}, {"ЗАО", "jsc"}, {"ПАО", "jsc"},
                {"АО", "jsc"}, {"ТОВ", "llc"}, {"شركة", "co"}, {"شركت", "co"}, {"مؤسسة", "fze"}, {"موسسه", "fze"}}) {
            PHRASES.putIfAbsent(Tokenizer.split(Romanizer.toLatin(extra[0])), extra[1]);
        }
    }

    private LegalForms() {
    }

    /** Canonical legal form of {@code tokens[from, from+length)}, or null. */
    static String lookup(List<String> tokens, int from, int length) {
        return PHRASES.get(tokens.subList(from, from + length));
    }

    static boolean isConnector(String token) {
        return CONNECTORS.contains(token);
    }

    static boolean isHonorific(String token) {
        return HONORIFICS.contains(token);
    }
}
