package io.jixiao.read.flat;

import static io.jixiao.read.table.TableField.ACTUAL;
import static io.jixiao.read.table.TableField.IGNORED;
import static io.jixiao.read.table.TableField.REASON;
import static io.jixiao.read.table.TableField.SCORE;
import static io.jixiao.read.table.TableField.TARGET;
import static io.jixiao.read.table.TableField.WEIGHT;
import static org.assertj.core.api.Assertions.assertThat;

import io.jixiao.read.table.TableField;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Indicator rows glued together in flattened forms (real rows of rw_14 and rw_20), cut only where certain. */
class TestGluedIndicatorRow {

    private static final List<TableField> NINGXIA = List.of(WEIGHT, TARGET, ACTUAL, SCORE, REASON);
    private static final BigDecimal OUTPUT_WEIGHT = BigDecimal.valueOf(40);

    @Test
    void theWeightBeforeTheTargetIsCutWhereTheCategoryWeightAllows() {
        // 85 | 50万粒 would exceed 产出指标(40分)
        GluedIndicatorRow.Reading reading = GluedIndicatorRow.cut("免费发放原原种8550万粒550万粒8", NINGXIA,
                OUTPUT_WEIGHT).orElseThrow();
        assertThat(reading.name()).isEqualTo("免费发放原原种");
        assertThat(reading.values()).isEqualTo(Arrays.asList("8", "550万粒", "550万粒", "8", null));
    }

    @Test
    void aWordWrittenTwiceIsTheTargetAndTheActual() {
        GluedIndicatorRow.Reading reading = GluedIndicatorRow.cut("种薯采购价格不高于市场价8是是8", NINGXIA,
                OUTPUT_WEIGHT).orElseThrow();
        assertThat(reading.values()).isEqualTo(Arrays.asList("8", "是", "是", "8", null));
    }

    @Test
    void aRunOfDigitsIsCutOnlyWhereTheFiguresConfirmIt() {
        // rw_14 lines 4-5: target 8000亩 in the name's cell, actual "8535.5亩"; 8 | 5 | 3 | 5.5 | 亩 fits every
        // column's grammar and score ≤ weight, but nothing confirms a cut inside the digits (review D)
        assertThat(GluedIndicatorRow.cut("一级种薯繁育基地8000亩\n8535.5亩", NINGXIA, OUTPUT_WEIGHT)).isEmpty();
        assertThat(GluedIndicatorRow.cut("8535.5亩", NINGXIA, OUTPUT_WEIGHT)).isEmpty();
    }

    @Test
    void twoWordsGluedAreNotCut() {
        assertThat(GluedIndicatorRow.cut("持续完善马铃薯种薯繁育体系8是基本达到7加强技术指导", NINGXIA, null)).isEmpty();
    }

    @Test
    void ocrDamagedValuesAreNotRead() {
        assertThat(GluedIndicatorRow.cut("种薯亩均收入较鲜薯亩均收入8工5%工5%8", NINGXIA, OUTPUT_WEIGHT)).isEmpty();
        assertThat(GluedIndicatorRow.cut("群众对脱毒种薯和主食化专用品种的认知度8250%5=50%8", NINGXIA, OUTPUT_WEIGHT))
                .isEmpty();
    }

    @Test
    void valuesSplitByBlanksAreCutAtTheBlanksOnly() {
        // glued, "≥1 | 20公里 | 12 | 5" would fit the columns too
        GluedIndicatorRow.Reading reading = GluedIndicatorRow.cut("养护里程 ≥120公里 125公里 20 20",
                List.of(TARGET, ACTUAL, WEIGHT, SCORE, REASON), null).orElseThrow();
        assertThat(reading.name()).isEqualTo("养护里程");
        assertThat(reading.values()).isEqualTo(Arrays.asList("≥120公里", "125公里", "20", "20", null));
    }

    @Test
    void aScoringNoteBetweenTheActualAndTheScore() {
        List<TableField> beijing = List.of(WEIGHT, TARGET, ACTUAL, IGNORED, SCORE, REASON);
        GluedIndicatorRow.Reading reading = GluedIndicatorRow.cut(
                "是否完成绩效目标申报表中申报的数量12.512.512.5完成值达到指标值,记满分;未达到指标值,按B/A或A/B*该指标分值记分。12.5",
                beijing, null).orElseThrow();
        assertThat(reading.value(WEIGHT)).isEqualTo("12.5");
        assertThat(reading.value(SCORE)).isEqualTo("12.5");
    }
}
