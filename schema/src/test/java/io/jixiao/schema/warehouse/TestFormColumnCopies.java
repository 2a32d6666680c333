package io.jixiao.schema.warehouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class TestFormColumnCopies {

    @Test
    void eachCopyIsAFormsColumnOfTheSameTypeInBothTablesOfLines() {
        for (String column : FormColumnCopies.FORMS_COLUMNS) {
            Column original = WarehouseTables.FORMS.column(column).orElseThrow();
            for (WarehouseTable lines : List.of(WarehouseTables.FUNDS, WarehouseTables.INDICATORS)) {
                Column copy = lines.column(FormColumnCopies.copyOf(column)).orElseThrow();
                assertThat(copy.type()).as(copy.name()).isEqualTo(original.type());
                assertThat(copy.nullable()).as("%s: files written before it lack it", copy.name()).isTrue();
            }
        }
        assertThat(WarehouseTables.FORMS.column(FormColumnCopies.MARKER.substring("form_".length())).orElseThrow()
                .nullable()).as("the marker's form column is required, so a null copy means no copies").isFalse();
        assertThat(WarehouseTables.FINDINGS.column(FormColumnCopies.MARKER)).isEmpty();
    }

    @Test
    void onlyTheCopiedColumnsAndTheAgencyHaveACopy() {
        assertThat(FormColumnCopies.copyOf("region")).isEqualTo("form_region");
        assertThat(FormColumnCopies.AGENCY).isEqualTo("form_agency");
        assertThatThrownBy(() -> FormColumnCopies.copyOf("total_score"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("total_score");
    }

    @Test
    void theFilledLinesHaveTheTablesColumnsInOrderEachCopyFromItsFormWhereTheLineHasNone() {
        String sql = FormColumnCopies.filledSql(WarehouseTables.INDICATORS, "stored", "forms_stored");
        assertThat(FormColumnCopies.names()).hasSize(9).contains("form_region", "form_unit_code");

        String select = sql.substring("SELECT ".length(), sql.indexOf(" FROM stored l LEFT JOIN forms_stored f ON "));
        List<String> columns = List.of(select.split(", "));
        assertThat(columns).hasSameSizeAs(WarehouseTables.INDICATORS.columns());
        for (int i = 0; i < columns.size(); i++) {
            String name = WarehouseTables.INDICATORS.columns().get(i).name();
            assertThat(columns.get(i)).isEqualTo(FormColumnCopies.names().contains(name)
                    ? "CASE WHEN l.form_kind IS NULL THEN f." + name.substring("form_".length()) + " ELSE l." + name
                            + " END AS " + name
                    : "l." + name);
        }
        assertThat(sql).endsWith("ON l.form_key_high = f.form_key_high AND l.form_key_low = f.form_key_low "
                + "AND l.year = f.year");
        assertThatThrownBy(() -> FormColumnCopies.filledSql(WarehouseTables.FORMS, "a", "b"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
