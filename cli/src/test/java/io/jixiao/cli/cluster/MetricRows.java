package io.jixiao.cli.cluster;

import io.jixiao.reports.metrics.GroupBy;
import io.jixiao.reports.metrics.MetricCatalog;
import io.jixiao.reports.metrics.MetricEngine;
import io.jixiao.reports.metrics.MetricFilters;
import io.jixiao.reports.metrics.MetricQuery;
import io.jixiao.reports.metrics.MetricTable;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Every metric, by unit and year, as lines of text comparable across engines and JVMs: a heading per metric, then
 * its rows with numbers to 6 decimals (engines type averages differently). TestEnginesAgree covers the other
 * groupings in local mode.
 */
final class MetricRows {

    private MetricRows() {
    }

    static List<String> ofEveryMetric(MetricEngine engine) {
        List<String> lines = new ArrayList<>();
        for (String metric : MetricCatalog.load().names()) {
            MetricTable table = engine.run(metric, new MetricQuery(MetricFilters.NONE, GroupBy.UNIT));
            lines.add("# " + metric + " " + table.columns());
            for (List<Object> row : table.rows()) {
                lines.add(row.stream().map(MetricRows::text).toList().toString());
            }
        }
        return lines;
    }

    private static String text(Object value) {
        if (value instanceof Integer || value instanceof Long) {
            return value.toString();
        }
        if (value instanceof Number number) {
            return new BigDecimal(number.toString()).setScale(6, RoundingMode.HALF_UP).stripTrailingZeros()
                    .toPlainString();
        }
        return String.valueOf(value);
    }
}
