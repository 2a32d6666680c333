package io.jixiao.jobs.ingest.parquet;

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
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.Types;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Consumer;

/**
 * A few string columns of a table's Parquet files, read on the driver without Spark: what the ingest needs to know
 * of the warehouse (the documents it holds, the forms' ids) before it decides whether to start Spark at all.
 */
public final class ParquetColumns {

    private ParquetColumns() {
    }

    /** Calls {@code row} with each row's values of {@code columns}, in that order (null where a value is null). */
    public static void read(List<Path> files, List<String> columns, Configuration conf, Consumer<String[]> row) {
        for (Path file : files) {
            try (ParquetFileReader reader = ParquetFileReader.open(inputFile(file, conf))) {
                MessageType schema = reader.getFooter().getFileMetaData().getSchema();
                Types.MessageTypeBuilder projection = Types.buildMessage();
                for (String column : columns) {
                    projection.addField(schema.getType(column));
                }
                MessageType requested = projection.named(schema.getName());
                reader.setRequestedSchema(requested);
                MessageColumnIO io = new ColumnIOFactory().getColumnIO(requested);
                PageReadStore pages;
                while ((pages = reader.readNextRowGroup()) != null) {
                    RecordReader<Group> records = io.getRecordReader(pages, new GroupRecordConverter(requested));
                    for (long i = 0; i < pages.getRowCount(); i++) {
                        Group group = records.read();
                        String[] values = new String[columns.size()];
                        for (int c = 0; c < values.length; c++) {
                            values[c] = group.getFieldRepetitionCount(c) == 0 ? null : group.getString(c, 0);
                        }
                        row.accept(values);
                    }
                }
            } catch (IOException | RuntimeException e) {
                throw new UncheckedIOException("cannot read " + columns + " of " + file,
                        e instanceof IOException io ? io : new IOException(e));
            }
        }
    }

    private static InputFile inputFile(Path file, Configuration conf) throws IOException {
        if ("file".equals(file.toUri().getScheme())) {
            return new LocalInputFile(java.nio.file.Path.of(file.toUri()));
        }
        return HadoopInputFile.fromPath(file, conf);
    }
}
