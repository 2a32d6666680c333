package io.jixiao.reports.html;

import io.jixiao.reports.metrics.FilterValues;
import io.jixiao.reports.metrics.MetricFilters;
import io.jixiao.reports.warehouse.SqlLiteral;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The {@code jixiao} command lines that write a report table in full, as CSV, over the same warehouse and
 * filters as the report. They are printed for the reader to copy, never run here; every argument is quoted
 * for a POSIX shell, and filter values inside SQL are SQL string literals.
 */
public final class FullTableCommands {
    private static final Pattern PLAIN_WORD = Pattern.compile("[^\\s\"'\\\\$`!*?\\[\\]{}()<>|&;#~]+");

    private final String warehouse;
    private final MetricFilters filters;

    public FullTableCommands(String warehouse, MetricFilters filters) {
        this.warehouse = warehouse;
        this.filters = filters;
    }

    /** {@code jixiao query METRIC --by agency …}: a catalog metric per agency (renames followed, as the report) and year. */
    public String metric(String metric) {
        List<String> words = new ArrayList<>(List.of("jixiao", "query", metric, "--by", "agency",
                "--warehouse", warehouse));
        words.addAll(filterOptions());
        words.addAll(List.of("--format", "csv", "--out", metric + ".csv"));
        return line(words);
    }

    /**
     * {@code jixiao sql SELECT …}: {@code select} and {@code orderBy} around the filters, which are written
     * against the {@code forms} columns of alias {@code forms} (e.g. {@code f}).
     *
     * @param where conditions of the table itself, {@code ""} for none
     */
    public String sql(String name, String select, String forms, String where, String orderBy) {
        List<String> conditions = new ArrayList<>();
        if (!where.isEmpty()) {
            conditions.add(where);
        }
        if (!filters.years().isEmpty()) {
            conditions.add(forms + ".year IN (" + filters.years().stream().map(String::valueOf)
                    .collect(Collectors.joining(", ")) + ")");
        }
        addIn(conditions, forms + ".region", filters.regions());
        addIn(conditions, forms + ".department", filters.departments());
        addIn(conditions, forms + ".unit", filters.units());
        addIn(conditions, forms + ".kind", filters.kinds());
        String query = select + (conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions))
                + " ORDER BY " + orderBy;
        return line(List.of("jixiao", "sql", query, "--warehouse", warehouse, "--format", "csv",
                "--out", name + ".csv"));
    }

    private List<String> filterOptions() {
        List<String> words = new ArrayList<>();
        if (!filters.years().isEmpty()) {
            words.add("--years");
            words.add(filters.years().stream().map(String::valueOf).collect(Collectors.joining(",")));
        }
        addOption(words, "--region", filters.regions());
        addOption(words, "--department", filters.departments());
        addOption(words, "--unit", filters.units());
        addOption(words, "--kind", filters.kinds());
        return words;
    }

    private static void addOption(List<String> words, String option, List<String> values) {
        if (!values.isEmpty()) {
            words.add(option);
            words.add(FilterValues.join(values));
        }
    }

    private static void addIn(List<String> conditions, String column, List<String> values) {
        if (!values.isEmpty()) {
            conditions.add(column + " IN (" + values.stream().map(SqlLiteral::quote)
                    .collect(Collectors.joining(", ")) + ")");
        }
    }

    private static String line(List<String> words) {
        return words.stream().map(FullTableCommands::shellWord).collect(Collectors.joining(" "));
    }

    /** A word as is when the shell reads it literally, else in double quotes with {@code \ " $ `} escaped. */
    static String shellWord(String word) {
        if (!word.isEmpty() && PLAIN_WORD.matcher(word).matches()) {
            return word;
        }
        return "\"" + word.replaceAll("([\\\\\"$`])", "\\\\$1") + "\"";
    }
}
