package io.jixiao.reports.metrics;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
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

    /**
     * The rows sorted by one column ({@code -name} for descending), empty values last either way, ties in their
     * order; numbers compared as numbers, the rest as text.
     */
    public MetricTable sortedBy(String sort) {
        boolean descending = sort.startsWith("-");
        int index = columnIndex(descending ? sort.substring(1) : sort);
        Comparator<Object> values = (a, b) -> a instanceof Number x && b instanceof Number y
                ? new BigDecimal(x.toString()).compareTo(new BigDecimal(y.toString()))
                : a.toString().compareTo(b.toString());
        Comparator<Object> order = descending ? values.reversed() : values;
        List<List<Object>> sorted = new ArrayList<>(rows);
        sorted.sort(Comparator.comparing((List<Object> row) -> row.get(index), Comparator.nullsLast(order)));
        return new MetricTable(columns, sorted);
    }
}
