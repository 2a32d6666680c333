package io.jixiao.reports.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.jixiao.reports.warehouse.ParquetWarehouseWriter;
import io.jixiao.schema.warehouse.WarehouseLayout;
import io.jixiao.schema.warehouse.WarehouseTables;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * target-drift (counts per group and year) and target-drift-listing (the indicators). The samples hold no project with both a target table and a self-evaluation (the target tables
 * are 江苏 2023, the self-evaluations 上海 and 昌吉), so the drift itself is checked on a small made-up pair: a
 * target table with the first indicators of 信息化运行维护经费 (001, lines 573–575) and a self-evaluation of
 * the same year, unit and project that changes one target, keeps one, drops one and adds one; a self-evaluation of
 * another project is no pair.
 */
class TestTargetDriftMetric {

    private static final String UNIT = "江苏省计量科学研究院（江苏省能源计量数据中心）";
    private static final String PROJECT = "信息化运行维护经费";

    @Test
    void noPairsInTheSamples() {
        MetricTable listing = SampleEngine.get().run("target-drift-listing", MetricQuery.DEFAULT);
        MetricTable counts = SampleEngine.get().run("target-drift", MetricQuery.DEFAULT);

        assertThat(listing.rows()).isEmpty();
        assertThat(listing.columns()).contains("unit", "project", "drift", "indicator", "planned_target",
                "evaluated_target");
        assertThat(counts.rows()).isEmpty();
        assertThat(counts.columns()).containsExactly("unit", "year", "pairs", "added", "dropped", "changed",
                "unchanged");
    }

    @Test
    void countsPerGroupAndYear(@TempDir Path warehouse) throws Exception {
        madeUpPair(warehouse);
        try (DuckDbMetricEngine engine = DuckDbMetricEngine.open(warehouse)) {
            MetricTable table = engine.run("target-drift", MetricQuery.DEFAULT);

            assertThat(table.rows()).hasSize(1);
            assertThat(MetricRows.only(table, "unit", UNIT)).containsEntry("year", 2023).containsEntry("pairs", 1L)
                    .containsEntry("added", 1L).containsEntry("dropped", 1L).containsEntry("changed", 1L)
                    .containsEntry("unchanged", 1L);
            // the counts are the listing's rows by kind of drift
            MetricTable listing = engine.run("target-drift-listing", MetricQuery.DEFAULT);
            assertThat(listing.rows()).hasSize(3);
        }
    }

    @Test
    void addedDroppedAndChangedIndicators(@TempDir Path warehouse) throws Exception {
        madeUpPair(warehouse);
        try (DuckDbMetricEngine engine = DuckDbMetricEngine.open(warehouse)) {
            MetricTable table = engine.run("target-drift-listing", MetricQuery.DEFAULT);

            assertThat(table.rows()).hasSize(3);
            Map<String, Object> changed = MetricRows.only(table, "drift", "changed");
            assertThat(changed.get("indicator")).isEqualTo("网络安全自查次数");
            assertThat(changed.get("planned_target")).isEqualTo("≥2次");
            assertThat(changed.get("evaluated_target")).isEqualTo("≥3次");
            assertThat(MetricRows.only(table, "drift", "dropped").get("indicator")).isEqualTo("等保测评系统数量");
            assertThat(MetricRows.only(table, "drift", "added").get("indicator")).isEqualTo("客户满意度");
            assertThat(table.column("project")).containsOnly(PROJECT);
            // issue 18: each side names its document and line; the side an indicator is missing from names none
            assertThat(changed).containsEntry("planned_file", "target.txt").containsEntry("planned_line", 1)
                    .containsEntry("evaluated_file", "evaluation.txt").containsEntry("evaluated_line", 1);
            assertThat(MetricRows.only(table, "drift", "dropped")).containsEntry("planned_file", "target.txt")
                    .containsEntry("planned_line", 3).containsEntry("evaluated_file", null)
                    .containsEntry("evaluated_line", null);
            assertThat(MetricRows.only(table, "drift", "added")).containsEntry("planned_file", null)
                    .containsEntry("evaluated_file", "evaluation.txt").containsEntry("evaluated_line", 3);
        }
    }

