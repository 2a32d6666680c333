package io.jixiao.reports.metrics;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What a metric is grouped by (besides the year). Each choice is a fixed column of the {@code forms} view:
 * user text never reaches the SQL.
 */
public enum GroupBy {
    UNIT("unit"),
    /** The agency: its unit's current name, one across the renames the analyst confirmed ({@code jixiao agencies}). */
    AGENCY("agency"),
    DEPARTMENT("department"),
    /** The most specific division the department or unit names, whatever its level. */
    REGION("region"),
    /** 省级: the province (municipality, autonomous region) the form's region lies in. */
    PROVINCE("province"),
    /** 地级: the prefecture-level city or prefecture; a municipality for its districts and counties. */
    PREFECTURE("prefecture"),
    /** 县级: the district, county or county-level city, where the names go that far. */
    COUNTY("county"),
    KIND("kind"),
    PROJECT("project"),
    /** All the forms selected as one group, labelled {@link #TOTAL_LABEL}: the grand total of each year. */
    TOTAL("total");

    /** The group value of a total or subtotal row. */
    public static final String TOTAL_LABEL = "合计";

    private final String column;

    GroupBy(String column) {
        this.column = column;
    }

    /** The forms column, also the name of the group column in results. */
    public String column() {
        return column;
    }

    public static GroupBy parse(String text) {
        for (GroupBy groupBy : values()) {
            if (groupBy.column.equals(text.strip().toLowerCase(Locale.ROOT))) {
                return groupBy;
            }
        }
        throw new IllegalArgumentException("cannot group by '" + text + "': use "
                + Arrays.stream(values()).map(GroupBy::column).collect(Collectors.joining(", ")));
    }
}
