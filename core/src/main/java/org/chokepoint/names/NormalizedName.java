package org.chokepoint.names;

import java.util.Arrays;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * A name after normalisation: lower-case ASCII tokens, each with its kind, plus the original text and its
 * script. Legal-form tokens hold their canonical form ("ltd", "llc", "coltd", ...).
 */
public record NormalizedName(String original, Script script, String[] tokens, TokenKind[] kinds) {
    public NormalizedName {
        if (tokens.length != kinds.length) throw new IllegalArgumentException("tokens and kinds differ in length");
    }

    public int size() {
        return tokens.length;
    }

    public boolean isEmpty() {
        return tokens.length == 0;
    }

    /** True when at least one token is a word of the name proper (not only legal forms or particles). */
    public boolean hasNameToken() {
        return Arrays.stream(kinds).anyMatch(k -> k == TokenKind.NAME);
    }

    /** The tokens joined by spaces, legal forms in angle brackets: {@code "dandong kehua economy trade <coltd>"}. */
    public String display() {
        return IntStream.range(0, tokens.length)
                .mapToObj(i -> kinds[i] == TokenKind.LEGAL_FORM ? "<" + tokens[i] + ">" : tokens[i])
                .collect(Collectors.joining(" "));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NormalizedName n && Arrays.equals(tokens, n.tokens) && Arrays.equals(kinds, n.kinds);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(tokens) * 31 + Arrays.hashCode(kinds);
    }

    @Override
    public String toString() {
        return display();
    }
}
