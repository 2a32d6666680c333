package io.jixiao.reports.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Picks rows of a metric table by column values, as maps from column to value. */
final class MetricRows {

    private MetricRows() {
    }

    static List<Map<String, Object>> where(MetricTable table, Object... columnValuePairs) {
        return table.rows().stream().map(row -> asMap(table, row))
                .filter(row -> {
                    for (int i = 0; i < columnValuePairs.length; i += 2) {
                        if (!Objects.equals(row.get((String) columnValuePairs[i]), columnValuePairs[i + 1])) {
                            return false;
                        }
                    }
                    return true;
                }).toList();
    }

    static Map<String, Object> only(MetricTable table, Object... columnValuePairs) {
        List<Map<String, Object>> rows = where(table, columnValuePairs);
        assertThat(rows).as("rows where %s in %s", List.of(columnValuePairs), table).hasSize(1);
        return rows.get(0);
    }

    private static Map<String, Object> asMap(MetricTable table, List<Object> row) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < row.size(); i++) {
            map.put(table.columns().get(i), row.get(i));
        }
        return map;
    }
}
