package io.jixiao.read.binary;

import io.jixiao.read.layout.Row;
import io.jixiao.schema.model.Problem;
import java.util.List;
import java.util.function.IntFunction;

/**
 * The rows read from a binary document, and how its line numbers name a place a person can find: each format
 * encodes its own place in the {@link io.jixiao.read.layout.Cell#line() line} number (see the readers) and
 * names it here ("sheet '自评表' row 12", "table 2 row 5", "page 3 line 14").
 */
public record SourceRows(List<Row> rows, IntFunction<String> places, List<Problem> problems) {

    public SourceRows {
        rows = List.copyOf(rows);
        problems = List.copyOf(problems);
    }

    public SourceRows(List<Row> rows, IntFunction<String> places) {
        this(rows, places, List.of());
    }

    public String place(int line) {
        return places.apply(line);
    }
}
