package io.jixiao.reports.output;

import java.util.Objects;

/** One column a metric outputs: its name (the English heading), its kind and its Chinese heading with the unit. */
public record OutputColumn(String name, ColumnKind kind, String chineseHeading) {

    public OutputColumn {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(chineseHeading, "chineseHeading");
    }
}