    /**
     * A warehouse an older Jixiao wrote (or whose year an ingest changed since the last compact) has no stored drift
     * for the year: the view computes it from the indicators, and the counts are the same.
     */
    @Test
    void aYearWithoutItsStoredDriftGivesTheSameCounts(@TempDir Path warehouse) throws Exception {
        madeUpPair(warehouse);
        List<List<Object>> settled;
        try (DuckDbMetricEngine engine = DuckDbMetricEngine.open(warehouse)) {
            settled = engine.run("target-drift", MetricQuery.DEFAULT).rows();
        }
        Path drift = warehouse.resolve(WarehouseLayout.tablePath("written-by-test", WarehouseTables.TARGET_DRIFT));
        try (Stream<Path> files = Files.walk(drift)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
        try (DuckDbMetricEngine engine = DuckDbMetricEngine.open(warehouse)) {
            assertThat(engine.run("target-drift", MetricQuery.DEFAULT).rows()).hasSize(1).isEqualTo(settled);
            assertThat(engine.run("target-drift-listing", MetricQuery.DEFAULT).rows()).hasSize(3);
        }
    }

    private static void madeUpPair(Path warehouse) throws Exception {
        try (ParquetWarehouseWriter writer = new ParquetWarehouseWriter()) {
            form(writer, "t", "project_target", PROJECT);
            form(writer, "e", "project_self_evaluation", PROJECT);
            form(writer, "other", "project_self_evaluation", "宽带租赁");
            document(writer, "t", "target.txt");
            document(writer, "e", "evaluation.txt");
            indicator(writer, "t", 1, "网络安全自查次数", "≥2次", "≥", "2");
            indicator(writer, "t", 2, "日常维护信息系统数", "≥3个", "≥", "3");
            indicator(writer, "t", 3, "等保测评系统数量", "≥2次", "≥", "2");
            indicator(writer, "e", 1, "网络安全自查次数", "≥3次", "≥", "3");
            indicator(writer, "e", 2, "日常维护信息系统数", "≥3.00(个)", "≥", "3");
            indicator(writer, "e", 3, "客户满意度", "≥99%", "≥", "99");
            indicator(writer, "other", 1, "等保测评系统数量", "≥5次", "≥", "5");
            writer.writeTo(warehouse);
        }
    }

    private static void form(ParquetWarehouseWriter writer, String id, String kind, String project) throws Exception {
        Map<String, String> values = new HashMap<>(Map.of("form_id", id, "doc_id", "d-" + id, "kind", kind,
                "unit", UNIT, "project", project, "indicator_count", "3", "first_line", "1", "last_line", "9",
                "run_id", "drift-test", "year", "2023"));
        writer.insert(WarehouseTables.FORMS, values);
    }

    private static void document(ParquetWarehouseWriter writer, String form, String fileName) throws Exception {
        writer.insert(WarehouseTables.DOCUMENTS, Map.of("doc_id", "d-" + form, "path", "/in/" + fileName,
                "file_name", fileName, "size_bytes", "100", "status", "ok", "forms", "1", "problems", "0",
                "run_id", "drift-test", "ingested_at", "2024-01-01 00:00:00"));
    }

    private static void indicator(ParquetWarehouseWriter writer, String form, int seq, String name, String target,
                                  String comparator, String value) throws Exception {
        writer.insert(WarehouseTables.INDICATORS, Map.of("form_id", form, "doc_id", "d-" + form,
                "seq", String.valueOf(seq), "name", name, "target", target, "comparator", comparator,
                "target_value", value, "status", "unknown", "line", String.valueOf(seq), "year", "2023"));
    }
}
