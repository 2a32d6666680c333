package io.jixiao.jobs.ingest;

import io.jixiao.schema.warehouse.WarehouseTable;
import io.jixiao.schema.warehouse.WarehouseTables;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;

/**
 * The new documents of one ingest, parsed once on the executors and written to a staging Parquet folder, from
 * which every table of the snapshot is then read (column pruning reads only the nested field a table needs).
 * Staging replaces caching: the parsed rows of a million forms do not fit a small driver heap, Parquet on disk does.
 *
 * <p>Duplicates are resolved with small aggregates instead of shuffling the parsed rows: the same bytes under two
 * paths are one document (the first path wins), and a form read from two documents of the batch is taken from the
 * one with the greatest id. Both lists are empty in the usual batch and are applied as broadcast anti-joins.
 */
final class StagedBatch {

    private static final StructType PATHS = new StructType()
            .add("path", DataTypes.StringType, false);
    private static final StructType FORM_COPIES = new StructType()
            .add("form_id", DataTypes.StringType, false)
            .add("doc_id", DataTypes.StringType, false);
    private static final Map<WarehouseTable, String> FIELDS = Map.of(
            WarehouseTables.FORMS, "forms", WarehouseTables.FUNDS, "funds",
            WarehouseTables.INDICATORS, "indicators", WarehouseTables.FINDINGS, "findings");

    private final Dataset<Row> parsed;
    private final Dataset<Row> replacedForms;

    private StagedBatch(Dataset<Row> parsed, Dataset<Row> replacedForms) {
        this.parsed = parsed;
        this.replacedForms = replacedForms;
    }

    /** Runs the parse (one Spark job) into {@code staging} and reads it back without duplicates. */
    static StagedBatch stage(SparkSession spark, Dataset<Row> parsedDocuments, Path staging) {
        // read once or twice, then deleted: fast to write beats small
        parsedDocuments.write()
                .option("compression", "lz4_raw")
                .option("parquet.enable.dictionary", "false")
                .parquet(staging.toString());
        Dataset<Row> staged = spark.read().schema(SparkSchemas.PARSED_DOCUMENT).parquet(staging.toString());
        Dataset<Row> parsed = withoutCopiedFiles(spark, staged);
        return new StagedBatch(parsed, formsReadTwice(spark, parsed));
    }

    /** The new documents' rows of the {@code documents} table. */
    Dataset<Row> documents() {
        return parsed.select(col("document.*"));
    }

    /** The new rows of a form table (forms, funds, indicators or findings). */
    Dataset<Row> rows(WarehouseTable table) {
        String field = FIELDS.get(table);
        if (field == null) {
            throw new IllegalArgumentException(table.name() + " is not a form table");
        }
        Dataset<Row> rows = parsed.select(explode(col(field)).as("row")).select("row.*");
        return replacedForms == null ? rows
                : rows.join(broadcast(replacedForms), new String[] {"form_id", "doc_id"}, "left_anti");
    }

    private static Dataset<Row> withoutCopiedFiles(SparkSession spark, Dataset<Row> staged) {
        Dataset<Row> files = staged.select(col("document.doc_id").as("doc_id"), col("document.path").as("path"));
        List<Row> dropped = new ArrayList<>();
        for (String[] copy : allButKept(files, "doc_id", min("path"), "path")) {
            dropped.add(RowFactory.create(copy[1]));
        }
        if (dropped.isEmpty()) {
            return staged;
        }
        Dataset<Row> droppedPaths = broadcast(spark.createDataFrame(dropped, PATHS));
        return staged.join(droppedPaths, staged.col("document.path").equalTo(droppedPaths.col("path")), "left_anti");
    }

    /** The (form, document) pairs that lose to a later document of the same batch; null when there are none. */
    private static Dataset<Row> formsReadTwice(SparkSession spark, Dataset<Row> parsed) {
        Dataset<Row> forms = parsed.select(explode(col("forms")).as("row")).select("row.form_id", "row.doc_id");
        List<Row> losers = new ArrayList<>();
        for (String[] loser : allButKept(forms, "form_id", max("doc_id"), "doc_id")) {
            losers.add(RowFactory.create(loser[0], loser[1]));
        }
        return losers.isEmpty() ? null : spark.createDataFrame(losers, FORM_COPIES);
    }

    /**
     * For every key held more than once: the (key, member) pairs other than the kept member. A small aggregate
     * collected to the driver; in the usual batch it is empty.
     */
    private static List<String[]> allButKept(Dataset<Row> rows, String key, Column kept, String member) {
        List<String[]> others = new ArrayList<>();
        for (Row group : rows.groupBy(key)
                .agg(count("*").as("n"), kept.as("kept"), collect_set(member).as("members"))
                .where(col("n").gt(1))
                .select(key, "kept", "members")
                .collectAsList()) {
            for (String value : group.<String>getList(2)) {
                if (!value.equals(group.getString(1))) {
                    others.add(new String[] {group.getString(0), value});
                }
            }
        }
        return others;
    }
}
