package io.jixiao.reports.metrics;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Reads a JDBC result into a {@link MetricTable}, keeping only the value types a MetricTable promises. */
final class ResultTables {

    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    private ResultTables() {
    }

    static MetricTable read(ResultSet result, String groupColumn) throws SQLException {
        ResultSetMetaData meta = result.getMetaData();
        List<String> columns = new ArrayList<>();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            String label = meta.getColumnLabel(i);
            columns.add(label.equals(DuckDbMetricEngine.GROUP_KEY) && groupColumn != null ? groupColumn : label);
        }
        List<List<Object>> rows = new ArrayList<>();
        while (result.next()) {
            List<Object> row = new ArrayList<>(columns.size());
            for (int i = 1; i <= columns.size(); i++) {
                row.add(value(result.getObject(i)));
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
