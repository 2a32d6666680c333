package io.jixiao.schema.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The year folders of partitioned tables, read back the way they are written, and the years without stored drift. */
class TestYearFolders {

    @Test
    void aYearFolderReadsBackAsItsYear() {
        for (int year : new int[] {2023, WarehouseTable.UNKNOWN_YEAR, 1999}) {
            assertThat(WarehouseTable.yearOfFolder(WarehouseTable.yearFolder(year))).contains(year);
            assertThat(WarehouseTable.yearOfPath("forms/" + WarehouseTable.yearFolder(year) + "/part-0.parquet"))
                    .contains(year);
        }
    }

    @Test
    void otherFoldersHoldNoYear() {
        assertThat(WarehouseTable.yearOfFolder("documents")).isEmpty();
        assertThat(WarehouseTable.yearOfFolder("year=")).isEmpty();
        assertThat(WarehouseTable.yearOfFolder("year=20x3")).isEmpty();
        assertThat(WarehouseTable.yearOfFolder("fiscal_year=2023")).isEmpty();
        assertThat(WarehouseTable.yearOfPath("documents/part-0.parquet")).isEmpty();
        assertThat(WarehouseTable.yearOfPath("forms/year=2023.parquet")).isEmpty();
    }

    @Test
    void unsettledYearsAreTheFormsYearsWithoutDriftFiles() {
        assertThat(TargetDrift.unsettledYears(
                List.of("forms/year=2021/a.parquet", "forms/year=2022/b.parquet", "forms/year=2023/c.parquet"),
                List.of("target_drift/year=2022/d.parquet")))
                .containsExactly(2021, 2023);
    }
}
