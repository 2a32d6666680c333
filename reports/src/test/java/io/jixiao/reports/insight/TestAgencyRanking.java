package io.jixiao.reports.insight;

import io.jixiao.reports.metrics.MetricFilters;
import io.jixiao.reports.metrics.SampleEngine;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class TestAgencyRanking {
    @Test
    void ranksByMoneyNotByTheAverageOfYearlyRates() {
        // 甲: 50% of 1,000 in 2023 and 100% of 10 in 2024: yearly rates average 75%, by money 50.5%
        // 乙: 60% and 70% of equal budgets: average and weighted both 65%
        List<AgencyYear> years = List.of(
                new AgencyYear("甲", 2023, 1000, 500, 50.0, null, null),
                new AgencyYear("甲", 2024, 10, 10, 100.0, 2023, 50.0),
                new AgencyYear("乙", 2023, 100, 60, 60.0, null, null),
                new AgencyYear("乙", 2024, 100, 70, 70.0, 2023, 10.0),
                new AgencyYear("丙", 2024, 0, 0, null, null, null));

        List<AgencyExecution> ranking = AgencyRanking.lowestRateFirst(years);

        assertThat(ranking).extracting(AgencyExecution::agency).containsExactly("甲", "乙");
        assertThat(ranking.get(0).rate().getAsDouble()).isCloseTo(100 * 510.0 / 1010, within(1e-9));
        assertThat(ranking.get(0).firstYear()).isEqualTo(2023);
        assertThat(ranking.get(0).lastYear()).isEqualTo(2024);
    }

    @Test
    void readsTheExecutionRateMetricOfTheSampleWarehouse() {
        // data/samples/000_672dbaea54929c24.txt, the five 年度资金总额 rows of 上海市计量测试技术研究院 2023:
        // budgets 230.00 + 160.00 + 197.25 + 235.78 + 341.00, executed 216.86 + 159.30 + 195.70 + 234.28 + 338.03
        List<AgencyYear> years = AgencyYears.fetch(SampleEngine.get(),
                MetricFilters.NONE.withUnits("上海市计量测试技术研究院").withYears(2023));

        assertThat(years).singleElement().satisfies(year -> {
            assertThat(year.budget()).isCloseTo(1164.03, within(1e-6));
            assertThat(year.executed()).isCloseTo(1144.17, within(1e-6));
            assertThat(year.rate()).isCloseTo(98.29, within(1e-9));
        });
        assertThat(AgencyRanking.lowestRateFirst(years).get(0).rate().getAsDouble())
                .isCloseTo(100 * 1144.17 / 1164.03, within(1e-9));
    }
}
