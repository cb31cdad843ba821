package org.chokepoint.sources.snapshot;

import org.chokepoint.model.Finding;
import org.chokepoint.model.Snapshot;
import org.chokepoint.model.SourceMeta;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The checks a freshly read list must pass before a snapshot holding it may become active, shared by
 * {@code lists update} (downloaded files) and {@code lists build} (files in the data folder): the list holds
 * entities, its reader reported no error, and it does not lose more than {@code maxDrop} of the entities the
 * active snapshot holds for it.
 *
 * <p>Example: the active snapshot holds 547 {@code bis-dpl} entries and {@code dpl.txt} was cut to half its rows;
 * the new read holds 273 and {@link #problems} answers {@code "bis-dpl: the new files hold 273 entities, the active
 * snapshot 547: a drop of 50.1 % exceeds the allowed 10.0 %; ..."}.
 */
public final class Plausibility {
    private Plausibility() {
    }

    /**
     * Why {@code next} should not replace {@code active} for the freshly read {@code sources}; empty when it may.
     *
     * @param active  the active snapshot, or null when there is none (only the first two checks apply)
     */
    public static List<String> problems(Snapshot active, Snapshot next, Set<String> sources, double maxDrop) {
        List<String> problems = new ArrayList<>();
        for (String source : sources.stream().sorted().toList()) {
            int count = next.source(source).map(SourceMeta::entityCount).orElse(0);
            if (count == 0) {
                problems.add(source + ": the files hold no entities");
                continue;
            }
            List<Finding> errors = next.findings().samples().stream()
                    .filter(f -> f.source().equals(source) && f.severity() == Finding.Severity.ERROR).toList();
            if (!errors.isEmpty()) {
                problems.add(source + ": the files do not parse completely, first error: " + errors.get(0));
                continue;
            }
            int before = active == null ? 0 : active.source(source).map(SourceMeta::entityCount).orElse(0);
            drop(source, count, before, maxDrop).ifPresent(problems::add);
        }
        return problems;
    }

    /** The refusal when a source would go from {@code before} to {@code count} entities, a loss over {@code maxDrop}. */
    static Optional<String> drop(String source, int count, int before, double maxDrop) {
        if (before == 0 || count >= before * (1 - maxDrop)) return Optional.empty();
        return Optional.of(String.format("%s: the new files hold %,d entities, the active snapshot %,d: a drop of %.1f %% "
                        + "exceeds the allowed %.1f %%", source, count, before, 100.0 * (before - count) / before,
                100 * maxDrop));
    }
}
