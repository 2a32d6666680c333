package io.jixiao.reports.html;

import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * The rows of a table the report prints. A table longer than the cap is cut to the rows a reader looks at
 * first (by {@code orderWhenCut}), and the page says how many there are and which command prints them all;
 * a table within the cap is printed whole, in its own order.
 *
 * @param rows             the rows printed
 * @param total            how many rows the whole table has
 * @param firstBy          what the printed rows are the first of, worded for the reader
 * @param fullTableCommand the {@code jixiao} command that writes the whole table
 */
public record TableExcerpt<T>(List<T> rows, int total, String firstBy, String fullTableCommand) {
    public TableExcerpt {
        rows = List.copyOf(rows);
        if (total < rows.size()) {
            throw new IllegalArgumentException("A table of " + total + " rows cannot print " + rows.size());
        }
    }

    public static <T> TableExcerpt<T> of(List<T> all, int cap, Comparator<? super T> orderWhenCut, String firstBy,
                                         String fullTableCommand) {
        List<T> rows = all.size() <= cap ? all : all.stream().sorted(orderWhenCut).limit(cap).toList();
        return new TableExcerpt<>(rows, all.size(), firstBy, fullTableCommand);
    }

    public boolean cut() {
        return rows.size() < total;
    }

    public <R> TableExcerpt<R> map(Function<? super T, R> row) {
        return new TableExcerpt<>(rows.stream().<R>map(row).toList(), total, firstBy, fullTableCommand);
    }
}
