package io.jixiao.reports.metrics;

import java.util.Locale;

/**
 * What a metric is grouped by (besides the year). Each choice is a fixed column of the {@code forms} view:
 * user text never reaches the SQL.
 */
public enum GroupBy {
    UNIT("unit"),
    /** The agency: its unit's current name, one across the renames the analyst confirmed ({@code jixiao agencies}). */
    AGENCY("agency"),
    DEPARTMENT("department"),
    REGION("region"),
    KIND("kind"),
    PROJECT("project");

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
        throw new IllegalArgumentException("cannot group by '" + text + "': use agency, unit, department, region, kind or project");
    }
}
