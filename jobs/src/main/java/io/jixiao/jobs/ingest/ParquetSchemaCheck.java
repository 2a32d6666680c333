package io.jixiao.jobs.ingest;

import io.jixiao.schema.warehouse.Column;
import io.jixiao.schema.warehouse.ColumnType;
import io.jixiao.schema.warehouse.FormColumnCopies;
import io.jixiao.schema.warehouse.WarehouseTable;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.parquet.column.statistics.Statistics;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.metadata.BlockMetaData;
import org.apache.parquet.hadoop.metadata.ColumnChunkMetaData;
import org.apache.parquet.hadoop.util.HadoopInputFile;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Type;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks that the Parquet files of a table match its definition in {@code schema/}: reads each file's footer
 * with parquet-java (Spark's own version) and compares column names, order, physical and logical types, and
 * nullability (REQUIRED for non-null columns).
 */
public final class ParquetSchemaCheck {

    private ParquetSchemaCheck() {
    }

    /** Every mismatch found in the files under the table's folder; empty when they all match. */
    public static List<String> check(Path tableDirectory, WarehouseTable table, Configuration conf) {
        List<String> mismatches = new ArrayList<>();
        try {
            FileSystem fs = tableDirectory.getFileSystem(conf);
            for (FileStatus status : FileTree.files(fs, tableDirectory)) {
                Path file = status.getPath();
                if (file.getName().endsWith(".parquet")) {
                    try (ParquetFileReader reader = ParquetFileReader.open(HadoopInputFile.fromPath(file, conf))) {
                        compare(file, reader.getFooter().getFileMetaData().getSchema(), table, mismatches);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the Parquet files under " + tableDirectory, e);
        }
        return mismatches;
    }

    /**
     * Whether every row of the files holds the copies of its form's columns ({@link FormColumnCopies}): each file holds
     * every copy, and its statistics count no null {@link FormColumnCopies#MARKER} in any row group. A file written
     * before the copies lacks them; a file an ingest rewrote from such a file holds them null. True of no files.
     */
    static boolean everyRowHoldsFormColumnCopies(List<Path> files, Configuration conf) {
        for (Path file : files) {
            try (ParquetFileReader reader = ParquetFileReader.open(HadoopInputFile.fromPath(file, conf))) {
                MessageType schema = reader.getFooter().getFileMetaData().getSchema();
                if (!FormColumnCopies.names().stream().allMatch(schema::containsField)) {
                    return false;
                }
                for (BlockMetaData block : reader.getFooter().getBlocks()) {
                    for (ColumnChunkMetaData chunk : block.getColumns()) {
                        if (chunk.getPath().toDotString().equals(FormColumnCopies.MARKER)) {
                            Statistics<?> statistics = chunk.getStatistics();
                            if (statistics == null || !statistics.isNumNullsSet() || statistics.getNumNulls() > 0) {
                                return false;
                            }
                        }
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the Parquet footer of " + file, e);
            }
        }
        return true;
    }

    private static void compare(Path file, MessageType schema, WarehouseTable table, List<String> mismatches) {
        List<Column> expected = table.fileColumns();
        List<Type> actual = schema.getFields();
        if (actual.size() != expected.size()) {
            mismatches.add(file + ": " + actual.size() + " columns, expected " + expected.size());
            return;
        }
        for (int i = 0; i < expected.size(); i++) {
            Column column = expected.get(i);
            Type type = actual.get(i);
            String where = file.getName() + " column " + column.name();
            if (!type.getName().equals(column.name())) {
                mismatches.add(where + ": found " + type.getName() + " at position " + i);
                continue;
            }
            boolean required = type.getRepetition() == Type.Repetition.REQUIRED;
            if (required == column.nullable()) {
                mismatches.add(where + ": " + type.getRepetition() + ", expected "
                        + (column.nullable() ? "OPTIONAL" : "REQUIRED"));
            }
            if (!type.isPrimitive() || !matches(type.asPrimitiveType(), column.type())) {
                mismatches.add(where + ": type " + type + ", expected " + column.type());
            }
        }
    }

    private static boolean matches(PrimitiveType type, ColumnType expected) {
        LogicalTypeAnnotation logical = type.getLogicalTypeAnnotation();
        PrimitiveTypeName physical = type.getPrimitiveTypeName();
        return switch (expected) {
            case STRING -> physical == PrimitiveTypeName.BINARY
                    && logical instanceof LogicalTypeAnnotation.StringLogicalTypeAnnotation;
            case INT -> physical == PrimitiveTypeName.INT32 && logical == null;
            case LONG -> physical == PrimitiveTypeName.INT64 && logical == null;
            case BOOLEAN -> physical == PrimitiveTypeName.BOOLEAN;
            case DECIMAL -> logical instanceof LogicalTypeAnnotation.DecimalLogicalTypeAnnotation decimal
                    && decimal.getPrecision() == ColumnType.DECIMAL_PRECISION
                    && decimal.getScale() == ColumnType.DECIMAL_SCALE;
            case TIMESTAMP -> physical == PrimitiveTypeName.INT64
                    && logical instanceof LogicalTypeAnnotation.TimestampLogicalTypeAnnotation;
        };
    }
}
