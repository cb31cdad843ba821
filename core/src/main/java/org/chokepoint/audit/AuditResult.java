package org.chokepoint.audit;

import java.util.List;
import java.util.Map;

/**
 * The outcome of auditing one export.
 *
 * @param file          file name
 * @param status        whether the file could be judged
 * @param reason        why not (or a note), null when judged without remark
 * @param rows          data rows read
 * @param columns       the columns and their roles
 * @param openRows      rows whose country cell names a country
 * @param openCountries alpha-2 → rows, for the open rows
 * @param blankRows     rows whose country cell is blank or a placeholder (n/a, unknown …)
 * @param codes         every code found, most rows first; then, when rows with no destination carry clues, those
 *                      rows under the pseudo-code {@link CodeVerdict#NO_DESTINATION_CODE} (kind NO_DESTINATION)
 * @param problems      what went wrong on the way (bad lines, mixed encodings …), each naming where
 */
public record AuditResult(String file, Status status, String reason, long rows, List<ColumnProfile> columns,
                          long openRows, Map<String, Long> openCountries, long blankRows, List<CodeVerdict> codes,
                          List<String> problems) {
    public enum Status {
        /** Codes found and decoded. */
        CODES_FOUND,
        /**
         * No code, but rows whose destination is blank or a placeholder carry clues that land in an embargoed
         * destination (see the NO_DESTINATION entry of the codes): never to be read as "nothing hidden".
         */
        HIDDEN_IN_BLANKS,
        /** The file was read, every country cell names a country or is blank, and no blank row's clues point to an embargoed destination. */
        NOTHING_HIDDEN,
        /** The file could not be judged (see reason): never to be read as "nothing found". */
        NOT_JUDGEABLE
    }

    public static AuditResult notJudgeable(String file, String reason, long rows, List<ColumnProfile> columns, List<String> problems) {
        return new AuditResult(file, Status.NOT_JUDGEABLE, reason, rows, columns, 0, Map.of(), 0, List.of(), problems);
    }

    /** Every decoded row across all codes. */
    public List<RowVerdict> decodedRows() {
        return codes.stream().flatMap(c -> c.verdicts().stream()).toList();
    }
}
