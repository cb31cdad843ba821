package org.chokepoint.cases;

/**
 * How cases are worked.
 *
 * @param fourEyes when true, a confirm or dismiss takes effect only once a second user approves it
 */
public record CasesOptions(boolean fourEyes) {
    public static CasesOptions defaults() {
        return new CasesOptions(false);
    }
}
