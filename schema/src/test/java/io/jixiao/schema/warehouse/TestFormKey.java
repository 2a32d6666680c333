package io.jixiao.schema.warehouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TestFormKey {

    @Test
    void theHalvesAreTheIdsDigitsAsTwosComplementLongs() {
        assertThat(FormKey.of("000014e3b0b804346cf6894287c28360"))
                .isEqualTo(new FormKey(0x000014e3b0b80434L, 0x6cf6894287c28360L));
        // a half whose first digit is 8 or more is negative: every 64-bit pattern is a distinct long
        assertThat(FormKey.of("ffffffffffffffff8000000000000001"))
                .isEqualTo(new FormKey(-1L, Long.MIN_VALUE + 1));
        assertThat(FormKey.of("FFFFFFFFFFFFFFFF8000000000000001")).isEqualTo(FormKey.of("ffffffffffffffff8000000000000001"));
    }

    @Test
    void differentIdsHaveDifferentKeys() {
        assertThat(FormKey.of("00000000000000010000000000000000"))
                .isNotEqualTo(FormKey.of("00000000000000000000000000000001"));
    }

    @Test
    void onlyAnIdOf32HexadecimalDigitsHasAKey() {
        for (String notAnId : new String[] {"", "read", "000014e3b0b804346cf6894287c2836", "000014e3b0b804346cf6894287c283600",
                "000014e3b0b804346cf6894287c2836g", "+00014e3b0b804346cf6894287c28360"}) {
            assertThatThrownBy(() -> FormKey.of(notAnId)).as(notAnId).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("32 hexadecimal digits");
        }
    }

    @Test
    void theSqlDigitsOfEachHalf() {
        assertThat(FormKey.firstDigit(FormKey.HIGH)).isEqualTo(1);
        assertThat(FormKey.firstDigit(FormKey.LOW)).isEqualTo(17);
        assertThat(FormKey.digitsPerHalf()).isEqualTo(16);
    }

    @Test
    void theFormsAndTheTablesOfTheirLinesHoldTheKey() {
        for (WarehouseTable table : java.util.List.of(WarehouseTables.FORMS, WarehouseTables.FUNDS,
                WarehouseTables.INDICATORS)) {
            assertThat(table.column(FormKey.HIGH)).as(table.name()).isPresent();
            assertThat(table.column(FormKey.LOW)).as(table.name()).isPresent();
        }
    }
}
