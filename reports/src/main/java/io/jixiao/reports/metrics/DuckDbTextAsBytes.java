package io.jixiao.reports.metrics;

import static java.util.Objects.requireNonNull;

import io.jixiao.reports.warehouse.SqlLiteral;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A metric whose text columns leave DuckDB as their UTF-8 bytes. The DuckDB driver makes each string of a result
 * with a call back into Java per value; a byte array per value, decoded by {@link ResultTables}, takes a third of
 * that time (funds by region at a million forms, 87,100 rows: about 60 against 180 ms; BENCHMARKS.md). The metric is
 * re-selected with its VARCHAR columns through {@code encode}, which keeps its rows and their order.
 *
 * @param sql what to run
 * @param textColumns the result columns that hold text as bytes: none where nothing was re-selected
 */
record DuckDbTextAsBytes(MetricSql sql, Set<String> textColumns) {

    private static final String TEXT = "VARCHAR";

    DuckDbTextAsBytes {
        requireNonNull(sql, "sql is null");
        textColumns = Set.copyOf(textColumns);
    }

    /**
     * The metric re-selected, from the columns DuckDB says the prepared metric gives; unchanged where it gives no text
     * or two columns of one name (a subquery could not tell them apart).
     */
    static DuckDbTextAsBytes of(MetricSql metric, ResultSetMetaData columns) throws SQLException {
        List<String> labels = new ArrayList<>();
        Set<String> text = new LinkedHashSet<>();
        for (int i = 1; i <= columns.getColumnCount(); i++) {
            labels.add(columns.getColumnLabel(i));
            if (TEXT.equals(columns.getColumnTypeName(i))) {
                text.add(columns.getColumnLabel(i));
            }
        }
        if (text.isEmpty() || new HashSet<>(labels).size() != labels.size()) {
            return new DuckDbTextAsBytes(metric, Set.of());
        }
        String selectList = labels.stream()
                .map(label -> text.contains(label)
                        ? "encode(" + SqlLiteral.identifier(label) + ") AS " + SqlLiteral.identifier(label)
                        : SqlLiteral.identifier(label))
                .collect(Collectors.joining(", "));
        return new DuckDbTextAsBytes(metric.reselect(selectList), text);
    }
}
