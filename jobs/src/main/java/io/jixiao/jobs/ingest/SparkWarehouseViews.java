package io.jixiao.jobs.ingest;

import io.jixiao.jobs.ingest.SnapshotTableFiles.TableFile;
import io.jixiao.schema.warehouse.AgencyAliases;
import io.jixiao.schema.warehouse.FormColumnCopies;
import io.jixiao.schema.warehouse.Snapshot;
import io.jixiao.schema.warehouse.TargetDrift;
import io.jixiao.schema.warehouse.WarehouseLayout;
import io.jixiao.schema.warehouse.WarehouseTable;
import io.jixiao.schema.warehouse.WarehouseTables;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Registers the current snapshot of a warehouse (any Hadoop URI) as Spark temp views named after the tables,
 * so the metric SQL that DuckDB runs also runs on Spark SQL. A damaged warehouse is refused
 * ({@link io.jixiao.schema.warehouse.WarehouseDamagedException}).
 */
public final class SparkWarehouseViews {

    private SparkWarehouseViews() {
    }

    public static void register(SparkSession spark, String warehouse) {
        Path root = new Path(warehouse);
        FileSystem fs;
        try {
            fs = root.getFileSystem(spark.sparkContext().hadoopConfiguration());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot reach the file system of " + warehouse, e);
        }
        WarehouseLayout.requireWarehouse(new HadoopWarehouseFiles(fs, root));
        Optional<Snapshot> snapshot = new Snapshots(fs, root).current();
        SnapshotTables tables = new SnapshotTables(spark, fs, root, snapshot);
        SnapshotTableFiles files = new SnapshotTableFiles(fs, root, snapshot);
        AgencyAliases aliases = AgencyAliases.read(new HadoopWarehouseFiles(fs, root));
        for (WarehouseTable table : WarehouseTables.ALL) {
            Dataset<Row> rows = tables.read(table);
            if (table == WarehouseTables.TARGET_DRIFT) {
                rows.createOrReplaceTempView(STORED_DRIFT);
                rows = spark.sql(TargetDrift.withUnsettledSql(STORED_DRIFT, TargetDrift.unsettledYears(
                        relative(files, WarehouseTables.FORMS), relative(files, table))));
            }
            if (table == WarehouseTables.FORMS) {
                rows.createOrReplaceTempView(STORED_FORMS);
                rows = spark.sql(WarehouseTables.agencyNamesSql(STORED_FORMS))
                        .withColumn(WarehouseTables.AGENCY, agency(aliases)).drop(WarehouseTables.NAMED_UNIT);
            } else if (table.column(FormColumnCopies.MARKER).isPresent()) {
                // the lines as their files hold them; those written before the copies take them from their form
                String lines = table.name() + "_stored";
                rows.createOrReplaceTempView(lines);
                if (!ParquetSchemaCheck.everyRowHoldsFormColumnCopies(files.of(table).stream().map(TableFile::path)
                        .toList(), spark.sparkContext().hadoopConfiguration())) {
                    String filled = table.name() + "_filled";
                    spark.sql(FormColumnCopies.filledSql(table, lines, STORED_FORMS)).createOrReplaceTempView(filled);
                    lines = filled;
                }
                rows = spark.sql(WarehouseTables.agencyNamesSql(lines, FormColumnCopies.copyOf(WarehouseTables.UNIT),
                                FormColumnCopies.copyOf(WarehouseTables.UNIT_CODE), STORED_FORMS))
                        .withColumn(FormColumnCopies.AGENCY, agency(aliases)).drop(WarehouseTables.NAMED_UNIT);
            }
            rows.createOrReplaceTempView(table.name());
        }
        spark.sql(WarehouseTables.selfEvaluationsSql()).createOrReplaceTempView(WarehouseTables.SELF_EVALUATIONS);
    }

    private static List<String> relative(SnapshotTableFiles files, WarehouseTable table) {
        return files.of(table).stream().map(file -> table.name() + "/" + file.relative()).toList();
    }

    /** The stored drift, under the view with the years not settled yet computed. */
    private static final String STORED_DRIFT = "target_drift_stored";

    /** The forms as their files hold them, under the view with the agency. */
    private static final String STORED_FORMS = "forms_stored";

    /**
     * A form's agency: the name its unit code or unit gives it ({@link WarehouseTables#agencyNamesSql}) after the
     * confirmed renames, as the DuckDB view computes it.
     */
    private static Column agency(AgencyAliases aliases) {
        Column unit = functions.col(WarehouseTables.NAMED_UNIT);
        Column agency = null;
        for (Map.Entry<String, String> rename : aliases.currentNames().entrySet()) {
            Column when = unit.equalTo(functions.lit(rename.getKey()));
            agency = agency == null ? functions.when(when, functions.lit(rename.getValue()))
                    : agency.when(when, functions.lit(rename.getValue()));
        }
        return agency == null ? unit : agency.otherwise(unit);
    }
}
