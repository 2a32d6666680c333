package io.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.jixiao.cli.engine.SparkMetricEngine;
import io.jixiao.corpus.generate.CorpusGenerator;
import io.jixiao.corpus.generate.CorpusOptions;
import io.jixiao.jobs.ingest.IngestJob;
import io.jixiao.jobs.ingest.IngestOptions;
import io.jixiao.jobs.ingest.IngestProgress;
import io.jixiao.read.quality.FormFacts;
import io.jixiao.reports.metrics.DuckDbMetricEngine;
import io.jixiao.reports.metrics.GroupBy;
import io.jixiao.reports.metrics.MetricFilters;
import io.jixiao.reports.metrics.MetricQuery;
import io.jixiao.reports.metrics.MetricTable;
import io.jixiao.reports.metrics.MetricTotals;
import io.jixiao.schema.model.Form;
import io.jixiao.schema.model.ParsedDocument;
import io.jixiao.schema.region.AdministrativeDivisions;
import io.jixiao.schema.region.RegionPath;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17: the region hierarchy, on a generated corpus of three provinces each with a city and a district of it
 * (浙江省, 杭州市, 上城区; 广东省, 广州市, 荔湾区; 四川省, 成都市, 锦江区), 2023–2024, written by the real ingest. The
 * expected sums come from the corpus's truth, grouped here by the division codes the generator knows, not by the reader.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TestRegionHierarchy {

    private Path warehouse;
    private List<Form> truth;
    private DuckDbMetricEngine duckdb;

    @BeforeAll
    void ingestAGeneratedCorpus(@TempDir Path temp) {
        Path corpus = temp.resolve("corpus");
        new CorpusGenerator().generate(corpus, new CorpusOptions(9, 2, 2023, 2024, 23));
        truth = new ArrayList<>();
        CorpusGenerator.readTruth(corpus).stream().map(ParsedDocument::forms).forEach(truth::addAll);
        warehouse = temp.resolve("warehouse");
        new IngestJob(SampleWarehouse.spark()).run(new IngestOptions(List.of(corpus.resolve("documents").toString()),
                warehouse.toString(), true), IngestProgress.SILENT);
        duckdb = DuckDbMetricEngine.open(warehouse);
    }

    @AfterAll
    void close() {
        duckdb.close();
    }

    @Test
    void executionRateByProvinceAndPrefectureIn2024HasItsChangeAndRankOnBothEngines() {
        MetricQuery query = MetricQuery.of(MetricFilters.NONE.withYears(2024),
                List.of(GroupBy.PROVINCE, GroupBy.PREFECTURE));
        MetricTable onDuckDb = duckdb.run("execution-rate", query);
        MetricTable onSpark = new SparkMetricEngine(SampleWarehouse.spark(), warehouse.toString())
                .run("execution-rate", query);

        assertThat(onSpark.columns()).isEqualTo(onDuckDb.columns()).contains("province", "prefecture");
        assertThat(rows(onSpark)).isEqualTo(rows(onDuckDb));
        // a province's own units (no prefecture) and its city with the city's district rolled in
        Map<String, BigDecimal> budgets = new TreeMap<>();
        for (List<Object> row : onDuckDb.rows()) {
            String key = row.get(onDuckDb.columnIndex("province")) + "/"
                    + Objects.toString(row.get(onDuckDb.columnIndex("prefecture")), "");
            budgets.put(key, new BigDecimal(row.get(onDuckDb.columnIndex("full_year_budget")).toString())
                    .stripTrailingZeros());
            assertThat(row.get(onDuckDb.columnIndex("previous_year"))).as(key).isEqualTo(2023);
            assertThat(row.get(onDuckDb.columnIndex("rate_change"))).as(key).isNotNull();
            assertThat(row.get(onDuckDb.columnIndex("rate_rank"))).as(key).isNotNull();
        }
        assertThat(budgets).isEqualTo(expectedBudgets(2024));
        assertThat(budgets).containsKeys("浙江省/", "浙江省/杭州市", "广东省/广州市", "四川省/成都市").hasSize(6);
    }

    @Test
    void totalsAreTheMetricOverEachProvinceAndOverAllOnBothEngines() {
        MetricQuery query = MetricQuery.of(MetricFilters.NONE.withYears(2024),
                List.of(GroupBy.PROVINCE, GroupBy.PREFECTURE));
        MetricTable onDuckDb = MetricTotals.run(duckdb, "execution-rate", query, null);
        MetricTable onSpark = MetricTotals.run(new SparkMetricEngine(SampleWarehouse.spark(), warehouse.toString()),
                "execution-rate", query, null);
        assertThat(rows(onSpark)).isEqualTo(rows(onDuckDb));

        Map<String, BigDecimal> expected = expectedBudgets(2024);
        Map<String, BigDecimal> budgets = new TreeMap<>();
        List<String> order = new ArrayList<>();
        for (List<Object> row : onDuckDb.rows()) {
            String key = Objects.toString(row.get(onDuckDb.columnIndex("province")), "") + "/"
                    + Objects.toString(row.get(onDuckDb.columnIndex("prefecture")), "");
            order.add(key);
            budgets.put(key, new BigDecimal(row.get(onDuckDb.columnIndex("full_year_budget")).toString())
                    .stripTrailingZeros());
        }
        // each province's rows, then its subtotal; the grand total last
        assertThat(order).containsExactly("四川省/", "四川省/成都市", "四川省/合计", "广东省/", "广东省/广州市",
                "广东省/合计", "浙江省/", "浙江省/杭州市", "浙江省/合计", "合计/");
        for (String province : List.of("四川省", "广东省", "浙江省")) {
            assertThat(budgets.get(province + "/合计")).as(province)
                    .isEqualByComparingTo(expected.get(province + "/").add(expected.get(province + "/"
                            + Map.of("四川省", "成都市", "广东省", "广州市", "浙江省", "杭州市").get(province))));
        }
        assertThat(budgets.get("合计/")).isEqualByComparingTo(
                expected.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add));

        JixiaoRun listing = JixiaoRun.of("query", "shortfalls", "--totals", "--warehouse", warehouse.toString());
        assertThat(listing.exit()).isEqualTo(2);
        assertThat(listing.err()).contains("--totals", "shortfalls");
    }

    @Test
    void aRegionFilterTakesWhatLiesBelowIt() {
        MetricQuery byCounty = MetricQuery.of(MetricFilters.NONE.withRegions("杭州市"), List.of(GroupBy.COUNTY));
        MetricTable rates = duckdb.run("execution-rate", byCounty);
        // 杭州市's own units (no county) and 上城区's, each year
        assertThat(rates.column("county")).containsOnly(null, "上城区").hasSize(4);

        JixiaoRun province = JixiaoRun.of("query", "execution-rate", "--by", "prefecture", "--region", "浙江省",
                "--years", "2024", "--warehouse", warehouse.toString());
        assertThat(province.exit()).as(province.err()).isZero();
        assertThat(province.out()).contains("杭州市").doesNotContain("广州市", "成都市");

        JixiaoRun near = JixiaoRun.of("query", "execution-rate", "--region", "杭州", "--warehouse",
                warehouse.toString());
        assertThat(near.exit()).isEqualTo(2);
        assertThat(near.err()).contains("杭州市");
    }

    /** Σ full-year budget of the year's self-evaluations per province/prefecture, from the truth's division codes. */
    private Map<String, BigDecimal> expectedBudgets(int year) {
        Map<String, BigDecimal> budgets = new TreeMap<>();
        for (Form form : truth) {
            if (!Objects.equals(form.year(), year) || !form.kind().isSelfEvaluation()) {
                continue;
            }
            RegionPath path = AdministrativeDivisions.standard().path(form.regionCode());
            String key = path.province() + "/" + (path.prefecture() == null ? "" : path.prefecture());
            budgets.merge(key, FormFacts.of(form).fullYearBudget(), BigDecimal::add);
        }
        budgets.replaceAll((key, sum) -> sum.stripTrailingZeros());
        return budgets;
    }

    private static List<String> rows(MetricTable table) {
        return table.rows().stream().map(row -> row.stream().map(value -> value instanceof Number number
                ? new BigDecimal(number.toString()).setScale(6, java.math.RoundingMode.HALF_UP).stripTrailingZeros()
                        .toPlainString()
                : String.valueOf(value)).toList().toString()).toList();
    }
}
