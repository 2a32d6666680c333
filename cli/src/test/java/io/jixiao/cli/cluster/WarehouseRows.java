package io.jixiao.cli.cluster;

import io.jixiao.reports.metrics.DuckDbMetricEngine;
import io.jixiao.reports.metrics.MetricTable;
import io.jixiao.schema.warehouse.Column;
import io.jixiao.schema.warehouse.WarehouseTable;
import io.jixiao.schema.warehouse.WarehouseTables;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rows of every table of a warehouse's current snapshot, read with DuckDB, sorted, without the columns that
 * differ from one run to the next (run id, when and how long).
 */
final class WarehouseRows {

    private static final Set<String> PER_RUN = Set.of("run_id", "ingested_at", "started_at", "finished_at", "wall_ms");

    private WarehouseRows() {
    }

    static Map<String, List<String>> of(Path warehouse) {
        Map<String, List<String>> tables = new LinkedHashMap<>();
        try (DuckDbMetricEngine duckdb = DuckDbMetricEngine.open(warehouse)) {
            for (WarehouseTable table : WarehouseTables.ALL) {
                List<String> columns = table.columns().stream().map(Column::name)
                        .filter(name -> !PER_RUN.contains(name)).toList();
                MetricTable rows = duckdb.runSql("SELECT " + String.join(", ", columns) + " FROM " + table.name()
                        + " ORDER BY ALL");
                tables.put(table.name(), rows.rows().stream().map(Object::toString).toList());
            }
        }
        return tables;
    }
}
