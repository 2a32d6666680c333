package io.jixiao.reports.metrics;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A named metric: its one-line description and its SQL template. The template reads the {@code forms} view
 * as {@code f} (or a table of their lines, see {@link #formColumnCopiesAlias()}) and holds {@code {{group}}} (the
 * group column) and exactly one {@code {{filter}}} (the WHERE condition on the forms), which {@link MetricSql} expands
 * into SQL with {@code ?} parameters.
 */
public record MetricDefinition(String name, String description, String template) {

    static final String DESCRIPTION_PREFIX = "-- description:";
    /** The line a listing's template holds: its rows are no figures per group, so no totals are computed. */
    static final String NO_TOTALS = "\n-- totals: no";

    /**
     * The line of a template that reads a table of forms' lines (funds, indicators) instead of the forms, with the
     * alias it gives that table: {@code -- form columns: the copies in l}. Its group and filter take the lines' copies
     * of their forms' columns ({@code l.form_region} …, {@link io.jixiao.schema.warehouse.FormColumnCopies}), so the
     * lines need no join to their forms.
     */
    private static final Pattern FORM_COLUMN_COPIES = Pattern.compile("(?m)^-- form columns: the copies in (\\w+)$");

    /** Whether subtotals and totals mean something: the metric computes figures per group and year. */
    public boolean hasTotals() {
        return !template.contains(NO_TOTALS);
    }

    /** The alias of the lines whose copies of the forms' columns the group and filter read (see above), if any. */
    public Optional<String> formColumnCopiesAlias() {
        Matcher copies = FORM_COLUMN_COPIES.matcher(template);
        return copies.find() ? Optional.of(copies.group(1)) : Optional.empty();
    }
}
