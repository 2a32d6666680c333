package io.jixiao.jobs.ingest.parquet;

import io.jixiao.schema.warehouse.Column;
import io.jixiao.schema.warehouse.ColumnType;
import io.jixiao.schema.warehouse.WarehouseTable;
import org.apache.parquet.column.ColumnDescriptor;
import org.apache.parquet.column.ColumnWriteStore;
import org.apache.parquet.column.ColumnWriter;
import org.apache.parquet.column.ParquetProperties;
import org.apache.parquet.compression.CompressionCodecFactory.BytesInputCompressor;
import org.apache.parquet.hadoop.ColumnChunkPageWriteStore;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.io.OutputFile;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.schema.MessageType;

import java.io.Closeable;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static java.util.Objects.requireNonNull;

/**
 * One table file, its rows taken a batch at a time and handed value by value to parquet-java's column writers.
 *
 * <p>Not through {@code ParquetWriter}: its record API (a record consumer that opens and closes each field by name,
 * tracks the fields written and writes the absent ones as nulls at each record's end) cost a sixth of the write, for a
 * flat schema whose rows hold every column in order. What it did besides is done here as it does it: row groups of
 * about {@code rowGroupBytes}, each column's pages as {@link ParquetProperties} says, the footer on close.
 *
 * <p>A task writes some forty files at once (four tables, ten years), each of some thirty columns with its own
 * buffers, dictionary and statistics: written row by row as documents came, nearly every value found its column's
 * state out of the processor's caches. Rows wait in a batch of {@value #BATCH_ROWS} and a batch is written at once.
 */
final class TableFileWriter implements Closeable {

    private static final int BATCH_ROWS = 1024;

    private final WarehouseTable table;
    private final MessageType schema;
    private final ParquetProperties properties;
    private final BytesInputCompressor compressor;
    private final long rowGroupBytes;
    private final ParquetFileWriter file;
    private final List<Column> columns;
    private final ColumnType[] types;
    private final int[] positions;
    private final boolean[] optional;
    /** Per text column, the last value written and its bytes: a line repeats its form's values. */
    private final String[] lastText;
    private final Binary[] lastBinary;
    private final List<Object[]> batch = new ArrayList<>(BATCH_ROWS);

    private ColumnChunkPageWriteStore pages;
    private ColumnWriteStore store;
    private ColumnWriter[] writers;
    private long rowGroupRows;
    private int rowGroups;
    /** A batch failed part-way: its row group holds part of a row, and the file gets no footer. */
    private boolean failed;
    private boolean closed;

    TableFileWriter(OutputFile output, WarehouseTable table, ParquetProperties properties,
                    BytesInputCompressor compressor, long rowGroupBytes) throws IOException {
        this.table = requireNonNull(table, "table");
        this.schema = ParquetTableSchema.of(table);
        this.properties = requireNonNull(properties, "properties");
        this.compressor = requireNonNull(compressor, "compressor");
        this.rowGroupBytes = rowGroupBytes;
        this.columns = table.fileColumns();
        this.types = columns.stream().map(Column::type).toArray(ColumnType[]::new);
        this.positions = ParquetTableSchema.filePositions(table);
        this.optional = new boolean[positions.length];
        for (int i = 0; i < positions.length; i++) {
            optional[i] = columns.get(i).nullable();
        }
        this.lastText = new String[positions.length];
        this.lastBinary = new Binary[positions.length];
        this.file = new ParquetFileWriter(output, schema, ParquetFileWriter.Mode.CREATE, rowGroupBytes,
                ParquetWriter.MAX_PADDING_SIZE_DEFAULT, null, properties);
        file.start();
        startRowGroup();
    }

    /** Takes one row laid out in the table's column order; it is written later and must not change. */
    void write(Object[] row) throws IOException {
        if (failed) {
            throw new IllegalStateException("the " + table.name() + " file stopped at a row it could not write");
        }
        batch.add(row);
        if (batch.size() == BATCH_ROWS) {
            flushBatch();
        }
    }

