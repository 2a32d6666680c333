package io.jixiao.jobs.ingest.parquet;

import io.jixiao.schema.warehouse.Column;
import io.jixiao.schema.warehouse.ColumnType;
import io.jixiao.schema.warehouse.WarehouseTable;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.hadoop.api.WriteSupport;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.io.api.RecordConsumer;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.util.List;
import java.util.Map;

/**
 * Writes rows of a warehouse table, as {@code DocumentRecords} lays them out (every column in table order), straight
 * to parquet-java: no conversion to Spark's internal rows. The partition column is left out of the files.
 */
final class TableRowWriteSupport extends WriteSupport<Object[]> {

    private final WarehouseTable table;
    private final List<Column> columns;
    private final int[] positions;
    /** Per text column, the last value written and its bytes: a line repeats its form's values. */
    private final String[] lastText;
    private final Binary[] lastBinary;
    private RecordConsumer consumer;

    TableRowWriteSupport(WarehouseTable table) {
        this.table = table;
        this.columns = table.fileColumns();
        this.positions = ParquetTableSchema.filePositions(table);
        this.lastText = new String[positions.length];
        this.lastBinary = new Binary[positions.length];
    }

    @Override
    public WriteContext init(Configuration configuration) {
        return new WriteContext(ParquetTableSchema.of(table), Map.of());
    }

    @Override
    public void prepareForWrite(RecordConsumer recordConsumer) {
        this.consumer = recordConsumer;
    }

    @Override
    public void write(Object[] row) {
        consumer.startMessage();
        for (int i = 0; i < positions.length; i++) {
            Object value = row[positions[i]];
            if (value == null) {
                continue;  // an OPTIONAL column's null is an absent field; TableRow refuses nulls in REQUIRED ones
            }
            Column column = columns.get(i);
            consumer.startField(column.name(), i);
            switch (column.type()) {
                case STRING -> consumer.addBinary(binary(i, (String) value));
                case INT -> consumer.addInteger((Integer) value);
                case LONG -> consumer.addLong((Long) value);
                // TableRow has set the scale to DECIMAL_SCALE and checked the precision; moved to scale 0, the
                // unscaled long is read without the BigInteger that unscaledValue() makes
                case DECIMAL -> consumer.addLong(((BigDecimal) value).movePointRight(ColumnType.DECIMAL_SCALE)
                        .longValueExact());
                case BOOLEAN -> consumer.addBoolean((Boolean) value);
                case TIMESTAMP -> consumer.addLong(micros((Timestamp) value));
            }
            consumer.endField(column.name(), i);
        }
        consumer.endMessage();
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
