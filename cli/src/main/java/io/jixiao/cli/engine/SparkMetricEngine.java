package io.jixiao.cli.engine;

import io.jixiao.jobs.ingest.SparkWarehouseViews;
import io.jixiao.reports.metrics.MetricCatalog;
import io.jixiao.reports.metrics.MetricEngine;
import io.jixiao.reports.metrics.MetricQuery;
import io.jixiao.reports.metrics.MetricSql;
import io.jixiao.reports.metrics.MetricTable;
import io.jixiao.reports.metrics.ResultTables;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The metric definitions run on Spark SQL, for warehouses too big for one machine: the same SQL files as on
 * DuckDB, over temp views of the same names, with the same positional parameters.
 */
public final class SparkMetricEngine implements MetricEngine {

    private final SparkSession spark;
    private final MetricCatalog catalog;

    public SparkMetricEngine(SparkSession spark, String warehouse) {
        this.spark = spark;
        this.catalog = MetricCatalog.load();
        SparkWarehouseViews.register(spark, warehouse);
    }

    @Override
    public MetricTable run(String metric, MetricQuery query) {
        MetricSql sql = MetricSql.expand(catalog.get(metric), query);
        return table(spark.sql(sql.sql(), sql.parameters().toArray()), query.groupBy().column());
    }

    /** Ad-hoc SQL on Spark reads the same views; unlike DuckDB's, it is not confined to SELECT. */
    @Override
    public MetricTable runSql(String sql) {
        throw new UnsupportedOperationException("ad-hoc SQL runs on DuckDB only (jixiao sql): it is read-only there");
    }

    private static MetricTable table(Dataset<Row> result, String groupColumn) {
        List<List<Object>> rows = new ArrayList<>();
        for (Row row : result.collectAsList()) {
            List<Object> values = new ArrayList<>(row.size());
            for (int i = 0; i < row.size(); i++) {
                values.add(row.get(i));
            }
            rows.add(values);
        }
        return ResultTables.of(Arrays.asList(result.columns()), rows, groupColumn);
    }

    @Override
    public void close() {
        spark.stop();
    }
}
