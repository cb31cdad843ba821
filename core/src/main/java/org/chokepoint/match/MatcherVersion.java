package org.chokepoint.match;

/**
 * The version of what turns list names into a {@link NameIndex} and scores them: normalisation (cleaning,
 * transliteration, legal forms, phonetic keys), indexing (tokens, weights, typo and joined-word keys) and
 * scoring. A stored index is only used when it was written under the same version; any other is rebuilt.
 *
 * <p>It must change whenever a change to normalisation, indexing or scoring can change any result, even one
 * score in the fourth decimal: an index written by the older code would otherwise keep answering with the old
 * tokens and weights. Example: teaching {@code LegalForms} that "TOO" is a Kazakh legal form changes the tokens
 * of every name containing it, so "names-3" becomes "names-2" in the same commit. A change that cannot alter
 * results (a faster loop, a new log line) keeps the version.
 */
public final class MatcherVersion {
    public static final String VERSION = "names-7";

    private MatcherVersion() {
    }
}
