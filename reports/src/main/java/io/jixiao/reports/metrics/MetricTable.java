package io.jixiao.reports.metrics;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A query result: column names and rows of values (String, Integer, Long, BigDecimal, Double, Boolean or
 * null; anything else is given as its text).
 */
public record MetricTable(List<String> columns, List<List<Object>> rows) {

    public MetricTable {
        columns = List.copyOf(columns);
        List<List<Object>> copied = new ArrayList<>(rows.size());
        for (List<Object> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException("row of " + row.size() + " values for " + columns.size() + " columns");
            }
            copied.add(Collections.unmodifiableList(new ArrayList<>(row)));
        }
        rows = Collections.unmodifiableList(copied);
    }

    public int columnIndex(String column) {
        int index = columns.indexOf(column);
        if (index < 0) {
            throw new IllegalArgumentException("no column " + column + " in " + columns);
        }
        return index;
    }

    /** The values of one column, top to bottom. */
    public List<Object> column(String column) {
        int index = columnIndex(column);
        return rows.stream().map(row -> row.get(index)).toList();
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }
}
