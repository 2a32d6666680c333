package io.jixiao.jobs.ingest.parquet;

import io.jixiao.schema.warehouse.Column;
import io.jixiao.schema.warehouse.WarehouseTable;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.parquet.column.page.PageReadStore;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.convert.GroupRecordConverter;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.util.HadoopInputFile;
import org.apache.parquet.io.ColumnIOFactory;
import org.apache.parquet.io.InputFile;
import org.apache.parquet.io.LocalInputFile;
import org.apache.parquet.io.MessageColumnIO;
import org.apache.parquet.io.RecordReader;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType;
import org.apache.parquet.schema.Type;
import org.apache.parquet.schema.Types;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * A table's rows read back from its Parquet files on the driver, without Spark: what the ingest needs to know of the
 * warehouse before it decides whether to start Spark at all (the documents it holds, the forms' ids), and the rows
 * of the few files it rewrites. Values come as {@link TableFiles} takes them, so a row read can be written again.
 */
public final class ParquetRows {

    private ParquetRows() {
    }

    /** Each row's values of a few string columns, in that order (null where a value is null). */
    public static void strings(List<Path> files, List<String> columns, Configuration conf, Consumer<String[]> row) {
        for (Path file : files) {
            read(file, conf, columns, (schema, group) -> {
                String[] values = new String[columns.size()];
                for (int c = 0; c < values.length; c++) {
                    values[c] = group.getFieldRepetitionCount(c) == 0 ? null : group.getString(c, 0);
                }
                row.accept(values);
            });
        }
    }

    /**
     * Every row of one file of a table, laid out in the table's column order: the year (of a table partitioned by
     * year) is the file's folder's; an optional column the file does not hold (written before it was added) is null.
     */
    public static void rows(Path file, WarehouseTable table, Integer year, Configuration conf,
                            Consumer<Object[]> row) {
        List<Column> columns = table.columns();
        int yearPosition = -1;
        for (int i = 0; i < columns.size(); i++) {
            if (table.partitionedByYear() && columns.get(i).name().equals(WarehouseTable.YEAR)) {
                yearPosition = i;
            }
        }
        int fixedYear = yearPosition;
        read(file, conf, null, (schema, group) -> {
            Object[] values = new Object[columns.size()];
            for (int i = 0; i < columns.size(); i++) {
                String name = columns.get(i).name();
                if (i == fixedYear) {
                    values[i] = year;
                } else if (schema.containsField(name)) {
                    int field = schema.getFieldIndex(name);
                    if (group.getFieldRepetitionCount(field) > 0) {
                        values[i] = value(columns.get(i), schema.getType(field), group, field);
                    }
                }
            }
            row.accept(values);
        });
    }

    private static Object value(Column column, Type type, Group group, int field) {
        return switch (column.type()) {
            case STRING -> group.getString(field, 0);
            case INT -> group.getInteger(field, 0);
            case LONG -> group.getLong(field, 0);
            case BOOLEAN -> group.getBoolean(field, 0);
            case DECIMAL -> decimal(type, group, field);
            case TIMESTAMP -> timestamp(type, group, field);
        };
    }

    private static BigDecimal decimal(Type type, Group group, int field) {
        if (!(type.getLogicalTypeAnnotation()
                instanceof LogicalTypeAnnotation.DecimalLogicalTypeAnnotation decimal)) {
            throw new IllegalArgumentException(type.getName() + " is not stored as a decimal: " + type);
        }
        return switch (type.asPrimitiveType().getPrimitiveTypeName()) {
            case INT64 -> BigDecimal.valueOf(group.getLong(field, 0), decimal.getScale());
            case INT32 -> BigDecimal.valueOf(group.getInteger(field, 0), decimal.getScale());
            default -> new BigDecimal(new java.math.BigInteger(group.getBinary(field, 0).getBytes()),
                    decimal.getScale());
        };
    }

    private static Timestamp timestamp(Type type, Group group, int field) {
        if (type.asPrimitiveType().getPrimitiveTypeName() != PrimitiveType.PrimitiveTypeName.INT64) {
            throw new IllegalArgumentException(type.getName() + " is not stored as INT64 microseconds: " + type);
        }
        long micros = group.getLong(field, 0);
        Timestamp timestamp = new Timestamp(Math.floorDiv(micros, 1000));
        timestamp.setNanos((int) Math.floorMod(micros, 1_000_000) * 1000);
        return timestamp;
    }

    private interface GroupReader {
        void accept(MessageType schema, Group group);
    }

    /** Calls the reader with each row of the file, of the columns given (all when null). */
    private static void read(Path file, Configuration conf, List<String> columns, GroupReader reader) {
        try (ParquetFileReader parquet = ParquetFileReader.open(inputFile(file, conf))) {
            MessageType schema = parquet.getFooter().getFileMetaData().getSchema();
            MessageType requested = schema;
            if (columns != null) {
                List<Type> fields = new ArrayList<>();
                for (String column : columns) {
                    fields.add(schema.getType(column));
                }
                requested = Types.buildMessage().addFields(fields.toArray(Type[]::new)).named(schema.getName());
                parquet.setRequestedSchema(requested);
            }
            MessageColumnIO io = new ColumnIOFactory().getColumnIO(requested);
            PageReadStore pages;
            while ((pages = parquet.readNextRowGroup()) != null) {
                RecordReader<Group> records = io.getRecordReader(pages, new GroupRecordConverter(requested));
                for (long i = 0; i < pages.getRowCount(); i++) {
                    reader.accept(requested, records.read());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        } catch (RuntimeException e) {
            throw new IllegalStateException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static InputFile inputFile(Path file, Configuration conf) throws IOException {
        if ("file".equals(file.toUri().getScheme())) {
            return new LocalInputFile(java.nio.file.Path.of(file.toUri()));
        }
        return HadoopInputFile.fromPath(file, conf);
    }
}
