package io.jixiao.reports.warehouse;

import io.jixiao.schema.warehouse.Column;
import io.jixiao.schema.warehouse.ColumnType;
import io.jixiao.schema.warehouse.FormKey;
import io.jixiao.schema.warehouse.TargetDrift;
import io.jixiao.schema.warehouse.WarehouseLayout;
import io.jixiao.schema.warehouse.WarehouseTable;
import io.jixiao.schema.warehouse.WarehouseTables;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Writes test warehouses: rows given as text per column name, typed by {@link WarehouseTables}, written as
 * Parquet in the ingest's layout (hive {@code year=} folders for partitioned tables). Tables without rows get
 * no folder.
 */
public final class ParquetWarehouseWriter implements AutoCloseable {

    private static final String SNAPSHOT = "written-by-test";

    private final Connection connection;
    private final Set<String> filled = new HashSet<>();

    public ParquetWarehouseWriter() throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("autoinstall_known_extensions", "false");
        connection = DriverManager.getConnection("jdbc:duckdb:", properties);
        try (Statement statement = connection.createStatement()) {
            for (WarehouseTable table : WarehouseTables.ALL) {
                statement.execute("CREATE TABLE " + table.name() + " (" + table.columns().stream()
                        .map(c -> c.name() + " " + DuckDbTypes.of(c.type()))
                        .collect(Collectors.joining(", ")) + ")");
            }
        }
    }

    /**
     * One row; absent or empty values are null, which a required column refuses. A form id of 32 hexadecimal digits,
     * as the ingest makes them, gets its key ({@link FormKey}) where the row has the key's columns and does not give
     * them; a test's shorter id is stored without.
     */
    public void insert(WarehouseTable table, Map<String, String> given) throws SQLException {
        Map<String, String> values = withFormKey(table, given);
        List<Column> columns = table.columns();
        for (String name : values.keySet()) {
            table.column(name).orElseThrow(() -> new IllegalArgumentException("no column " + table.name() + "." + name));
        }
        String sql = "INSERT INTO " + table.name() + " VALUES ("
                + columns.stream().map(c -> "?").collect(Collectors.joining(", ")) + ")";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < columns.size(); i++) {
                Column column = columns.get(i);
                String text = values.get(column.name());
                if (text == null || text.isEmpty()) {
                    if (!column.nullable()) {
                        throw new IllegalStateException(table.name() + "." + column.name() + " is required: " + values);
                    }
                    statement.setObject(i + 1, null);
                } else {
                    statement.setObject(i + 1, typed(column.type(), text));
                }
            }
            statement.execute();
        }
        filled.add(table.name());
    }

    private static Map<String, String> withFormKey(WarehouseTable table, Map<String, String> values) {
        String formId = values.get("form_id");
        if (table.column(FormKey.HIGH).isEmpty() || values.containsKey(FormKey.HIGH) || formId == null
                || !formId.matches("\\p{XDigit}{32}")) {
            return values;
        }
        FormKey key = FormKey.of(formId);
        Map<String, String> keyed = new HashMap<>(values);
        keyed.put(FormKey.HIGH, String.valueOf(key.high()));
        keyed.put(FormKey.LOW, String.valueOf(key.low()));
        return keyed;
    }

    /**
     * Writes the tables as the current snapshot of a warehouse at root, in the layout the ingest writes, with the
     * target drift of its forms settled as the ingest settles it (unless the test wrote target_drift rows itself).
     */
    public void writeTo(Path root) throws SQLException, IOException {
        Files.createDirectories(root);
        Files.writeString(root.resolve(WarehouseLayout.CURRENT), SNAPSHOT + "\n");
        try (Statement statement = connection.createStatement()) {
            if (filled.contains(WarehouseTables.FORMS.name()) && filled.add(WarehouseTables.TARGET_DRIFT.name())) {
                statement.execute("INSERT INTO " + WarehouseTables.TARGET_DRIFT.name() + " " + TargetDrift.pairsSql());
            }
            for (WarehouseTable table : WarehouseTables.ALL) {
                if (!filled.contains(table.name())) {
                    continue;
                }
                Path folder = root.resolve(WarehouseLayout.tablePath(SNAPSHOT, table));
                Files.createDirectories(folder);
                statement.execute(table.partitionedByYear()
                        ? "COPY " + table.name() + " TO " + SqlLiteral.quote(folder.toString())
                                + " (FORMAT parquet, PARTITION_BY (" + WarehouseTable.YEAR + "), OVERWRITE_OR_IGNORE)"
                        : "COPY " + table.name() + " TO " + SqlLiteral.quote(folder.resolve("part-0.parquet").toString())
                                + " (FORMAT parquet)");
            }
        }
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }

    private static Object typed(ColumnType type, String text) {
        return switch (type) {
            case INT -> Integer.valueOf(text);
            case LONG -> Long.valueOf(text);
            case DECIMAL -> new BigDecimal(text);
            case BOOLEAN -> Boolean.valueOf(text);
            case STRING, TIMESTAMP -> text;
        };
    }
}
