package io.jixiao.reports.metrics;

import io.jixiao.reports.warehouse.DuckDbWarehouse;
import io.jixiao.reports.warehouse.WarehouseException;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Runs metrics and ad-hoc SQL on DuckDB over the warehouse's Parquet. */
public final class DuckDbMetricEngine implements MetricEngine {

    /** The column every metric names its group in; results show it under the group's own name. */
    static final String GROUP_KEY = "group_key";

    private final DuckDbWarehouse warehouse;
    private final MetricCatalog catalog;
    /** Per metric SQL text: how its text leaves DuckDB, decided once from its prepared result columns. */
    private final Map<String, DuckDbTextAsBytes> transfers = new ConcurrentHashMap<>();

    public DuckDbMetricEngine(DuckDbWarehouse warehouse, MetricCatalog catalog) {
        this.warehouse = warehouse;
        this.catalog = catalog;
    }

    public static DuckDbMetricEngine open(Path warehouseFolder) {
        return new DuckDbMetricEngine(DuckDbWarehouse.open(warehouseFolder), MetricCatalog.load());
    }

    public MetricCatalog catalog() {
        return catalog;
    }

    @Override
    public MetricTable run(String metric, MetricQuery query) {
        return executeMetric(metric, MetricSql.expand(catalog.get(metric), query), query.levelColumns());
    }

    @Override
    public MetricTable run(String metric, MetricQuery query, MetricPage page) {
        return executeMetric(metric, MetricSql.expand(catalog.get(metric), query).page(page, query.levelColumns()),
                query.levelColumns());
    }

    @Override
    public long count(String metric, MetricQuery query) {
        MetricSql sql = MetricSql.expand(catalog.get(metric), query).count();
        return ((Number) execute(metric, sql.sql(), sql.parameters(), List.of()).rows().get(0).get(0)).longValue();
    }

    @Override
    public MetricTable runSql(String sql) {
        return execute("query", sql, List.of(), List.of());
    }

    /** A metric's rows, its text carried out as bytes ({@link DuckDbTextAsBytes}). */
    private MetricTable executeMetric(String metric, MetricSql sql, List<String> groupColumns) {
        DuckDbTextAsBytes transfer = transfers.computeIfAbsent(sql.sql(), text -> {
            try (PreparedStatement statement = warehouse.prepareSelect(text)) {
                return DuckDbTextAsBytes.of(statement.getMetaData());
            } catch (SQLException e) {
                throw new WarehouseException(metric + " failed: " + e.getMessage(), e);
            }
        });
        MetricSql run = transfer.applyTo(sql);
        return execute(metric, run.sql(), run.parameters(), groupColumns, transfer.textColumns());
    }

    private MetricTable execute(String what, String sql, List<Object> parameters, List<String> groupColumns) {
        return execute(what, sql, parameters, groupColumns, Set.of());
    }

    private MetricTable execute(String what, String sql, List<Object> parameters, List<String> groupColumns,
                                Set<String> utf8Columns) {
        try (PreparedStatement statement = warehouse.prepareSelect(sql)) {
            for (int i = 0; i < parameters.size(); i++) {
                statement.setObject(i + 1, parameters.get(i));
            }
            try (ResultSet result = statement.executeQuery()) {
                return ResultTables.read(result, groupColumns, utf8Columns);
            }
        } catch (SQLException e) {
            throw new WarehouseException(what + " failed: " + e.getMessage(), e);
        }
    }

    @Override
    public MetricTable formValues(String column) {
        return execute("values of " + column, MetricEngine.formValuesSql(column), List.of(), List.of());
    }

    @Override
    public void close() {
        warehouse.close();
    }
}
