package io.jixiao.reports.insight;

import io.jixiao.reports.metrics.GroupBy;
import io.jixiao.reports.metrics.MetricEngine;
import io.jixiao.reports.metrics.MetricFilters;
import io.jixiao.reports.metrics.MetricQuery;
import io.jixiao.reports.metrics.MetricTable;
import io.jixiao.schema.warehouse.WarehouseTable;

import java.util.ArrayList;
import java.util.List;

/** The execution-rate metric per agency and year: the rows every agency figure of the report is made from. */
public final class AgencyYears {
    static final String METRIC = "execution-rate";

    private AgencyYears() {
    }

    /** Forms without a year (filed under year 0) are left out: they belong to no year of a trend or a ranking. */
    public static List<AgencyYear> fetch(MetricEngine engine, MetricFilters filters) {
        MetricTable table = engine.run(METRIC, new MetricQuery(filters, GroupBy.AGENCY));
        int agency = table.columns().indexOf("agency");
        int year = table.columns().indexOf("year");
        int budget = table.columns().indexOf("full_year_budget");
        int executed = table.columns().indexOf("executed");
        int rate = table.columns().indexOf("execution_rate");
        int previousYear = table.columns().indexOf("previous_year");
        int change = table.columns().indexOf("rate_change");
        List<AgencyYear> rows = new ArrayList<>();
        for (List<Object> row : table.rows()) {
            int y = ((Number) row.get(year)).intValue();
            if (y == WarehouseTable.UNKNOWN_YEAR || row.get(agency) == null) {
                continue;
            }
            rows.add(new AgencyYear(row.get(agency).toString(), y, decimal(row.get(budget)),
                    decimal(row.get(executed)), nullable(row.get(rate)),
                    row.get(previousYear) == null ? null : ((Number) row.get(previousYear)).intValue(),
                    nullable(row.get(change))));
        }
        return List.copyOf(rows);
    }

    private static double decimal(Object value) {
        return value == null ? 0 : ((Number) value).doubleValue();
    }

    private static Double nullable(Object value) {
        return value == null ? null : ((Number) value).doubleValue();
    }
}
