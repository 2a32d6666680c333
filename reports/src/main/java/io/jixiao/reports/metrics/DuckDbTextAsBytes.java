package io.jixiao.reports.metrics;

import static java.util.Objects.requireNonNull;

import io.jixiao.reports.warehouse.SqlLiteral;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How a metric's text columns leave DuckDB: as their UTF-8 bytes. The DuckDB driver makes each string of a result
 * with a call back into Java per value; a byte array per value, decoded by {@link ResultTables}, takes a third of
 * that time (funds by region at a million forms, 87,100 rows: about 60 against 180 ms; BENCHMARKS.md). The metric is
 * re-selected with its VARCHAR columns through {@code encode}, which keeps its rows and their order.
 *
 * @param selectList the select list over the metric's columns, or empty where it is run as it is
 * @param textColumns the result columns that hold text as bytes: none where it is run as it is
 */
record DuckDbTextAsBytes(Optional<String> selectList, Set<String> textColumns) {

    private static final String TEXT = "VARCHAR";
    private static final DuckDbTextAsBytes AS_IT_IS = new DuckDbTextAsBytes(Optional.empty(), Set.of());

    DuckDbTextAsBytes {
        requireNonNull(selectList, "selectList is null");
        textColumns = Set.copyOf(textColumns);
    }

    /**
     * From the columns DuckDB says a prepared metric gives: run as it is where it gives no text, or two columns of one
     * name (a subquery could not tell them apart).
     */
    static DuckDbTextAsBytes of(ResultSetMetaData columns) throws SQLException {
        List<String> labels = new ArrayList<>();
        Set<String> text = new LinkedHashSet<>();
        for (int i = 1; i <= columns.getColumnCount(); i++) {
            labels.add(columns.getColumnLabel(i));
            if (TEXT.equals(columns.getColumnTypeName(i))) {
                text.add(columns.getColumnLabel(i));
            }
        }
        if (text.isEmpty() || new HashSet<>(labels).size() != labels.size()) {
            return AS_IT_IS;
        }
        return new DuckDbTextAsBytes(Optional.of(labels.stream()
                .map(label -> text.contains(label)
                        ? "encode(" + SqlLiteral.identifier(label) + ") AS " + SqlLiteral.identifier(label)
                        : SqlLiteral.identifier(label))
                .collect(Collectors.joining(", "))), text);
    }

    /** The metric to run: re-selected with its text as bytes, with the same parameters. */
    MetricSql applyTo(MetricSql metric) {
        return selectList.map(metric::reselect).orElse(metric);
    }
}
