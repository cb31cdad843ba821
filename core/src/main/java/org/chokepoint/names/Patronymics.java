package org.chokepoint.names;

/**
 * East Slavic patronymics as the lists romanise them (Khamatovich, Gerievich, Ivanovna, Petrivna, Ilyinichna).
 * Lists print them; people asking about someone usually leave them out, so a patronymic only one side has
 * should cost less than a missing given name or surname.
 */
public final class Patronymics {
    private static final String[] ENDINGS = {"ovich", "evich", "ovych", "evych", "ovna", "evna", "ivna", "ichna"};
    /** Shorter tokens with these endings are names of their own (Bovich, Ovna). */
    private static final int MIN_LENGTH = 7;

    private Patronymics() {
    }

    /** Whether a normalised (lower-case, romanised) token reads as a patronymic. */
    public static boolean isPatronymic(String token) {
        if (token.length() < MIN_LENGTH) return false;
        for (String e : ENDINGS) if (token.endsWith(e)) return true;
        return false;
    }
}
