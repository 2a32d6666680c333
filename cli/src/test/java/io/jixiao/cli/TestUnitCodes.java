package io.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.jixiao.cli.engine.SparkMetricEngine;
import io.jixiao.jobs.ingest.IngestJob;
import io.jixiao.jobs.ingest.IngestOptions;
import io.jixiao.jobs.ingest.IngestProgress;
import io.jixiao.reports.metrics.DuckDbMetricEngine;
import io.jixiao.reports.metrics.GroupBy;
import io.jixiao.reports.metrics.MetricFilters;
import io.jixiao.reports.metrics.MetricQuery;
import io.jixiao.reports.metrics.MetricTable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17: the unit code as the agency's identity. The real fragment rw_16 (2023, "207101天津市河北区人民法院") and the
 * same form a year earlier under an older name with the same code are one agency, named as in its latest year.
 */
class TestUnitCodes {

    @Test
    void formsOfOneUnitCodeAreOneAgencyUnderItsLatestNameOnBothEngines(@TempDir Path temp) throws IOException {
        String fragment = Files.readString(Path.of("..", "data", "realworld", "rw_16_tianjin-hebeiqu_2023_target.txt"));
        Path inbox = Files.createDirectories(temp.resolve("inbox"));
        Files.writeString(inbox.resolve("rw_16.txt"), fragment);
        String older = fragment.replace("2023", "2022").replace("天津市河北区人民法院", "天津市河北区法院");
        assertThat(older).contains("207101天津市河北区法院");
        Files.writeString(inbox.resolve("older.txt"), older);
        Path warehouse = temp.resolve("warehouse");
        new IngestJob(SampleWarehouse.spark()).run(new IngestOptions(List.of(inbox.toString()), warehouse.toString(),
                true), IngestProgress.SILENT);

        MetricQuery byAgency = new MetricQuery(MetricFilters.NONE, GroupBy.AGENCY);
        try (DuckDbMetricEngine duckdb = DuckDbMetricEngine.open(warehouse)) {
            MetricTable onDuckDb = duckdb.run("targets", byAgency);
            MetricTable onSpark = new SparkMetricEngine(SampleWarehouse.spark(), warehouse.toString())
                    .run("targets", byAgency);
            assertThat(onDuckDb.column("agency")).containsExactly("天津市河北区人民法院", "天津市河北区人民法院");
            assertThat(onDuckDb.column("year")).containsExactly(2022, 2023);
            assertThat(onSpark.rows()).hasSameSizeAs(onDuckDb.rows());
            assertThat(onSpark.column("agency")).isEqualTo(onDuckDb.column("agency"));
            // the units keep the names the documents give them
            assertThat(duckdb.runSql("SELECT DISTINCT unit FROM forms ORDER BY unit").column("unit"))
                    .containsExactly("天津市河北区人民法院", "天津市河北区法院");
        }

        JixiaoRun agencies = JixiaoRun.of("agencies", "--warehouse", warehouse.toString());
        assertThat(agencies.exit()).as(agencies.err()).isZero();
        assertThat(agencies.out()).contains("(1 row)", "天津市河北区法院", "207101");
    }
}
