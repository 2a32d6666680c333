package io.jixiao.read.flat;

import static io.jixiao.read.table.TableField.ACTUAL;
import static io.jixiao.read.table.TableField.KEY_WORK;
import static io.jixiao.read.table.TableField.LEVEL1;
import static io.jixiao.read.table.TableField.LEVEL2;
import static io.jixiao.read.table.TableField.SCORE;
import static io.jixiao.read.table.TableField.TARGET;
import static io.jixiao.read.table.TableField.TARGET_HALF;
import static io.jixiao.read.table.TableField.WEIGHT;
import static org.assertj.core.api.Assertions.assertThat;

import io.jixiao.read.flat.SpacedIndicatorRows.SpacedRow;
import io.jixiao.read.table.TableField;
import io.jixiao.read.table.Vocabulary;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Indicator rows flattened onto one line, cells split by blanks, merged level cells written once per group. */
class TestSpacedIndicatorRows {

    private static final List<TableField> LEVELS = List.of(LEVEL1, LEVEL2);
    private static final List<TableField> TARGETS = List.of(TARGET_HALF, TARGET);

    private static Optional<List<SpacedRow>> cut(String text, List<TableField> leading, List<TableField> columns) {
        return SpacedIndicatorRows.cut(text, leading, columns, null, Vocabulary.active());
    }

    private static List<String> row(SpacedRow row) {
        return java.util.stream.Stream.concat(
                java.util.stream.Stream.of(row.level1(), row.level2(), row.keyWork(), row.reading().name()),
                row.reading().values().stream()).map(String::valueOf).toList();
    }

    @Test
    void aTargetTablesRowsTakeTheLevelCellsWrittenOncePerGroup() {
        List<SpacedRow> rows = cut("决策 项目立项 立项依据充分性 充分 充分 立项程序规范性 规范 规范 绩效目标 绩效目标合理性 合理 合理 "
                + "过程 资金管理 预算执行率 =58% =100% 满意度 服务对象满意度 服务对象满意度 ≥95% ≥95%", LEVELS, TARGETS)
                .orElseThrow();
        assertThat(rows).map(TestSpacedIndicatorRows::row).containsExactly(
                List.of("决策", "项目立项", "null", "立项依据充分性", "充分", "充分"),
                List.of("null", "null", "null", "立项程序规范性", "规范", "规范"),
                List.of("null", "绩效目标", "null", "绩效目标合理性", "合理", "合理"),
                List.of("过程", "资金管理", "null", "预算执行率", "=58%", "=100%"),
                List.of("满意度", "服务对象满意度", "null", "服务对象满意度", "≥95%", "≥95%"));
    }

    @Test
    void aKeyWorkColumnStartsEachGroupUnderIt() {
        List<SpacedRow> rows = cut("履职 履行主责主业职能 计量检定业务经费 检定校准结果准确率 ≥95% ≥95% 服务企业数量 ≥810家 ≥1800家 "
                + "仪器设备购置经费 举办培训交流活动场次 ≥8场 ≥17场", List.of(LEVEL1, LEVEL2, KEY_WORK), TARGETS).orElseThrow();
        assertThat(rows).map(TestSpacedIndicatorRows::row).containsExactly(
                List.of("履职", "履行主责主业职能", "计量检定业务经费", "检定校准结果准确率", "≥95%", "≥95%"),
                List.of("null", "null", "null", "服务企业数量", "≥810家", "≥1800家"),
                List.of("null", "null", "仪器设备购置经费", "举办培训交流活动场次", "≥8场", "≥17场"));
    }

    @Test
    void aLevelTwoNameTheVocabularyDoesNotKnowLeavesTheTextUncut() {
        // 资金拨付 is no level-2 name the vocabulary knows and no level-1 name precedes it: no row can start there
        assertThat(cut("过程 资金管理 资金使用合规性 合规 合规 资金拨付 资金到位率 =100% =100%", LEVELS, TARGETS)).isEmpty();
    }

    @Test
    void aLevelOneNameIsNeverAnIndicatorsName() {
        // read as name | targets, "产出 数量 …" would be a row named 产出
        assertThat(cut("产出 数量 受益人数 ≥500人", List.of(), List.of(TARGET))).isEmpty();
    }

    @Test
    void twoCutsOfATargetTableLeaveItUncut() {
        // 宣传工作 | 宣传册发放 全部完成 | 培训场次 全部完成, or 宣传工作 宣传册发放 | 全部完成 as the key work of 培训场次
        // 全部完成: nothing tells them apart
        assertThat(cut("宣传工作 宣传册发放 全部完成 培训场次 全部完成", List.of(KEY_WORK), List.of(TARGET))).isEmpty();
        assertThat(cut("宣传册发放 达标 培训场次 达标", List.of(KEY_WORK), List.of(TARGET))).isPresent();
    }

    @Test
    void aLoneEndOfAWrappedLevelNameLeavesTheTextUncut() {
        // "效益" / "指标" and "社会" / "效益指标" wrapped in their cells, the ends printed after the row
        assertThat(cut("效益 社会 媒体报道累计阅读量 ≥3万人 4万人 5 5 指标", LEVELS, List.of(TARGET, ACTUAL, WEIGHT, SCORE,
                TableField.REASON))).isEmpty();
    }

    @Test
    void targetsOfOneRowAreWrittenAlike() {
        // a figure beside a word: 资金到位率 is the next row's name, not a target
        assertThat(cut("预算执行率 资金到位率 =100%", List.of(), TARGETS)).isEmpty();
    }

    @Test
    void aSelfEvaluationsWeightsAndScoresAnchorItsRows() {
        List<SpacedRow> rows = cut("产出指标 数量指标 出具检测报告数量 ≥15000份 17172份 10 10 检定校准仪器设备台件数 ≥23000台件 "
                + "26455台件 5 4.5", LEVELS, List.of(TARGET, ACTUAL, WEIGHT, SCORE)).orElseThrow();
        assertThat(rows).map(TestSpacedIndicatorRows::row).containsExactly(
                List.of("产出指标", "数量指标", "null", "出具检测报告数量", "≥15000份", "17172份", "10", "10"),
                List.of("null", "null", "null", "检定校准仪器设备台件数", "≥23000台件", "26455台件", "5", "4.5"));
    }
}
