package io.jixiao.cli.engine;

import io.jixiao.jobs.ingest.SparkWarehouseViews;
import io.jixiao.reports.metrics.MetricCatalog;
import io.jixiao.reports.metrics.MetricEngine;
import io.jixiao.reports.metrics.MetricPage;
import io.jixiao.reports.metrics.MetricQuery;
import io.jixiao.reports.metrics.MetricSql;
import io.jixiao.reports.metrics.MetricTable;
import io.jixiao.reports.metrics.ResultTables;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
        return table(MetricSql.expand(catalog.get(metric), query), query.levelColumns());
    }

    @Override
    public MetricTable run(String metric, MetricQuery query, MetricPage page) {
        return table(MetricSql.expand(catalog.get(metric), query).page(page, query.levelColumns()),
                query.levelColumns());
    }

    @Override
    public long count(String metric, MetricQuery query) {
        MetricTable count = table(MetricSql.expand(catalog.get(metric), query).count(), List.of());
        return ((Number) count.rows().get(0).get(0)).longValue();
    }

    private MetricTable table(MetricSql sql, List<String> groupColumns) {
        Map<String, Object> arguments = new LinkedHashMap<>();
        for (int i = 0; i < sql.parameters().size(); i++) {
            arguments.put("p" + i, sql.parameters().get(i));
        }
        return table(spark.sql(named(sql.sql()), arguments), groupColumns);
    }

    /**
     * The JDBC-style {@code ?} markers (outside string literals and comments) as Spark named parameters
     * {@code :p0, :p1 …}: Spark 4.1 bound positional markers of IN lists to the wrong values when several
     * filters were set.
     */
    static String named(String sql) {
        StringBuilder out = new StringBuilder(sql.length() + 16);
        boolean quoted = false;
        int next = 0;
        for (int i = 0; i < sql.length(); i++) {
            char c = sql.charAt(i);
            if (!quoted && c == '-' && sql.startsWith("--", i)) {
                int end = sql.indexOf('\n', i);
                end = end < 0 ? sql.length() : end;
                out.append(sql, i, end);
                i = end - 1;
                continue;
            }
            if (c == '\'') {
                quoted = !quoted;
            }
            if (c == '?' && !quoted) {
                out.append(":p").append(next++);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Ad-hoc SQL on Spark reads the same views; unlike DuckDB's, it is not confined to SELECT. */
    @Override
    public MetricTable runSql(String sql) {
        throw new UnsupportedOperationException("ad-hoc SQL runs on DuckDB only (jixiao sql): it is read-only there");
    }

    private static MetricTable table(Dataset<Row> result, List<String> groupColumns) {
        List<List<Object>> rows = new ArrayList<>();
        for (Row row : result.collectAsList()) {
            List<Object> values = new ArrayList<>(row.size());
            for (int i = 0; i < row.size(); i++) {
                values.add(row.get(i));
            }
            rows.add(values);
        }
        return ResultTables.of(Arrays.asList(result.columns()), rows, groupColumns);
    }

    @Override
    public MetricTable formValues(String column) {
        return table(spark.sql(MetricEngine.formValuesSql(column)), List.of());
    }

    @Override
    public void close() {
        spark.stop();
    }
}