    /** Writes the rows held, the last row group and the footer; the file is closed even when they cannot be. */
    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        if (failed) {
            try {
                file.close();  // the stream, without a footer
            } finally {
                releaseRowGroup();
            }
            return;
        }
        try {
            flushBatch();
            endRowGroup();
            file.end(Map.of());
        } catch (IOException | RuntimeException e) {
            try {
                file.close();  // the stream, without a footer: an attempt that fails leaves its files to be deleted
            } catch (IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        } finally {
            releaseRowGroup();
        }
    }

    private void flushBatch() throws IOException {
        try {
            for (Object[] row : batch) {
                writeRow(row);
            }
            batch.clear();
            if (store.getBufferedSize() >= rowGroupBytes) {
                endRowGroup();
                startRowGroup();
            }
        } catch (IOException | RuntimeException e) {
            failed = true;
            throw e;
        }
    }

    private void writeRow(Object[] row) {
        for (int i = 0; i < positions.length; i++) {
            Object value = row[positions[i]];
            ColumnWriter writer = writers[i];
            if (value == null) {
                if (!optional[i]) {
                    throw new IllegalStateException(table.name() + "." + columns.get(i).name() + " may not be null");
                }
                writer.writeNull(0, 0);
                continue;
            }
            int definition = optional[i] ? 1 : 0;
            switch (types[i]) {
                case STRING -> writer.write(binary(i, (String) value), 0, definition);
                case INT -> writer.write((int) (Integer) value, 0, definition);
                case LONG -> writer.write((long) (Long) value, 0, definition);
                // TableRow has set the scale to DECIMAL_SCALE and checked the precision; moved to scale 0, the
                // unscaled long is read without the BigInteger that unscaledValue() makes
                case DECIMAL -> writer.write(((BigDecimal) value).movePointRight(ColumnType.DECIMAL_SCALE)
                        .longValueExact(), 0, definition);
                case BOOLEAN -> writer.write((boolean) (Boolean) value, 0, definition);
                case TIMESTAMP -> writer.write(micros((Timestamp) value), 0, definition);
            }
        }
        store.endRecord();
        rowGroupRows++;
    }

    private void startRowGroup() {
        pages = new ColumnChunkPageWriteStore(compressor, schema, properties.getAllocator(),
                properties.getColumnIndexTruncateLength(), properties.getPageWriteChecksumEnabled(), null, rowGroups);
        store = properties.newColumnWriteStore(schema, pages, pages);
        // the schema's columns are the table's file columns, in order (ParquetTableSchema): writers[i] is column i's
        List<ColumnDescriptor> descriptors = schema.getColumns();
        writers = new ColumnWriter[descriptors.size()];
        for (int i = 0; i < writers.length; i++) {
            writers[i] = store.getColumnWriter(descriptors.get(i));
        }
        rowGroupRows = 0;
    }

    private void endRowGroup() throws IOException {
        if (rowGroupRows == 0) {
            releaseRowGroup();
            return;
        }
        file.startBlock(rowGroupRows);
        store.flush();
        pages.flushToFileWriter(file);
        file.endBlock();
        rowGroups++;
        releaseRowGroup();
    }

    /** Frees the buffers of the row group's columns and pages, once. */
    private void releaseRowGroup() {
        if (store != null) {
            store.close();
            pages.close();
            store = null;
            pages = null;
            writers = null;
        }
    }

    /**
     * The UTF-8 bytes of a text value, as the constant binary parquet-java keeps without copying; the previous row's
     * when the value is the same. ({@code Binary.fromString} wraps the bytes in a ByteBuffer, whose binaries hash and
     * compare more slowly.)
     */
    private Binary binary(int column, String value) {
        if (!value.equals(lastText[column])) {
            lastText[column] = value;
            lastBinary[column] = Binary.fromConstantByteArray(value.getBytes(StandardCharsets.UTF_8));
        }
        return lastBinary[column];
    }

    private static long micros(Timestamp timestamp) {
        return Math.floorDiv(timestamp.getTime(), 1000) * 1_000_000 + timestamp.getNanos() / 1000;
    }
}
