package io.jixiao.jobs.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.jixiao.schema.warehouse.FormKey;
import io.jixiao.schema.warehouse.WarehouseTables;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

/** Spark's derivation of the form key for rows written before it agrees with {@link FormKey#of}. */
class TestFormKeyColumns {

    private static final List<String> IDS = List.of("000014e3b0b804346cf6894287c28360",
            "ffffffffffffffff8000000000000001", "7fffffffffffffff8000000000000000", "fedcba98765432100123456789abcdef");

    /** form_id and the two key columns, as a table's rows hold them. */
    private static final StructType KEYED = new StructType()
            .add("form_id", DataTypes.StringType, false)
            .add(FormKey.HIGH, DataTypes.LongType, true)
            .add(FormKey.LOW, DataTypes.LongType, true);

    @Test
    void aRowWithoutItsKeyGetsTheKeyOfItsId() {
        Dataset<Row> older = SharedSpark.session().createDataFrame(
                IDS.stream().map(id -> RowFactory.create(id, null, null)).toList(), KEYED);

        List<Row> filled = FormKeyColumns.filled(older, WarehouseTables.FUNDS).collectAsList();

        assertThat(filled).hasSize(IDS.size());
        for (Row row : filled) {
            FormKey key = FormKey.of(row.getString(0));
            assertThat(List.of(row.getLong(1), row.getLong(2))).as(row.getString(0))
                    .containsExactly(key.high(), key.low());
        }
    }

    @Test
    void aStoredKeyIsKept() {
        Dataset<Row> stored = SharedSpark.session().createDataFrame(
                List.of(RowFactory.create(IDS.get(0), 7L, 8L)), KEYED);

        Row row = FormKeyColumns.filled(stored, WarehouseTables.FORMS).first();

        assertThat(List.of(row.getLong(1), row.getLong(2))).containsExactly(7L, 8L);
    }
}
