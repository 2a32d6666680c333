package io.jixiao.jobs.ingest.parquet;

import io.jixiao.schema.warehouse.Column;
import io.jixiao.schema.warehouse.WarehouseTable;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.hadoop.api.WriteSupport;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.io.api.RecordConsumer;

import java.math.BigDecimal;
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
    private RecordConsumer consumer;

    TableRowWriteSupport(WarehouseTable table) {
        this.table = table;
        this.columns = table.fileColumns();
        this.positions = ParquetTableSchema.filePositions(table);
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
                case STRING -> consumer.addBinary(Binary.fromString((String) value));
                case INT -> consumer.addInteger((Integer) value);
                case LONG -> consumer.addLong((Long) value);
                // TableRow has set the scale to DECIMAL_SCALE and checked the precision
                case DECIMAL -> consumer.addLong(((BigDecimal) value).unscaledValue().longValueExact());
                case BOOLEAN -> consumer.addBoolean((Boolean) value);
                case TIMESTAMP -> consumer.addLong(micros((Timestamp) value));
            }
            consumer.endField(column.name(), i);
        }
        consumer.endMessage();
    }

    private static long micros(Timestamp timestamp) {
        return Math.floorDiv(timestamp.getTime(), 1000) * 1_000_000 + timestamp.getNanos() / 1000;
    }
}
