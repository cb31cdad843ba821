package org.chokepoint.sources.csl;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a CSL organisation name field that carries more than the name: a short name in brackets and an address
 * fragment after the legal form. The split is made only after a legal form, so "HiSilicon Tech (Suzhou) Co., Ltd."
 * keeps its bracket and "Academy of Military Medical Sciences, Institute of Basic Medicine" is left whole.
 *
 * <p>Example: {@code "HiSilicon Technologies Co., Ltd (HiSilicon), Bantian Longgang District"} →
 * name {@code HiSilicon Technologies Co., Ltd}, alias {@code HiSilicon}, address {@code Bantian Longgang District};
 * {@code "Chengdu Huawei Technologies Co., Ltd., Chengdu, Sichuan"} → name {@code Chengdu Huawei Technologies Co., Ltd.},
 * address {@code Chengdu, Sichuan}.
 */
final class CslNames {
    /** The name, the bracketed short name (or null) and the address fragment (or null). */
    record Split(String name, String alias, String address) {
    }

    private static final Pattern LEGAL_FORM = Pattern.compile(
            "\\b(Co\\.?,? ?Ltd\\.?|Ltd\\.?|Limited|LLC|L\\.L\\.C\\.|Inc\\.?|P?JSC|OJSC|CJSC|GmbH|S\\.A\\.|LLP|FZE|FZCO|FZ-LLC|OOO|PLC|Pte\\.? Ltd\\.?)"
                    + "(?=\\s*(,|\\(|$))");
    private static final Pattern BRACKET = Pattern.compile("^\\(([^()]{2,60})\\)");
    private static final Pattern AKA = Pattern.compile("(?i)\\b(a\\.k\\.a|f\\.k\\.a|formerly known)\\b");
    private static final int MAX_ADDRESS_WORDS = 8;

    private CslNames() {
    }

    static Optional<Split> split(String field) {
        String f = field.strip().replaceAll("\\s+", " ");
        Matcher m = LEGAL_FORM.matcher(f);
        int end = -1;
        while (m.find()) end = m.end();
        if (end < 0 || end == f.length()) return Optional.empty();
        String name = f.substring(0, end).strip();
        // "..., a.k.a. ..." and "(Huawei). Affiliated Entity: ..." name other entities: left whole
        if (AKA.matcher(f).find() || name.contains(":")) return Optional.empty();
        String rest = f.substring(end).strip();
        String alias = null;
        Matcher b = BRACKET.matcher(rest);
        if (b.find()) {
            alias = b.group(1).strip();
            if (!Character.isUpperCase(alias.codePointAt(0)) && !Character.isDigit(alias.codePointAt(0))) return Optional.empty();
            rest = rest.substring(b.end()).strip();
        }
        // after the name only a place follows a comma; "(CSSC) 12th Research Institute" is a sub-unit's own name
        if (!rest.isEmpty() && !rest.startsWith(",")) return Optional.empty();
        if (rest.startsWith(",")) rest = rest.substring(1).strip();
        if (rest.endsWith(",")) rest = rest.substring(0, rest.length() - 1).strip();
        if (!rest.isEmpty() && (rest.split(" ").length > MAX_ADDRESS_WORDS || LEGAL_FORM.matcher(rest).find() || rest.contains("("))) {
            return Optional.empty();
        }
        if (alias == null && rest.isEmpty()) return Optional.empty();
        return Optional.of(new Split(name, alias, rest.isEmpty() ? null : rest));
    }
}
