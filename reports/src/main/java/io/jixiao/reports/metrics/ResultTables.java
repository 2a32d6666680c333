package io.jixiao.reports.metrics;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns an engine's result into a {@link MetricTable}, keeping only the value types a MetricTable promises;
 * the one place both engines (DuckDB over JDBC, Spark SQL) shape their results.
 */
public final class ResultTables {

    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    private ResultTables() {
    }

    /**
     * The result, with the {@code group_key} column named after the group; a metric that also lists that
     * column itself (shortfalls lists unit and project) has it once.
     */
    static MetricTable read(ResultSet result, String groupColumn) throws SQLException {
        ResultSetMetaData meta = result.getMetaData();
        List<String> labels = new ArrayList<>();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            labels.add(meta.getColumnLabel(i));
        }
        List<List<Object>> rows = new ArrayList<>();
        while (result.next()) {
            List<Object> row = new ArrayList<>(labels.size());
            for (int i = 1; i <= labels.size(); i++) {
                row.add(result.getObject(i));
            }
            rows.add(row);
        }
        return of(labels, rows, groupColumn);
    }

    /**
     * A table from column labels and raw rows, with the {@code group_key} column named after the group
     * (null for ad-hoc SQL).
     */
    public static MetricTable of(List<String> labels, List<List<Object>> rawRows, String groupColumn) {
        boolean listedItself = groupColumn != null && labels.contains(groupColumn);
        List<String> columns = new ArrayList<>();
        List<Integer> kept = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            boolean groupKey = groupColumn != null && labels.get(i).equals(DuckDbMetricEngine.GROUP_KEY);
            if (groupKey && listedItself) {
                continue;
            }
            columns.add(groupKey ? groupColumn : labels.get(i));
            kept.add(i);
        }
        List<List<Object>> rows = new ArrayList<>(rawRows.size());
        for (List<Object> raw : rawRows) {
            List<Object> row = new ArrayList<>(kept.size());
            for (int index : kept) {
                row.add(value(raw.get(index)));
            }
            rows.add(row);
        }
        return new MetricTable(columns, rows);
    }

    static Object value(Object raw) {
        if (raw == null || raw instanceof String || raw instanceof Integer || raw instanceof Long
                || raw instanceof BigDecimal || raw instanceof Double || raw instanceof Boolean) {
            return raw;
        }
        if (raw instanceof Short || raw instanceof Byte) {
            return ((Number) raw).intValue();
        }
        if (raw instanceof Float f) {
            return f.doubleValue();
        }
        if (raw instanceof BigInteger big) {
            return big.compareTo(LONG_MIN) >= 0 && big.compareTo(LONG_MAX) <= 0 ? (Object) big.longValue() : new BigDecimal(big);
        }
        return raw.toString();
    }
}
