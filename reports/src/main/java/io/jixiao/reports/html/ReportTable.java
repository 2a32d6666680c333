package io.jixiao.reports.html;

import java.util.List;

/** A table of plain text: the writer escapes every cell. */
public record ReportTable(String caption, List<String> columns, TableExcerpt<List<String>> excerpt) {
    public ReportTable {
        columns = List.copyOf(columns);
        excerpt = excerpt.map(List::copyOf);
        for (List<String> row : excerpt.rows()) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException("Table '" + caption + "' has " + columns.size()
                        + " columns but a row of " + row.size() + ": " + row);
            }
        }
    }

    public List<List<String>> rows() {
        return excerpt.rows();
    }
}
