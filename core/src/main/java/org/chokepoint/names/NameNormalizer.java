package org.chokepoint.names;

import java.util.ArrayList;
import java.util.List;

/**
 * The whole name pipeline: clean (NFKC, invisible and control characters, length cap) → detect the script →
 * romanise to lower-case ASCII → tokenise → recognise legal forms (organisations), leading honorifics (persons)
 * and connectors. Stateless and thread-safe.
 */
public final class NameNormalizer {
    /** Most tokens a normalised name keeps; words after them are not matched. */
    public static final int MAX_TOKENS = Tokenizer.MAX_TOKENS;

    /** How the name will be read: a person's name, an organisation's, or unknown (both rule sets apply). */
    public enum Mode { PERSON, ORGANIZATION, UNKNOWN }

    private NameNormalizer() {
    }

    public static NormalizedName normalize(String raw, Mode mode) {
        String clean = TextCleaner.clean(raw);
        Script script = Script.dominant(clean);
        List<Tokenizer.Token> words = Tokenizer.tokens(Romanizer.toLatin(clean));
        List<String> tokens = new ArrayList<>(words.size());
        boolean[] dotted = new boolean[words.size()];
        for (int i = 0; i < words.size(); i++) {
            tokens.add(LegalForms.expandAbbreviation(words.get(i).text()));
            dotted[i] = words.get(i).dotted();
        }
        List<String> out = new ArrayList<>(tokens.size() + 4);
        List<TokenKind> kinds = new ArrayList<>(tokens.size() + 4);
        if (mode == Mode.PERSON) {
            for (String t : tokens) {
                out.add(t);
                kinds.add(TokenKind.NAME);
            }
        } else {
            dotted = splitJoined(tokens, dotted);
            legalForms(tokens, dotted, out, kinds);
        }
        if (mode != Mode.ORGANIZATION) markHonorifics(out, kinds);
        for (int i = 0; i < out.size(); i++) {
            if (kinds.get(i) == TokenKind.NAME && LegalForms.isConnector(out.get(i))) kinds.set(i, TokenKind.CONNECTOR);
        }
        int n = Math.min(out.size(), Tokenizer.MAX_TOKENS);
        return new NormalizedName(clean, script, out.subList(0, n).toArray(new String[0]),
                kinds.subList(0, n).toArray(new TokenKind[0]));
    }

    /**
     * Splits each word run together with a legal form or business word ({@link LegalForms#splitJoined}:
     * "SPARROW TRADINGFZE" reads as "SPARROW TRADING FZE"), in place; returns the dotted flags of the new tokens.
     */
    private static boolean[] splitJoined(List<String> tokens, boolean[] dotted) {
        List<String> words = new ArrayList<>(tokens.size() + 2);
        List<Boolean> flags = new ArrayList<>(tokens.size() + 2);
        for (int i = 0; i < tokens.size(); i++) {
            String[] parts = LegalForms.splitJoined(tokens.get(i));
            if (parts == null) {
                words.add(tokens.get(i));
                flags.add(dotted[i]);
            } else {
                words.addAll(List.of(parts));
                flags.add(false);
                flags.add(false);
            }
        }
        if (words.size() == tokens.size()) return dotted;
        tokens.clear();
        tokens.addAll(words);
        boolean[] out = new boolean[flags.size()];
        for (int i = 0; i < out.length; i++) out[i] = flags.get(i);
        return out;
    }

    private static void legalForms(List<String> tokens, boolean[] dotted, List<String> out, List<TokenKind> kinds) {
        int n = tokens.size();
        String[][] canon = new String[n][];
        for (int i = 0; i < n; i++) {
            String t = tokens.get(i);
            String fixed = LegalForms.correct(t);
            if (fixed != null) tokens.set(i, t = fixed);
            tokens.set(i, t = LegalForms.wordForm(t));
            canon[i] = LegalForms.canonical(t);
        }
        // ambiguous short forms count only at either end of the name or next to an unambiguous form
        boolean[] legal = new boolean[n];
        for (int i = 0; i < n; i++) {
            legal[i] = canon[i] != null && (dotted[i] || !LegalForms.isAmbiguous(tokens.get(i)));
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int i = 0; i < n; i++) {
                if (legal[i] || canon[i] == null || n == 1) continue;
                boolean atEnd = i == 0 || i == n - 1;
                boolean beside = legalNear(tokens, legal, i, -1) || legalNear(tokens, legal, i, 1);
                if (atEnd || beside) {
                    legal[i] = true;
                    changed = true;
                }
            }
        }
        for (int i = 0; i < n; i++) {
            if (legal[i]) {
                for (String w : canon[i]) {
                    out.add(w);
                    kinds.add(TokenKind.LEGAL_FORM);
                }
            } else {
                out.add(tokens.get(i));
                kinds.add(TokenKind.NAME);
            }
        }
    }

    /** A legal form next to position i in direction dir, looking past one connector ("S.A. de C.V."). */
    private static boolean legalNear(List<String> tokens, boolean[] legal, int i, int dir) {
        int j = i + dir;
        if (j < 0 || j >= legal.length) return false;
        if (legal[j]) return true;
        int k = j + dir;
        return LegalForms.isConnector(tokens.get(j)) && k >= 0 && k < legal.length && legal[k];
    }

    /** The same tokens all read as name words: for a listed name that consists of nothing but legal forms. */
    public static NormalizedName asNameWords(NormalizedName n) {
        TokenKind[] kinds = new TokenKind[n.size()];
        java.util.Arrays.fill(kinds, TokenKind.NAME);
        return new NormalizedName(n.original(), n.script(), n.tokens(), kinds);
    }

    private static void markHonorifics(List<String> out, List<TokenKind> kinds) {
        int names = 0;
        for (TokenKind k : kinds) if (k == TokenKind.NAME) names++;
        for (int i = 0; i < out.size() && names > 1; i++) {
            if (kinds.get(i) != TokenKind.NAME || !LegalForms.isHonorific(out.get(i))) break;
            kinds.set(i, TokenKind.HONORIFIC);
            names--;
        }
    }
}
