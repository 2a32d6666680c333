package io.jixiao.reports.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Issue 17: a filter value no form holds is named, with the nearest values the warehouse holds, on the sample
 * warehouse (regions 上海市, 昌吉回族自治州, 江苏省; years 2020, 2023, 2024).
 */
class TestFilterMatches {

    private final MetricEngine engine = SampleEngine.get();

    @Test
    void valuesTheWarehouseHoldsPass() {
        assertThat(FilterMatches.unmatched(engine, MetricFilters.NONE.withYears(2023, 2024).withRegions("上海市")
                .withKinds("project_self_evaluation"))).isEmpty();
    }

    @Test
    void aShortenedNameIsAnsweredWithTheNameThatContainsIt() {
        assertThat(FilterMatches.unmatched(engine, MetricFilters.NONE.withRegions("上海")))
                .containsExactly("--region 上海: no form in the warehouse has it; did you mean 上海市?");
    }

    @Test
    void aMisspeltUnitIsAnsweredWithTheNearestUnits() {
        assertThat(FilterMatches.unmatched(engine, MetricFilters.NONE.withUnits("上海市计量测试技术研究所")))
                .singleElement().asString().contains("did you mean 上海市计量测试技术研究院");
    }

    @Test
    void aYearNotIngestedListsTheYearsThereAre() {
        assertThat(FilterMatches.unmatched(engine, MetricFilters.NONE.withYears(2023, 2031)))
                .containsExactly("--years 2031: no form in the warehouse has it; the warehouse has 2020, 2023, 2024");
    }

    @Test
    void aRegionFarFromAllIsNamedWithThoseThereAre() {
        assertThat(FilterMatches.unmatched(engine, MetricFilters.NONE.withRegions("湖北省"))).singleElement()
                .asString().startsWith("--region 湖北省: no form in the warehouse has it; the warehouse has ")
                .contains("上海市", "江苏省");
    }

    @Test
    void nearestPrefersContainingNamesThenFewestEdits() {
        assertThat(FilterMatches.nearest("湖北", Set.of("湖北省", "湖南省", "湖北省武汉市", "北京市")))
                .containsExactly("湖北省", "湖北省武汉市");
        assertThat(FilterMatches.nearest("浙江省水文总站", Set.of("浙江省水文管理中心", "浙江省水文站总", "江苏省水文总站")))
                .containsExactly("江苏省水文总站", "浙江省水文站总");
    }
}
