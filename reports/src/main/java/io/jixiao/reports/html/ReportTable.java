package io.jixiao.reports.html;

import java.util.List;

/** A table of plain text: the writer escapes every cell. */
public record ReportTable(String caption, List<String> columns, List<List<String>> rows) {
    public ReportTable {
        columns = List.copyOf(columns);
        rows = rows.stream().map(List::copyOf).toList();
        for (List<String> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException("Table '" + caption + "' has " + columns.size()
                        + " columns but a row of " + row.size() + ": " + row);
            }
        }
    }
}
