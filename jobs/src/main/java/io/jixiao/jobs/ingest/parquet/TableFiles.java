package io.jixiao.jobs.ingest.parquet;

import io.jixiao.schema.warehouse.Column;
import io.jixiao.schema.warehouse.WarehouseTable;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.parquet.column.ParquetProperties;
import org.apache.parquet.hadoop.CodecFactory;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.hadoop.util.HadoopOutputFile;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.io.OutputFile;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
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
    /** The files' compressors: one per codec, used by one file at a time (a task's thread). */
    private final CodecFactory codecs;
    /** By table name, then by year (null for a table not partitioned by year). */
    private final Map<String, Map<Object, TableFileWriter>> writers = new LinkedHashMap<>();
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
        this.codecs = new CodecFactory(configuration, PAGE_BYTES);
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
        Map<Object, TableFileWriter> byYear = writers.computeIfAbsent(table.name(), name -> new HashMap<>());
        try {
            for (Object[] row : rows) {
                // keyed by the year's value, without building paths: this runs for every row
                Object year = yearPosition < 0 ? null : row[yearPosition];
                TableFileWriter writer = byYear.get(year);
                if (writer == null) {
                    writer = open(table, (Integer) year);
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
        Exception failure = null;
        for (TableFileWriter writer : writers.values().stream().flatMap(w -> w.values().stream()).toList()) {
            try {
                writer.close();
            } catch (IOException | RuntimeException e) {  // the other files are closed all the same
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        codecs.release();
        if (failure instanceof RuntimeException e) {
            throw e;
        }
        if (failure != null) {
            throw new UncheckedIOException("cannot close the table files of " + attempt, (IOException) failure);
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

    private TableFileWriter open(WarehouseTable table, Integer year) throws IOException {
        Path folder = new Path(directory, table.name());
        if (year != null) {
            folder = new Path(folder, WarehouseTable.yearFolder(year));
        }
        Path file = new Path(folder, fileName(attempt));
        return new TableFileWriter(outputFile(file), table, properties(table),
                codecs.getCompressor(CompressionCodecName.ZSTD), ROW_GROUP_BYTES);
    }

    private static ParquetProperties properties(WarehouseTable table) {
        ParquetProperties.Builder properties = ParquetProperties.builder()
                .withDictionaryPageSize(DICTIONARY_PAGE_BYTES)
                .withPageSize(PAGE_BYTES)
                .withValuesWriterFactory(new TextDictionaryWriters());
        for (Column column : table.fileColumns()) {
            if (column.mostlyDistinct()) {
                properties.withDictionaryEncoding(column.name(), false);
            }
        }
        return properties.build();
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
}
