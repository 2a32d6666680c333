package io.jixiao.schema.warehouse;

import io.jixiao.schema.model.Form;
import io.jixiao.schema.model.FundLine;
import io.jixiao.schema.model.Indicator;
import io.jixiao.schema.vocabulary.FormKind;
import io.jixiao.schema.vocabulary.FundSide;
import io.jixiao.schema.vocabulary.FundSource;
import io.jixiao.schema.vocabulary.IndicatorStatus;
import io.jixiao.schema.warehouse.ModelColumns.ModelColumn;
import org.junit.jupiter.api.Test;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

class TestModelColumns {

    @Test
    void everyMappedValueIsAColumnOfItsTableOfTheSameType() {
        assertColumnsOf(ModelColumns.FUND_LINE, WarehouseTables.FUNDS);
        assertColumnsOf(ModelColumns.INDICATOR, WarehouseTables.INDICATORS);
        assertColumnsOf(ModelColumns.FORM, WarehouseTables.FORMS);
    }

    /** A component added to a record fails here until it is mapped (or, for a form, given its own rule). */
    @Test
    void everyComponentOfTheRecordsIsMapped() {
        assertThat(names(ModelColumns.FUND_LINE)).containsExactlyElementsOf(snakeComponents(FundLine.class));
        assertThat(names(ModelColumns.INDICATOR)).containsExactlyElementsOf(snakeComponents(Indicator.class));
        List<String> formComponents = Arrays.stream(Form.class.getRecordComponents()).map(RecordComponent::getName)
                .filter(name -> !ModelColumns.FORM_OWN_RULES.contains(name)).map(TestModelColumns::snake).toList();
        assertThat(names(ModelColumns.FORM)).containsExactlyElementsOf(formComponents);
        assertThat(Arrays.stream(Form.class.getRecordComponents()).map(RecordComponent::getName))
                .containsAll(ModelColumns.FORM_OWN_RULES);
    }

    @Test
    void aRecordRebuiltFromItsColumnValuesIsTheSame() {
        FundLine fund = FundLine.builder().side(FundSide.BUDGET).source(FundSource.TOTAL).item("年度资金总额")
                .initialBudget(new BigDecimal("100.00")).fullYearBudget(new BigDecimal("120")).executed(BigDecimal.ONE)
                .halfYearPlan(BigDecimal.TEN).weight(BigDecimal.TEN).rate(new BigDecimal("0.83"))
                .score(new BigDecimal("0.08")).amountUnit("万元").line(7).build();
        assertThat(rebuilt(fund, ModelColumns.FUND_LINE, FundLine::builder, FundLine.Builder::build)).isEqualTo(fund);

        Indicator indicator = Indicator.builder().level1("产出指标").level2("数量指标").keyWork("重点").name("培训人次")
                .target("≥100人次").targetHalf("≥50人次").actual("120人次").weight(BigDecimal.TEN)
                .score(BigDecimal.TEN).reason("无").comparator("≥").targetValue(new BigDecimal("100"))
                .actualValue(new BigDecimal("120")).unit("人次").status(IndicatorStatus.MET).line(12).build();
        assertThat(rebuilt(indicator, ModelColumns.INDICATOR, Indicator::builder, Indicator.Builder::build))
                .isEqualTo(indicator);
        Indicator unjudged = indicator.toBuilder().status(null).build();
        assertThat(rebuilt(unjudged, ModelColumns.INDICATOR, Indicator::builder, Indicator.Builder::build))
                .isEqualTo(unjudged);

        Form form = Form.builder().kind(FormKind.PROJECT_SELF_EVALUATION).year(2023).region("上海市")
                .regionCode("310000").department("上海市市场监督管理局").unit("上海市计量测试技术研究院")
                .project("时频实验室运维经费").projectType("经常性项目").projectLevel("市级").startDate("2023-01")
                .endDate("2023-12").totalScore(new BigDecimal("98.5")).grade("优").texts(Map.of())
                .funds(List.of(fund)).indicators(List.of(indicator)).build();
        Form.Builder again = form.toBuilder();
        ModelColumns.FORM.forEach(column -> column.setOn(again, null));
        ModelColumns.FORM.forEach(column -> column.setOn(again, column.of(form)));
        assertThat(again.build()).isEqualTo(form);
    }

    private static <T, B> T rebuilt(T record, List<ModelColumn<T, B>> columns, Supplier<B> builder,
                                    Function<B, T> build) {
        B fresh = builder.get();
        columns.forEach(column -> column.setOn(fresh, column.of(record)));
        return build.apply(fresh);
    }

    private static void assertColumnsOf(List<? extends ModelColumn<?, ?>> mapped, WarehouseTable table) {
        for (ModelColumn<?, ?> column : mapped) {
            assertThat(table.columns()).as(table.name() + "." + column.name())
                    .anySatisfy(stored -> {
                        assertThat(stored.name()).isEqualTo(column.name());
                        assertThat(stored.type()).isEqualTo(column.type());
                    });
        }
    }

    private static List<String> names(List<? extends ModelColumn<?, ?>> columns) {
        return columns.stream().map(ModelColumn::name).toList();
    }

    private static List<String> snakeComponents(Class<? extends Record> type) {
        return Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).map(TestModelColumns::snake)
                .toList();
    }

    private static String snake(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }
}
