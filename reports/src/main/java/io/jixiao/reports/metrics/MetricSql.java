package io.jixiao.reports.metrics;

import io.jixiao.schema.warehouse.FormColumnCopies;
import io.jixiao.schema.warehouse.WarehouseTables;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A metric template expanded for one query: the SQL with one {@code ?} per filter value, and those values in
 * order. The group column comes from {@link GroupBy}, never from user text. The result is plain SQL that
 * DuckDB and Spark SQL both run.
 */
public record MetricSql(String sql, List<Object> parameters) {

    static final String GROUP = "{{group}}";
    static final String FILTER = "{{filter}}";
    /** The key of the group's outer levels ({@code --by region,agency}: the region), or '' without them. */
    static final String PARENT = "{{parent}}";
    /** Between the levels of a composite group key: no name holds it. */
    static final char LEVEL_SEPARATOR = '\u001f';
    /**
     * Where a metric that compares a year with the one before filters its result rows by year: the years filter
     * applies there, not in {@link #FILTER}, so that a single year selected still has its previous year.
     */
    static final String YEARS = "{{years}}";
    static final String FORMS_ALIAS = "f";
    /** The forms columns a region filter looks in: the region as read and the levels it lies in. */
    static final List<String> REGION_COLUMNS = List.of(GroupBy.REGION.column(), GroupBy.PROVINCE.column(),
            GroupBy.PREFECTURE.column(), GroupBy.COUNTY.column());

    /** A column name {@link MetricPage#sort()} may give: it goes into the SQL, so nothing else is taken. */
    private static final Pattern COLUMN = Pattern.compile("[a-z_][a-z0-9_]*");
    /** The metric's final ORDER BY: every template ends with one, on lines of their own, outside any parentheses. */
    private static final String ORDER_BY = "\nORDER BY ";

    public MetricSql {
        parameters = Collections.unmodifiableList(new ArrayList<>(parameters));
    }

    /**
     * The first rows of this metric: its own SQL with a {@code LIMIT} after its ORDER BY, or, sorted by a column, its
     * rows ordered by that column first and then by its own order (which every template makes total), so that a page
     * is the same on every run and on both engines.
     */
    public MetricSql page(MetricPage page, List<String> levelColumns) {
        List<Object> withLimit = new ArrayList<>(parameters);
        withLimit.add(page.limit());
        if (page.sort().isEmpty()) {
            return new MetricSql(sql.stripTrailing() + "\nLIMIT ?", withLimit);
        }
        String sort = page.sort().get();
        boolean descending = sort.startsWith("-");
        String column = descending ? sort.substring(1) : sort;
        if (!COLUMN.matcher(column).matches()) {
            throw new IllegalArgumentException("--sort takes a column name of the result, not '" + sort + "'");
        }
        if (levelColumns.contains(column)) {
            if (levelColumns.size() > 1) {
                throw new IllegalArgumentException("--sort " + column + " with a page of rows sorts by one level of --by "
                        + String.join(",", levelColumns) + ": --limit 0 (or --out FILE) sorts the whole answer");
            }
            column = DuckDbMetricEngine.GROUP_KEY;
        }
        int order = finalOrder();
        return new MetricSql("SELECT *\nFROM (\n" + sql.substring(0, order) + "\n) metric\nORDER BY " + column
                + (descending ? " DESC" : " ASC") + " NULLS LAST, " + sql.substring(order + ORDER_BY.length()).strip()
                + "\nLIMIT ?", withLimit);
    }

    /**
     * The same rows in the same order, each row given by {@code selectList} over this metric's columns: the metric
     * becomes a subquery and its final ORDER BY (and LIMIT) move after it, so that the order is still the metric's.
     */
    MetricSql reselect(String selectList) {
        int order = finalOrder();
        return new MetricSql("SELECT " + selectList + "\nFROM (\n" + sql.substring(0, order) + "\n) metric"
                + sql.substring(order), parameters);
    }

    /** How many rows this metric has, counted by the engine: one row, column {@code total_rows}. */
    public MetricSql count() {
        return new MetricSql("SELECT COUNT(*) AS total_rows\nFROM (\n" + sql.substring(0, finalOrder()) + "\n) metric",
                parameters);
    }

    private int finalOrder() {
        int order = sql.lastIndexOf(ORDER_BY);
        if (order < 0 || sql.indexOf(')', order) >= 0) {
            throw new IllegalStateException("a metric's SQL must end with its ORDER BY, on a line of its own: " + sql);
        }
        return order;
    }

