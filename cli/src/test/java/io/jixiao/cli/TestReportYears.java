package io.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.jixiao.jobs.ingest.IngestJob;
import io.jixiao.jobs.ingest.IngestOptions;
import io.jixiao.jobs.ingest.IngestProgress;
import io.jixiao.reports.charts.Lang;
import io.jixiao.reports.charts.UnitYearRate;
import io.jixiao.reports.html.ReportData;
import io.jixiao.reports.html.WarehouseReportData;
import io.jixiao.reports.metrics.DuckDbMetricEngine;
import io.jixiao.reports.metrics.MetricFilters;
import io.jixiao.schema.warehouse.WarehouseTable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A form whose year could not be read is filed under year 0 in the warehouse; the report leaves it off its timeline.
 * The real fragment rw_12 is such a form (its year is only in the file name; executed 2.38 of 2.38 万元), rw_01 a
 * dated one (2022).
 */
class TestReportYears {

    @Test
    void aFormWithoutAYearIsNoYearOfTheReport(@TempDir Path temp) throws IOException {
        Path inbox = Files.createDirectories(temp.resolve("inbox"));
        for (String name : List.of("rw_12_sichuan-anju_2021_transfer.txt", "rw_01_yunnan-longyang_2022.txt")) {
            Files.copy(Path.of("..", "data", "realworld", name), inbox.resolve(name));
        }
        Path warehouse = temp.resolve("warehouse");
        new IngestJob(SampleWarehouse.spark()).run(new IngestOptions(List.of(inbox.toString()), warehouse.toString(),
                false), IngestProgress.SILENT);

        try (DuckDbMetricEngine engine = DuckDbMetricEngine.open(warehouse)) {
            assertThat(engine.runSql("SELECT DISTINCT year FROM forms ORDER BY year").column("year"))
                    .containsExactly(WarehouseTable.UNKNOWN_YEAR, 2022);
            ReportData data = new WarehouseReportData(engine).fetch(MetricFilters.NONE, Lang.ZH, false);
            assertThat(data.years()).containsExactly(2022);
            assertThat(data.rates()).extracting(UnitYearRate::year).containsOnly(2022);
        }
    }
}
