package io.jixiao.jobs.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jixiao.schema.warehouse.Column;
import io.jixiao.schema.warehouse.WarehouseTable;
import io.jixiao.schema.warehouse.WarehouseTables;
import java.util.List;
import org.junit.jupiter.api.Test;

class TestRowLayout {

    @Test
    void everyColumnOfEveryTableIsFoundWhereTheTableHasIt() {
        for (WarehouseTable table : WarehouseTables.ALL) {
            RowLayout layout = RowLayout.of(table);
            assertThat(layout.columns()).as(table.name()).isEqualTo(table.columns().size());
            List<Column> columns = table.columns();
            for (int i = 0; i < columns.size(); i++) {
                // a name built anew, not the table's own string: found by its characters
                String name = new String(columns.get(i).name().toCharArray());
                assertThat(layout.position(name)).as(table.name() + "." + name).isEqualTo(i);
            }
        }
    }

    @Test
    void anUnknownColumnIsAnErrorNamingTableAndColumn() {
        RowLayout layout = RowLayout.of(WarehouseTables.FORMS);

        assertThatThrownBy(() -> layout.position("form_idx"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("table forms has no column form_idx");
    }

    @Test
    void aRequiredColumnLeftNullIsNamed() {
        WarehouseTable table = WarehouseTables.INDICATORS;
        RowLayout layout = RowLayout.of(table);
        Object[] row = new Object[layout.columns()];
        for (int i = 0; i < row.length; i++) {
            row[i] = "x";
        }
        layout.requireValues(row);
        row[layout.position("status")] = null;

        assertThatThrownBy(() -> layout.requireValues(row))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("indicators.status may not be null");
    }

    @Test
    void anotherTableOfTheSameNameHasItsOwnLayout() {
        WarehouseTable other = new WarehouseTable(WarehouseTables.FORMS.name(),
                WarehouseTables.FINDINGS.columns(), false);

        assertThat(RowLayout.of(other).position("rule"))
                .isEqualTo(WarehouseTables.FINDINGS.columns().stream().map(Column::name).toList().indexOf("rule"));
        assertThat(RowLayout.of(WarehouseTables.FORMS).position("kind"))
                .isEqualTo(WarehouseTables.FORMS.columns().stream().map(Column::name).toList().indexOf("kind"));
    }
}
