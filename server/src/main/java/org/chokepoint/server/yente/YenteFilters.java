package org.chokepoint.server.yente;

import io.javalin.http.Context;
import org.chokepoint.server.http.ApiError;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The result filters of {@code /match} and {@code /search}, as yente applies them to a subject (a merged result):
 * <ul>
 *   <li>datasets: the path's dataset (or every one for {@code default}), narrowed to {@code include_dataset} when
 *       given, less {@code exclude_dataset}; a subject passes when one of its datasets is left (so excluding
 *       {@code us_trade_csl} keeps an SDN subject the CSL republishes);</li>
 *   <li>{@code exclude_schema}: by the subject's schema name ({@code Person}, {@code Vessel}, …);</li>
 *   <li>{@code topics}: the subject has one of them;</li>
 *   <li>{@code changed_since}: the subject's {@code last_change} is after it;</li>
 *   <li>{@code exclude_entity_ids}: neither the subject's id nor a referent is listed;</li>
 *   <li>{@code /search} only: {@code countries} (one of the subject's countries) and {@code datasets} (one of its
 *       datasets); with {@code filter_op=AND}, {@code topics}, {@code countries} and {@code datasets} need all the
 *       values given instead of one.</li>
 * </ul>
 */
record YenteFilters(Set<String> datasets, Set<String> excludeSchema, Set<String> topics, String changedSince,
                    Set<String> excludeIds, Set<String> countries, Set<String> datasetFacets, boolean all) {
    /** yente's pattern for {@code changed_since}: a date, optionally with hours, minutes, seconds. */
    static final Pattern TIMESTAMP = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}(T\\d{2}(:\\d{2}(:\\d{2})?)?)?$");
    static final int MAX_EXCLUDED_IDS = 50;

    /** Checks the filter parameters that can be malformed (422), before the dataset is looked up. */
    static void validate(Context ctx) {
        read(ctx, Set.of());
    }

    /** Reads the filter parameters; {@code scope} is the datasets the path's dataset stands for. */
    static YenteFilters read(Context ctx, Set<String> scope) {
        Set<String> datasets = new LinkedHashSet<>(scope);
        List<String> include = ctx.queryParams("include_dataset");
        if (!include.isEmpty()) datasets.retainAll(Set.copyOf(include));
        datasets.removeAll(Set.copyOf(ctx.queryParams("exclude_dataset")));
        String since = ctx.queryParam("changed_since");
        if (since != null) {
            if (!TIMESTAMP.matcher(since).matches()) {
                throw ApiError.unprocessable("changed_since: a date or time like 2024-05-03 or 2024-05-03T10:00:00 is expected");
            }
            since = pad(since);
        }
        List<String> excluded = ctx.queryParams("exclude_entity_ids");
        if (excluded.size() > MAX_EXCLUDED_IDS) {
            throw ApiError.unprocessable("exclude_entity_ids: at most " + MAX_EXCLUDED_IDS + " ids");
        }
        Set<String> countries = new LinkedHashSet<>();
        for (String c : ctx.queryParams("countries")) countries.add(c.strip().toLowerCase(Locale.ROOT));
        String op = ctx.queryParam("filter_op");
        if (op != null && !op.equals("AND") && !op.equals("OR")) throw ApiError.unprocessable("filter_op: AND or OR is expected");
        return new YenteFilters(Set.copyOf(datasets), Set.copyOf(ctx.queryParams("exclude_schema")), Set.copyOf(ctx.queryParams("topics")),
                since, Set.copyOf(excluded), Set.copyOf(countries), Set.copyOf(ctx.queryParams("datasets")), "AND".equals(op));
    }

    /** "2024-05-03" → "2024-05-03T00:00:00", so that it compares with our times as text. */
    static String pad(String ts) {
        return switch (ts.length()) {
            case 10 -> ts + "T00:00:00";
            case 13 -> ts + ":00:00";
            case 16 -> ts + ":00";
            default -> ts;
        };
    }

    /** No values asked for, or one of them (all of them with {@code filter_op=AND}) present. */
    private boolean facet(Set<String> wanted, Collection<String> present) {
        if (wanted.isEmpty()) return true;
        return all ? present.containsAll(wanted) : present.stream().anyMatch(wanted::contains);
    }

    boolean accepts(YenteIndex.Subject s) {
        boolean inScope = false;
        for (String d : s.datasets()) {
            if (datasets.contains(d)) {
                inScope = true;
                break;
            }
        }
        if (!inScope) return false;
        if (excludeSchema.contains(s.ftmSchema())) return false;
        if (!facet(topics, s.topics())) return false;
        if (changedSince != null && s.lastChange().compareTo(changedSince) <= 0) return false;
        if (!facet(countries, s.countries())) return false;
        if (!facet(datasetFacets, s.datasets())) return false;
        if (!excludeIds.isEmpty()) {
            if (excludeIds.contains(s.id())) return false;
            for (String r : s.referents()) if (excludeIds.contains(r)) return false;
        }
        return true;
    }
}
