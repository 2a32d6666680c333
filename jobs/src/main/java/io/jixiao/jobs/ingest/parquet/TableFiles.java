package io.jixiao.jobs.ingest.parquet;

import io.jixiao.schema.warehouse.Column;
import io.jixiao.schema.warehouse.WarehouseTable;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.api.WriteSupport;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.hadoop.util.HadoopOutputFile;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.io.OutputFile;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The table files one task attempt writes while it parses: under {@code <directory>/<table>/year=<y>/}, one
 * Parquet file per table and year, named after the attempt ({@code part-<attempt>.parquet}) so that the files
 * of attempts whose output Spark did not keep can be told apart and deleted. Writers open on a table and year's
 * first row; the files are complete once {@link #close()} returns.
 */
public final class TableFiles implements Closeable {

    private static final String ATTEMPT_REGEX = "[A-Za-z0-9-]+";
    private static final Pattern ATTEMPT = Pattern.compile(ATTEMPT_REGEX);
    /** The name of a file an attempt writes; group 1 is the attempt (Java and Spark SQL regex alike). */
    public static final String FILE_NAME_REGEX = "^part-(" + ATTEMPT_REGEX + ")\\.parquet$";
    private static final Pattern FILE_NAME = Pattern.compile(FILE_NAME_REGEX);
    /** Each task's share of a table is small; a smaller row group bounds the memory of many open writers. */
    private static final int ROW_GROUP_BYTES = 32 * 1024 * 1024;
    /**
     * A column's dictionary lives, with a Java object per value, until its file closes, in each of the many writers a
     * task keeps open. At 1 MiB (Parquet's default) the dictionaries of the columns with a value per form or line
     * (ids, names, targets, the lines' copies of their forms' projects) filled a 1M-form ingest's 2 GB heap. A column
     * with more distinct values than this holds is written plain; {@code compact} writes each column encoded anew.
     * Columns whose values seldom recur ({@link Column#mostlyDistinct()}: ids, amounts, free text) have no dictionary:
     * its look-up per value cost a 100k-form ingest a tenth of its time, for files no smaller.
     */
    private static final int DICTIONARY_PAGE_BYTES = 64 * 1024;
    /**
     * Each column of each open file keeps its current page uncompressed until the page reaches this size. At
     * Parquet's 1 MiB the heap of a 1M-form ingest under a 2 GB limit was still 1.8 GB after collections; at 256 KiB
     * it is 1.4 GB, with files as small (at 64 KiB they were 7% larger).
     */
    private static final int PAGE_BYTES = 256 * 1024;

    private final Path directory;
    private final boolean local;
    private final String attempt;
    private final Configuration configuration;
    /** By table name, then by year (null for a table not partitioned by year). */
    private final Map<String, Map<Object, BatchedWriter>> writers = new LinkedHashMap<>();
    private boolean closed;

    public TableFiles(Path directory, String attempt, Configuration configuration) {
        if (!ATTEMPT.matcher(attempt).matches()) {
            throw new IllegalArgumentException("not an attempt name: " + attempt);
        }
        try {
            FileSystem fs = directory.getFileSystem(configuration);
            this.directory = fs.makeQualified(directory);
            this.local = "file".equals(fs.getScheme());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot reach the file system of " + directory, e);
        }
        this.attempt = attempt;
        this.configuration = configuration;
    }

    /** The attempt that wrote a file of this name; empty for a file not written by {@code TableFiles}. */
    public static Optional<String> attemptOf(String fileName) {
        Matcher matcher = FILE_NAME.matcher(fileName);
        return matcher.matches() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    /** Appends one row, as {@link #append(WarehouseTable, List)} does. */
    public void append(WarehouseTable table, Object[] row) {
        append(table, List.<Object[]>of(row));
    }

    /**
     * Appends rows laid out in the table's column order (the year column included). They are written later, a batch at
     * a time: a row must not change once appended.
     */
    public void append(WarehouseTable table, List<Object[]> rows) {
        if (closed) {
            throw new IllegalStateException("the table files of " + attempt + " are closed");
        }
        int yearPosition = table.partitionedByYear() ? yearPosition(table) : -1;
        Map<Object, BatchedWriter> byYear = writers.computeIfAbsent(table.name(), name -> new HashMap<>());
        try {
            for (Object[] row : rows) {
                // keyed by the year's value, without building paths: this runs for every row
                Object year = yearPosition < 0 ? null : row[yearPosition];
                BatchedWriter writer = byYear.get(year);
                if (writer == null) {
                    writer = new BatchedWriter(open(table, (Integer) year));
                    byYear.put(year, writer);
                }
                writer.write(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the " + table.name() + " rows of " + attempt, e);
        }
    }

    /** Closes every file (writing its footer); closing again does nothing. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        IOException failure = null;
        for (BatchedWriter writer : writers.values().stream().flatMap(w -> w.values().stream()).toList()) {
            try {
                writer.close();
            } catch (IOException e) {
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        if (failure != null) {
            throw new UncheckedIOException("cannot close the table files of " + attempt, failure);
        }
    }

    private static String fileName(String attempt) {
        return "part-" + attempt + ".parquet";
    }

    private static int yearPosition(WarehouseTable table) {
        for (int i = 0; i < table.columns().size(); i++) {
            if (table.columns().get(i).name().equals(WarehouseTable.YEAR)) {
                return i;
            }
        }
        throw new IllegalArgumentException(table.name() + " has no " + WarehouseTable.YEAR + " column");
    }

    private ParquetWriter<Object[]> open(WarehouseTable table, Integer year) throws IOException {
        Path folder = new Path(directory, table.name());
        if (year != null) {
            folder = new Path(folder, WarehouseTable.yearFolder(year));
        }
        Path file = new Path(folder, fileName(attempt));
        Builder builder = new Builder(outputFile(file), table)
                .withConf(configuration)
                .withCompressionCodec(CompressionCodecName.ZSTD)
                .withRowGroupSize(ROW_GROUP_BYTES)
                .withDictionaryPageSize(DICTIONARY_PAGE_BYTES)
                .withPageSize(PAGE_BYTES)
                .withWriteMode(ParquetFileWriter.Mode.CREATE);
        for (Column column : table.fileColumns()) {
            if (column.mostlyDistinct()) {
                builder = builder.withDictionaryEncoding(column.name(), false);
            }
        }
        return builder.build();
    }

    /**
     * Local files are written with java.nio: without its native library, Hadoop's local file system starts a
     * {@code chmod} process for every file it creates (some 1,500 at 100k forms).
     */
    private OutputFile outputFile(Path file) throws IOException {
        if (!local) {
            return HadoopOutputFile.fromPath(file, configuration);
        }
        java.nio.file.Path path = java.nio.file.Path.of(file.toUri());
        Files.createDirectories(path.getParent());
        return new LocalOutputFile(path);
    }

    /**
     * A file's writer that takes its rows a batch at a time. A task writes some forty files at once (four tables, ten
     * years), each of some thirty columns with its own buffers, dictionary and statistics: written row by row as
     * documents come, nearly every value found its column's state out of the processor's caches.
     */
    private static final class BatchedWriter {

        private static final int BATCH_ROWS = 1024;

        private final ParquetWriter<Object[]> writer;
        private final List<Object[]> batch = new ArrayList<>(BATCH_ROWS);

        BatchedWriter(ParquetWriter<Object[]> writer) {
            this.writer = writer;
        }

        void write(Object[] row) throws IOException {
            batch.add(row);
            if (batch.size() == BATCH_ROWS) {
                flush();
            }
        }

        /** Writes the rows held and closes the file; the file is closed even when they cannot be written. */
        void close() throws IOException {
            try (ParquetWriter<Object[]> closing = writer) {
                flush();
            }
        }

        private void flush() throws IOException {
            for (Object[] row : batch) {
                writer.write(row);
            }
            batch.clear();
        }
    }

    private static final class Builder extends ParquetWriter.Builder<Object[], Builder> {

        private final WarehouseTable table;

        Builder(OutputFile file, WarehouseTable table) {
            super(file);
            this.table = table;
        }

        @Override
        protected Builder self() {
            return this;
        }

        @Override
        protected WriteSupport<Object[]> getWriteSupport(Configuration conf) {
            return new TableRowWriteSupport(table);
        }
    }
}
