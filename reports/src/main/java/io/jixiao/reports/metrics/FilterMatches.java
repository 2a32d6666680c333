package io.jixiao.reports.metrics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Checks a query's filters against the warehouse before a metric runs: a filter value no form holds ("湖北" where the
 * warehouse says 湖北省, a year not ingested) would only make an empty answer that looks like "nothing to report".
 * Each such value is named with the nearest values the warehouse holds.
 */
public final class FilterMatches {

    /** A filter dimension: the option that sets it and the forms column it filters. */
    private enum Dimension {
        YEARS("--years", "year"), REGIONS("--region", "region"), DEPARTMENTS("--department", "department"),
        UNITS("--unit", "unit"), KINDS("--kind", "kind");

        private final String option;
        private final String column;

        Dimension(String option, String column) {
            this.option = option;
            this.column = column;
        }

        List<?> values(MetricFilters filters) {
            return switch (this) {
                case YEARS -> filters.years();
                case REGIONS -> filters.regions();
                case DEPARTMENTS -> filters.departments();
                case UNITS -> filters.units();
                case KINDS -> filters.kinds();
            };
        }
    }

    private static final int SUGGESTIONS = 3;
    private static final int SHOWN_WHEN_FEW = 8;

    private FilterMatches() {
    }

    /**
     * One message per filter value the warehouse's forms never hold, with the nearest values they do; empty when
     * every value matches (or nothing is filtered). A warehouse without forms is one message, filtered or not.
     */
    public static List<String> unmatched(MetricEngine engine, MetricFilters filters) {
        List<String> messages = new ArrayList<>();
        if (engine.formValues(Dimension.KINDS.column).rows().isEmpty()) {
            messages.add("the warehouse holds no forms: ingest documents first (jixiao ingest)");
            return messages;
        }
        for (Dimension dimension : Dimension.values()) {
            List<?> wanted = dimension.values(filters);
            if (wanted.isEmpty()) {
                continue;
            }
            Set<String> held = new TreeSet<>();
            for (String column : dimension == Dimension.REGIONS ? MetricSql.REGION_COLUMNS : List.of(dimension.column)) {
                for (Object value : engine.formValues(column).column("value")) {
                    held.add(String.valueOf(value));
                }
            }
            for (Object value : wanted) {
                String text = String.valueOf(value);
                if (!held.contains(text)) {
                    messages.add(dimension.option + " " + text + ": no form in the warehouse has it; "
                            + suggestion(text, held));
                }
            }
        }
        return messages;
    }

    private static String suggestion(String wanted, Set<String> held) {
        List<String> nearest = nearest(wanted, held);
        if (!nearest.isEmpty()) {
            return "did you mean " + String.join(", ", nearest) + "?";
        }
        if (held.size() <= SHOWN_WHEN_FEW) {
            return "the warehouse has " + String.join(", ", held);
        }
        return held.size() + " values in the warehouse, none near it";
    }

    /**
     * The held values nearest the one wanted: those containing it or contained in it ("湖北" and 湖北省), then
     * those within a third of its length in edits, closest first.
     */
    static List<String> nearest(String wanted, Set<String> held) {
        LevenshteinDistance distance = new LevenshteinDistance(Math.max(1, wanted.length() / 3));
        record Near(String value, boolean contains, int distance) {
        }
        List<Near> near = new ArrayList<>();
        for (String value : held) {
            boolean contains = value.contains(wanted) || wanted.contains(value);
            int edits = contains ? Math.abs(value.length() - wanted.length()) : distance.apply(wanted, value);
            if (contains || edits >= 0) {
                near.add(new Near(value, contains, edits));
            }
        }
        return near.stream().sorted(Comparator.comparing((Near n) -> !n.contains()).thenComparingInt(Near::distance)
                .thenComparing(Near::value)).limit(SUGGESTIONS).map(Near::value).toList();
    }
}
