package io.jixiao.reports.metrics;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

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
     * The result, with the {@code group_key} column named after the group (a column per level where the group has
     * several); a metric that also lists a level's column itself (shortfalls lists unit and project) has it once. The
     * columns named in {@code utf8Columns} hold text as its UTF-8 bytes ({@link DuckDbTextAsBytes}): they are decoded.
     */
    static MetricTable read(ResultSet result, List<String> groupColumns, Set<String> utf8Columns)
            throws SQLException {
        ResultSetMetaData meta = result.getMetaData();
        List<String> labels = new ArrayList<>();
        boolean[] utf8 = new boolean[meta.getColumnCount() + 1];
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            labels.add(meta.getColumnLabel(i));
            utf8[i] = utf8Columns.contains(meta.getColumnLabel(i));
        }
        List<List<Object>> rows = new ArrayList<>();
        while (result.next()) {
            List<Object> row = new ArrayList<>(labels.size());
            for (int i = 1; i <= labels.size(); i++) {
                row.add(utf8[i] ? text(result.getBytes(i)) : result.getObject(i));
            }
            rows.add(row);
        }
        return of(labels, rows, groupColumns);
    }

    /**
     * A table from column labels and raw rows, the {@code group_key} column named after the group's levels (none for
     * ad-hoc SQL), split into a column per level where there are several.
     */
    public static MetricTable of(List<String> labels, List<List<Object>> rawRows, List<String> groupColumns) {
        List<String> columns = new ArrayList<>();
        // per output column: the raw column it comes from, and the level of a composite key it takes (or -1)
        List<int[]> sources = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            boolean groupKey = !groupColumns.isEmpty() && labels.get(i).equals(DuckDbMetricEngine.GROUP_KEY);
            if (!groupKey) {
                columns.add(labels.get(i));
                sources.add(new int[] {i, -1});
                continue;
            }
            for (int level = 0; level < groupColumns.size(); level++) {
                if (!labels.contains(groupColumns.get(level))) {
                    columns.add(groupColumns.get(level));
                    sources.add(new int[] {i, groupColumns.size() == 1 ? -1 : level});
                }
            }
        }
        List<List<Object>> rows = new ArrayList<>(rawRows.size());
        for (List<Object> raw : rawRows) {
            List<Object> row = new ArrayList<>(sources.size());
            for (int[] source : sources) {
                Object value = raw.get(source[0]);
                row.add(source[1] < 0 ? value(value) : level(value, source[1]));
            }
            rows.add(row);
        }
        return new MetricTable(columns, rows);
    }

    /** One level of a composite group key; an empty level is null. */
    private static String level(Object key, int level) {
        if (key == null) {
            return null;
        }
        String[] levels = key.toString().split(String.valueOf(MetricSql.LEVEL_SEPARATOR), -1);
        return level < levels.length && !levels[level].isEmpty() ? levels[level] : null;
    }

    private static String text(byte[] utf8) {
        return utf8 == null ? null : new String(utf8, StandardCharsets.UTF_8);
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