    public static MetricSql expand(MetricDefinition metric, MetricQuery query) {
        String template = metric.template();
        int first = template.indexOf(FILTER);
        if (first < 0 || template.indexOf(FILTER, first + 1) >= 0) {
            throw new IllegalStateException("metric " + metric.name() + " must hold " + FILTER + " exactly once");
        }
        int years = template.indexOf(YEARS);
        if (years >= 0 && (years < first || template.indexOf(YEARS, years + 1) >= 0)) {
            throw new IllegalStateException("metric " + metric.name() + " may hold " + YEARS + " once, after "
                    + FILTER);
        }
        List<Object> parameters = new ArrayList<>();
        StringBuilder condition = new StringBuilder("1 = 1");
        MetricFilters filters = query.filters();
        FormColumns columns = metric.formColumnCopiesAlias().map(alias -> new FormColumns(alias, true))
                .orElse(new FormColumns(FORMS_ALIAS, false));
        if (years < 0) {
            in(condition, parameters, columns.alias() + ".year", filters.years());
        }
        inRegions(condition, parameters, filters.regions(), columns);
        in(condition, parameters, columns.of("department"), filters.departments());
        in(condition, parameters, columns.of(WarehouseTables.UNIT), filters.units());
        in(condition, parameters, columns.of(GroupBy.KIND.column()), filters.kinds());
        List<GroupBy> levels = query.levels();
        String sql = template
                .replace(GROUP, key(levels, columns))
                .replace(PARENT, levels.size() == 1 ? "''" : key(levels.subList(0, levels.size() - 1), columns))
                .replace(FILTER, "(" + condition + ")");
        if (years >= 0) {
            // the years filter the result rows, after the change against the previous year was computed over all
            StringBuilder yearCondition = new StringBuilder("1 = 1");
            in(yearCondition, parameters, "year", filters.years());
            sql = sql.replace(YEARS, "(" + yearCondition + ")");
        }
        return new MetricSql(sql, parameters);
    }

    /**
     * The group key of the levels: the column itself for one level; for several, their values joined by the unit
     * separator (a null as empty), which {@link ResultTables} splits back into a column per level.
     */
    static String key(List<GroupBy> levels, FormColumns columns) {
        if (levels.size() == 1) {
            return expression(levels.get(0), columns);
        }
        List<String> parts = new ArrayList<>();
        for (GroupBy level : levels) {
            if (!parts.isEmpty()) {
                parts.add("chr(" + (int) LEVEL_SEPARATOR + ")");
            }
            parts.add("COALESCE(" + expression(level, columns) + ", '')");
        }
        return "concat(" + String.join(", ", parts) + ")";
    }

    /** A level's value in a forms row: its column, or for the total one label for every row. */
    private static String expression(GroupBy level, FormColumns columns) {
        return level == GroupBy.TOTAL ? "'" + GroupBy.TOTAL_LABEL + "'" : columns.of(level.column());
    }

    /**
     * Where a template holds a forms column: in the forms as {@code f}, under its name, or in a table of their lines,
     * under its copy's name ({@link MetricDefinition#formColumnCopiesAlias()}).
     */
    record FormColumns(String alias, boolean copies) {

        String of(String formsColumn) {
            return alias + "." + (copies ? FormColumnCopies.copyOf(formsColumn) : formsColumn);
        }
    }

    /** A region filter takes what lies below it: 浙江省 selects the forms of 杭州市 and of 西湖区 too. */
    private static void inRegions(StringBuilder condition, List<Object> parameters, List<String> regions,
                                  FormColumns columns) {
        if (regions.isEmpty()) {
            return;
        }
        String marks = String.join(", ", Collections.nCopies(regions.size(), "?"));
        List<String> alternatives = new ArrayList<>();
        for (String column : REGION_COLUMNS) {
            alternatives.add(columns.of(column) + " IN (" + marks + ")");
            parameters.addAll(regions);
        }
        condition.append(" AND (").append(String.join(" OR ", alternatives)).append(')');
    }

    private static void in(StringBuilder condition, List<Object> parameters, String column, List<?> values) {
        if (values.isEmpty()) {
            return;
        }
        condition.append(" AND ").append(column).append(" IN (")
                .append(String.join(", ", Collections.nCopies(values.size(), "?"))).append(')');
        parameters.addAll(values);
    }
}
