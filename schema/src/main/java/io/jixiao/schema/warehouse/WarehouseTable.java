package io.jixiao.schema.warehouse;

import java.util.List;
import java.util.Optional;

/**
 * A warehouse table: its Parquet folder name, its columns in order, and whether it is hive-partitioned by
 * {@code year} (the partition column is then the last column and is not stored inside the files).
 */
public record WarehouseTable(String name, List<Column> columns, boolean partitionedByYear) {

    public static final String YEAR = "year";
    /**
     * The year a form whose year could not be read is filed under (the partition needs one), with a year_missing
     * finding: no place on a timeline.
     */
    public static final int UNKNOWN_YEAR = 0;

    public WarehouseTable {
        columns = List.copyOf(columns);
    }

    public Optional<Column> column(String columnName) {
        return columns.stream().filter(c -> c.name().equals(columnName)).findFirst();
    }

    /** The columns stored inside the Parquet files (all but the partition column). */
    public List<Column> fileColumns() {
        return partitionedByYear
                ? columns.stream().filter(c -> !c.name().equals(YEAR)).toList()
                : columns;
    }
}
