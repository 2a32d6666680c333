package io.jixiao.reports.warehouse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jixiao.schema.warehouse.Column;
import io.jixiao.schema.warehouse.AgencyAliases;
import io.jixiao.schema.warehouse.CurrentSnapshot;
import io.jixiao.schema.warehouse.FormColumnCopies;
import io.jixiao.schema.warehouse.FormKey;
import io.jixiao.schema.warehouse.LocalWarehouseFiles;
import io.jixiao.schema.warehouse.NotAWarehouseException;
import io.jixiao.schema.warehouse.Snapshot;
import io.jixiao.schema.warehouse.SnapshotManifest;
import io.jixiao.schema.warehouse.TargetDrift;
import io.jixiao.schema.warehouse.WarehouseDamagedException;
import io.jixiao.schema.warehouse.WarehouseLayout;
import io.jixiao.schema.warehouse.WarehouseTable;
import io.jixiao.schema.warehouse.WarehouseTables;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * An in-memory DuckDB connection with one view per warehouse table over the Parquet files of the snapshot in force
 * (those its manifest names, checked first: a damaged warehouse is refused), derived from {@link WarehouseTables}. Once the views exist the connection only reads: file access is limited to the
 * warehouse folder, the configuration is locked, and every statement must be a single SELECT (checked by
 * DuckDB's own parser), so no query can write, delete or attach anything.
 */
public final class DuckDbWarehouse implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path root;
    private final Connection connection;
    private final List<String> emptyTables;

    private DuckDbWarehouse(Path root, Connection connection, List<String> emptyTables) {
        this.root = root;
        this.connection = connection;
        this.emptyTables = List.copyOf(emptyTables);
    }

    public static DuckDbWarehouse open(Path warehouse) {
        Path root = warehouse.toAbsolutePath().normalize();
        try {
            WarehouseLayout.requireWarehouse(new LocalWarehouseFiles(root));
        } catch (NotAWarehouseException e) {
            throw new WarehouseException(e.getMessage(), e);
        }
        Properties properties = new Properties();
        properties.setProperty("autoinstall_known_extensions", "false");
        properties.setProperty("autoload_known_extensions", "false");
        Connection connection = null;
        try {
            connection = DriverManager.getConnection("jdbc:duckdb:", properties);
            List<String> emptyTables = new ArrayList<>();
            Snapshot snapshot = CurrentSnapshot.find(new LocalWarehouseFiles(root)).orElse(null);
            AgencyAliases aliases = AgencyAliases.read(new LocalWarehouseFiles(root));
            try (Statement statement = connection.createStatement()) {
                String storedForms = null;
                for (WarehouseTable table : WarehouseTables.ALL) {
                    String source = source(root, snapshot, table);
                    // the drift is derived: without stored files its view computes it from the forms
                    if (source == null && table != WarehouseTables.TARGET_DRIFT) {
                        emptyTables.add(table.name());
                    }
                    StoredColumns stored = source == null ? null : storedColumns(statement, source);
                    String select = source == null ? emptySelect(table) : parquetSelect(table, source, stored);
                    if (table == WarehouseTables.TARGET_DRIFT) {
                        select = TargetDrift.withUnsettledSql("(" + select + ")", unsettledYears(root, snapshot));
                    } else if (table == WarehouseTables.FORMS) {
                        storedForms = "(" + select + ")";
                        select = withAgency(select, WarehouseTables.UNIT, WarehouseTables.UNIT_CODE,
                                WarehouseTables.AGENCY, storedForms, aliases);
                    } else if (table.column(FormColumnCopies.MARKER).isPresent()) {
                        if (source != null && !everyRowHoldsFormColumnCopies(statement, source, stored)) {
                            select = FormColumnCopies.filledSql(table, "(" + select + ")", storedForms);
                        }
                        select = withAgency(select, FormColumnCopies.copyOf(WarehouseTables.UNIT),
                                FormColumnCopies.copyOf(WarehouseTables.UNIT_CODE), FormColumnCopies.AGENCY,
                                storedForms, aliases);
                    }
                    statement.execute("CREATE VIEW " + table.name() + " AS " + select);
                }
                statement.execute("CREATE VIEW " + WarehouseTables.SELF_EVALUATIONS + " AS "
                        + WarehouseTables.selfEvaluationsSql());
                statement.execute("SET allowed_directories = [" + SqlLiteral.quote(root + "/") + "]");
                statement.execute("SET enable_external_access = false");
                statement.execute("SET lock_configuration = true");
            }
            return new DuckDbWarehouse(root, connection, emptyTables);
        } catch (SQLException e) {
            closeQuietly(connection);
            throw new WarehouseException("cannot open the warehouse " + root + ": " + e.getMessage(), e);
        } catch (WarehouseDamagedException e) {
            closeQuietly(connection);
            throw new WarehouseException(e.getMessage(), e);
        }
    }

    public Path root() {
        return root;
    }

    /** Tables whose folder is missing or holds no Parquet file: their views are empty. */
    public List<String> emptyTables() {
        return emptyTables;
    }

    /**
     * Prepares one read-only statement. Refuses anything but a single SELECT (or WITH … SELECT), with
     * DuckDB's parser as the judge, before DuckDB sees it as a statement to run.
     */
    public PreparedStatement prepareSelect(String sql) {
        requireSingleSelect(sql);
        try {
            return connection.prepareStatement(sql);
        } catch (SQLException e) {
            throw new WarehouseException(firstLine(e.getMessage()), e);
        }
    }

    private void requireSingleSelect(String sql) {
        try (PreparedStatement check = connection.prepareStatement("SELECT json_serialize_sql(?)")) {
            check.setString(1, sql);
            try (ResultSet result = check.executeQuery()) {
                result.next();
                JsonNode parsed = JSON.readTree(result.getString(1));
                if (parsed.path("error").asBoolean(false)) {
                    String reason = parsed.path("error_message").asText();
                    throw new WarehouseException(reason.startsWith("Only SELECT")
                            ? "refused: the warehouse is read-only, only a single SELECT or WITH … SELECT query is allowed"
                            : "invalid SQL: " + firstLine(reason));
                }
                int statements = parsed.path("statements").size();
                if (statements != 1) {
                    throw new WarehouseException("refused: exactly one SELECT statement is allowed, got " + statements);
                }
            }
        } catch (SQLException | IOException e) {
            throw new WarehouseException("cannot check the SQL: " + firstLine(e.getMessage()), e);
        }
    }

    @Override
    public void close() {
        closeQuietly(connection);
    }

    /**
     * What a table's view reads, as read_parquet's first argument: the files the snapshot's manifest names, or the
     * table's folder (the runs log, a snapshot written before manifests); null when there is nothing to read.
     */
    private static String source(Path root, Snapshot snapshot, WarehouseTable table) {
        if (table == WarehouseTables.RUNS || (snapshot != null && snapshot.checkedManifest().isEmpty())) {
            Path folder = table == WarehouseTables.RUNS ? root.resolve(WarehouseLayout.RUNS)
                    : root.resolve(snapshot.tablePath(table));
            return hasParquet(folder) ? SqlLiteral.quoteGlob(folder.toString(), "/**/*.parquet") : null;
        }
        if (snapshot == null) {
            return null;
        }
        List<String> files = snapshot.checkedManifest().orElseThrow().files(table).stream()
                .map(file -> SqlLiteral.quoteGlob(root.resolve(snapshot.filePath(file)).toString(), ""))
                .toList();
        return files.isEmpty() ? null : "[" + String.join(", ", files) + "]";
    }

    /**
     * The view of a table's files. An optional column the files do not hold (they were written before it was added)
     * reads as null, so that an older warehouse stays readable; a required one missing is an error.
     */
    private static String parquetSelect(WarehouseTable table, String source, StoredColumns stored) {
        return "SELECT " + table.columns().stream()
                .map(c -> {
                    String read = "CAST(" + c.name() + " AS " + DuckDbTypes.of(c.type()) + ")";
                    if (FormKey.JOIN_COLUMNS.contains(c.name()) && !stored.inEveryFile().contains(c.name())) {
                        read = stored.inSomeFile().contains(c.name())
                                ? "COALESCE(" + read + ", " + derivedFormKey(c.name()) + ")"
                                : derivedFormKey(c.name());
                    } else if (!stored.inSomeFile().contains(c.name()) && c.nullable()) {
                        return nullColumn(c);
                    }
                    return read + " AS " + c.name();
                })
                .collect(Collectors.joining(", "))
                + " FROM " + readParquet(table, source);
    }

    /**
     * A {@link FormKey} column of rows from files written before it: the half of form_id's digits read as an
     * unsigned 64-bit number and taken as a two's-complement BIGINT (through BIT), as {@link FormKey#of} does.
     */
    private static String derivedFormKey(String column) {
        return "CAST(CAST(CAST('0x' || substr(form_id, " + FormKey.firstDigit(column) + ", "
                + FormKey.digitsPerHalf() + ") AS UBIGINT) AS BIT) AS BIGINT)";
    }

    private static String readParquet(WarehouseTable table, String source) {
        String hive = table.partitionedByYear()
                ? ", hive_partitioning = true, hive_types = {'" + WarehouseTable.YEAR + "': INTEGER}"
                : ", hive_partitioning = false";
        return "read_parquet(" + source + hive + ", union_by_name = true)";
    }

    /**
     * The columns a table's files hold: in some file, and in every file (a partitioned table's year, from its folder
     * names, is in neither: it is required, so always read).
     */
    private record StoredColumns(Set<String> inSomeFile, Set<String> inEveryFile) {
    }

    /** Both sets from one read of the files' Parquet schemas. */
    private static StoredColumns storedColumns(Statement statement, String source) throws SQLException {
        Set<String> some = new HashSet<>();
        Set<String> every = new HashSet<>();
        try (ResultSet held = statement.executeQuery("WITH s AS (SELECT file_name, name FROM parquet_schema("
                + source + ")) SELECT name, count(DISTINCT file_name) = (SELECT count(DISTINCT file_name) FROM s) "
                + "FROM s GROUP BY name")) {
            while (held.next()) {
                some.add(held.getString(1));
                if (held.getBoolean(2)) {
                    every.add(held.getString(1));
                }
            }
        }
        return new StoredColumns(some, every);
    }

    /**
     * Whether every row of a table of lines holds the copies of its form's columns ({@link FormColumnCopies}): every
     * file holds every copy, and the files' statistics count no null {@link FormColumnCopies#MARKER} in any row group.
     * A file written before the copies lacks them; a file an ingest rewrote from such a file holds them null.
     */
    private static boolean everyRowHoldsFormColumnCopies(Statement statement, String source, StoredColumns stored)
            throws SQLException {
        if (!stored.inEveryFile().containsAll(FormColumnCopies.names())) {
            return false;
        }
        try (ResultSet nulls = statement.executeQuery("SELECT count(*) FROM parquet_metadata(" + source + ") WHERE "
                + "path_in_schema = " + SqlLiteral.quote(FormColumnCopies.MARKER)
                + " AND (stats_null_count IS NULL OR stats_null_count > 0)")) {
            nulls.next();
            return nulls.getLong(1) == 0;
        }
    }

    /**
     * A select of forms or of their lines with the agency each row's form belongs to, in {@code agencyColumn}
     * ({@link WarehouseTables#AGENCY}): its unit's name, the latest one its unit code had where the forms give a code
     * ({@link WarehouseTables#agencyNamesSql}), after the renames the analyst confirmed ({@link AgencyAliases}).
     */
    static String withAgency(String select, String unitColumn, String unitCodeColumn, String agencyColumn,
                             String storedForms, AgencyAliases aliases) {
        String named = WarehouseTables.NAMED_UNIT;
        StringBuilder agency = new StringBuilder();
        if (aliases.currentNames().isEmpty()) {
            agency.append(named);
        } else {
            agency.append("CASE ").append(named);
            aliases.currentNames().forEach((name, current) -> agency.append(" WHEN ").append(SqlLiteral.quote(name))
                    .append(" THEN ").append(SqlLiteral.quote(current)));
            agency.append(" ELSE ").append(named).append(" END");
        }
        return "SELECT * EXCLUDE (" + named + "), " + agency + " AS " + agencyColumn + " FROM ("
                + WarehouseTables.agencyNamesSql("(" + select + ")", unitColumn, unitCodeColumn, storedForms) + ")";
    }

    /** The years of forms without their stored target drift ({@link TargetDrift#unsettledYears}). */
    private static Set<Integer> unsettledYears(Path root, Snapshot snapshot) {
        return snapshot == null ? Set.of() : TargetDrift.unsettledYears(dataFiles(root, snapshot,
                WarehouseTables.FORMS), dataFiles(root, snapshot, WarehouseTables.TARGET_DRIFT));
    }

    /** A table's data files, relative to the snapshot folder: its manifest's, or those in its folder. */
    private static List<String> dataFiles(Path root, Snapshot snapshot, WarehouseTable table) {
        if (snapshot.checkedManifest().isPresent()) {
            return snapshot.checkedManifest().get().files(table).stream().map(SnapshotManifest.DataFile::path)
                    .toList();
        }
        Path folder = root.resolve(snapshot.tablePath(table));
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(f -> Files.isRegularFile(f) && isDataFile(f.getFileName().toString()))
                    .map(f -> table.name() + "/" + folder.relativize(f).toString().replace('\\', '/')).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
    }

    static String emptySelect(WarehouseTable table) {
        return "SELECT " + table.columns().stream()
                .map(DuckDbWarehouse::nullColumn)
                .collect(Collectors.joining(", ")) + " WHERE false";
    }

    private static String nullColumn(Column column) {
        return "CAST(NULL AS " + DuckDbTypes.of(column.type()) + ") AS " + column.name();
    }

    private static boolean hasParquet(Path folder) {
        if (!Files.isDirectory(folder)) {
            return false;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.anyMatch(f -> Files.isRegularFile(f) && isDataFile(f.getFileName().toString()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
    }

    private static boolean isDataFile(String name) {
        return name.endsWith(".parquet") && !name.startsWith(".") && !name.startsWith("_");
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }

    private static void closeQuietly(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // closing an in-memory database: nothing left to save
            }
        }
    }
}
