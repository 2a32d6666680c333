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

    /** The folder a partitioned table keeps a year's files in: {@code year=2023}. */
    public static String yearFolder(int year) {
        return YEAR + "=" + year;
    }

    /** The year a {@link #yearFolder} holds; empty for a folder of another name. */
    public static Optional<Integer> yearOfFolder(String folderName) {
        String prefix = YEAR + "=";
        if (!folderName.startsWith(prefix)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Integer.parseInt(folderName.substring(prefix.length())));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The year of a data file of a partitioned table, from the {@link #yearFolder} on its path; else empty. */
    public static Optional<Integer> yearOfPath(String path) {
        for (String folder : path.split("/")) {
            Optional<Integer> year = yearOfFolder(folder);
            if (year.isPresent()) {
                return year;
            }
        }
        return Optional.empty();
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
