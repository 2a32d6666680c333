package io.jixiao.reports.output;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The headings and kinds of the columns metrics output ({@code columns.tsv}) and the Chinese names of the tables
 * ({@code titles.tsv}), both kept as data beside this class.
 */
public final class OutputColumns {

    static final String COLUMNS = "columns.tsv";
    static final String TITLES = "titles.tsv";
    /** Excel's limit on a sheet name. */
    static final int MAX_TITLE = 31;

    private static final class Loaded {
        static final OutputColumns INSTANCE = new OutputColumns(read(COLUMNS), read(TITLES));
    }

    private final Map<String, OutputColumn> columns = new LinkedHashMap<>();
    private final Map<String, String> titles = new LinkedHashMap<>();

    OutputColumns(List<String[]> columnRows, List<String[]> titleRows) {
        for (String[] row : columnRows) {
            require(row.length == 3, COLUMNS, row);
            OutputColumn column;
            try {
                column = new OutputColumn(row[0], ColumnKind.parse(row[1]), row[2]);
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(COLUMNS + ": unknown kind '" + row[1] + "' of " + row[0], e);
            }
            require(columns.put(column.name(), column) == null, COLUMNS, row);
        }
        for (String[] row : titleRows) {
            require(row.length == 2 && row[1].length() <= MAX_TITLE, TITLES, row);
            require(titles.put(row[0], row[1]) == null, TITLES, row);
        }
    }

    public static OutputColumns get() {
        return Loaded.INSTANCE;
    }

    public Optional<OutputColumn> find(String name) {
        return Optional.ofNullable(columns.get(name));
    }

    public Collection<OutputColumn> all() {
        return columns.values();
    }

    /** The Chinese name of a table (a metric), at most 31 characters. */
    public Optional<String> title(String table) {
        return Optional.ofNullable(titles.get(table));
    }

    /** The rows of a resource TSV: tab-separated, a header row first, lines starting with # skipped. */
    private static List<String[]> read(String file) {
        try (InputStream in = OutputColumns.class.getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + file);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String[]> rows = new ArrayList<>();
            reader.lines().filter(line -> !line.isBlank() && !line.startsWith("#")).skip(1)
                    .forEach(line -> rows.add(line.split("\t", -1)));
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static void require(boolean condition, String file, String[] row) {
        if (!condition) {
            throw new IllegalStateException(file + ": bad or repeated row " + String.join(" | ", row));
        }
    }
}
