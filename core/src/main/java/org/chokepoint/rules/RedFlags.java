package org.chokepoint.rules;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** Data-checkable Know Your Customer red flags ({@code red-flags.tsv}): a pattern per kind of field. */
public final class RedFlags {
    /** One red flag; {@code kind} names the field it reads ("consignee-address", "payment", "end-use", ...). */
    public record Flag(String id, String kind, Pattern pattern, Verdict verdict, String citation) {
        public Optional<String> find(String text) {
            if (text == null) return Optional.empty();
            var m = pattern.matcher(text);
            return m.find() ? Optional.of(m.group()) : Optional.empty();
        }
    }

    private final List<Flag> flags;

    RedFlags(RuleTable table) {
        flags = table.rows().stream().map(r -> new Flag(r.require("flag"), r.require("kind"),
                Pattern.compile(r.require("pattern"), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS),
                Verdict.valueOf(r.require("verdict")), r.require("citation"))).toList();
    }

    public List<Flag> ofKind(String kind) {
        return flags.stream().filter(f -> f.kind().equals(kind)).toList();
    }
}
