package org.chokepoint.names;

import java.util.ArrayList;
import java.util.List;

/**
 * The whole name pipeline: clean (NFKC, invisible and control characters, length cap) → detect the script →
 * romanise to lower-case ASCII → tokenise → recognise legal forms (organisations only), leading honorifics
 * (persons only) and connectors. Stateless and thread-safe.
 */
public final class NameNormalizer {
    /** How the name will be read: a person's name, an organisation's, or unknown (both rule sets apply). */
    public enum Mode { PERSON, ORGANIZATION, UNKNOWN }

    private NameNormalizer() {
    }

    public static NormalizedName normalize(String raw, Mode mode) {
        String clean = TextCleaner.clean(raw);
        Script script = Script.dominant(clean);
        List<String> tokens = Tokenizer.split(Romanizer.toLatin(clean));
        TokenKind[] kinds = new TokenKind[tokens.size()];
        String[] out = tokens.toArray(new String[0]);
        java.util.Arrays.fill(kinds, TokenKind.NAME);
        if (mode != Mode.PERSON) markLegalForms(tokens, out, kinds);
        if (mode != Mode.ORGANIZATION) markHonorifics(out, kinds);
        for (int i = 0; i < out.length; i++) {
            if (kinds[i] == TokenKind.NAME && LegalForms.isConnector(out[i])) kinds[i] = TokenKind.CONNECTOR;
        }
        return compact(clean, script, out, kinds);
    }

    private static void markLegalForms(List<String> tokens, String[] out, TokenKind[] kinds) {
        int n = tokens.size();
        // phrases of two or more tokens and unambiguous long single words, anywhere in the name
        for (int i = 0; i < n; i++) {
            for (int len = Math.min(LegalForms.MAX_PHRASE, n - i); len >= 1; len--) {
                String canon = LegalForms.lookup(tokens, i, len);
                if (canon == null || (len == 1 && tokens.get(i).length() < 4)) continue;
                mark(out, kinds, i, len, canon);
                i += len - 1;
                break;
            }
        }
        // short abbreviations (SA, AO, PT, AB, ...) only where legal forms stand: at either end or next to another form
        for (int i = 0; i < n; i++) {
            if (kinds[i] != TokenKind.NAME || out[i] == null) continue;
            String canon = LegalForms.lookup(tokens, i, 1);
            if (canon == null) continue;
            boolean atEnd = i == 0 || i == n - 1;
            boolean besideForm = (i > 0 && kinds[i - 1] == TokenKind.LEGAL_FORM)
                    || (i + 1 < n && kinds[i + 1] == TokenKind.LEGAL_FORM);
            if ((atEnd && n > 1) || besideForm) mark(out, kinds, i, 1, canon);
        }
    }

    /** Replaces a phrase by its canonical form: the first token carries it, the others are removed later. */
    private static void mark(String[] out, TokenKind[] kinds, int from, int len, String canon) {
        out[from] = canon;
        kinds[from] = TokenKind.LEGAL_FORM;
        for (int k = 1; k < len; k++) {
            out[from + k] = null;
            kinds[from + k] = TokenKind.LEGAL_FORM;
        }
    }

    private static void markHonorifics(String[] out, TokenKind[] kinds) {
        int names = 0;
        for (int i = 0; i < out.length; i++) if (out[i] != null && kinds[i] == TokenKind.NAME) names++;
        for (int i = 0; i < out.length && names > 1; i++) {
            if (out[i] == null) continue;
            if (kinds[i] != TokenKind.NAME || !LegalForms.isHonorific(out[i])) break;
            kinds[i] = TokenKind.HONORIFIC;
            names--;
        }
    }

    private static NormalizedName compact(String clean, Script script, String[] tokens, TokenKind[] kinds) {
        List<String> t = new ArrayList<>(tokens.length);
        List<TokenKind> k = new ArrayList<>(tokens.length);
        for (int i = 0; i < tokens.length; i++) {
            if (tokens[i] == null) continue;
            t.add(tokens[i]);
            k.add(kinds[i]);
        }
        return new NormalizedName(clean, script, t.toArray(new String[0]), k.toArray(new TokenKind[0]));
    }
}
