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

    /** {@code CHOKEPOINT_FOUR_EYES=true} turns the four-eyes rule on (entry points only). */
    public static CasesOptions fromEnvironment() {
        return new CasesOptions(Boolean.parseBoolean(System.getenv().getOrDefault("CHOKEPOINT_FOUR_EYES", "false")));
    }
}
