package io.jixiao.schema.value;

import static org.assertj.core.api.Assertions.assertThat;

import io.jixiao.schema.vocabulary.IndicatorStatus;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TestStatusJudge {

    /**
     * Real rows of the samples (file prefix and indicator in the comments), target | actual | cost indicator |
     * status. Each status was checked by hand against the row's score: a full score where met, a cut score where
     * unmet or partial (昌吉 63.54 over 61: 3.8 of 5; 70% under ≥90%: 7.7 of 10; 90% before the deadline: 9 of 10;
     * 有效保护 at 90%: 9.5 of 10; 基本及时: 4 of 5). Two rows are our rule rather than the scorer's: 逐年增加 at
     * 95% and 长期 at 90% got full marks, but a percentage under 100 against a word target is read as partial.
     */
    @ParameterizedTest(name = "{0} vs {1} (cost {2}) -> {3}")
    @CsvSource(delimiter = '|', textBlock = """
            # 002 昌吉 2020
            61                | 63.54     | true  | UNMET
            ≤39               | 36.46     | true  | MET
            ≤30               | 30        | true  | MET
            ≤10               | 8         | true  | MET
            ≤2.68             | 2.68      | true  | MET
            ≥90%              | 70%       | false | UNMET
            2020年12月31日前  | 90%       | false | PARTIAL
            2020年1-12月      | 100%      | false | MET
            有效保护          | 90%       | false | PARTIAL
            逐年增加          | 95%       | false | PARTIAL
            长期              | 90%       | false | PARTIAL
            ≧95%              | 96%       | false | MET
            ≥95%              | 95%       | false | MET
            ≥30000            | 34941     | false | MET
            ≥1                | 1         | false | MET
            30%               | 30%       | false | MET
            ≤100%             | 96%       | false | MET
            及时              | 基本及时  | false | PARTIAL
            /                 | /         | false | NOT_APPLICABLE
            # 000 上海市计量测试技术研究院 2023
            ≥90%              | 95%       | false | MET
            <1%               | 0         | false | MET
            >1000(人)         | 34376.00(人) | false | MET
            >99(%)            | 100.00(%) | false | MET
            ≥90%              | ≥90%      | false | MET
            ≥85%              | ≥85%      | false | MET
            ≤±15ns            | ≤±15ns    | false | MET
            ≥10家             | 21家      | false | MET
            =1.00(套)         | 1.00(套)  | false | MET
            4套               | 4套       | false | MET
            2万               | 2万       | false | MET
            100%              | 100%      | false | MET
            及时              | 及时      | false | MET
            合格              | 合格      | false | MET
            建立              | 建立      | false | MET
            良好              | 良好      | false | MET
            # 003 上海市科学技术委员会 2023
            ≥20.00(篇)        | 24.00(篇) | false | MET
            ≥3.00(万人)       | 4.00(万人) | false | MET
            ≥5.00(万个)       | 6.02(万个) | false | MET
            ≥120.00(万次)     | 200.67(万次) | false | MET
            <10(次)           | 5.00(次)  | false | MET
            <2.00(秒)         | 0.06(秒)  | false | MET
            =500.00(人)       | 500.00(人) | false | MET
            及时              | 达成指标  | false | MET
            完善              | 达成指标  | false | MET
            无                | 达成指标  | false | MET
            安全、稳定、高效  | 达成指标  | false | MET
            """)
    void judgesSampleRows(String target, String actual, boolean cost, IndicatorStatus status) {
        assertThat(StatusJudge.judge(CellValueParser.parse(target), CellValueParser.parse(actual), cost))
                .isEqualTo(status);
    }

    @ParameterizedTest(name = "{0} vs {1} (cost {2}) -> {3}")
    @CsvSource(delimiter = '|', textBlock = """
            # comparators both ways
            ≥90%              | 89.99%    | false | UNMET
            >99(%)            | 99(%)     | false | UNMET
            <1%               | 1%        | false | UNMET
            ≤2.5%             | 2.6%      | false | UNMET
            =100%             | 100.0%    | false | MET
            =100%             | 99%       | false | UNMET
            ≤±15ns            | -12ns     | false | MET
            ≤±15ns            | 16ns      | false | UNMET
            # no comparator: cost indicators are met at or below, others at or above
            61                | 61        | true  | MET
            61                | 60        | true  | MET
            61                | 60        | false | UNMET
            61                | 63.54     | false | MET
            # units: aligned 万X with X, other mismatches undecidable
            ≥3.00(万人)       | 35000人   | false | MET
            ≥3万              | 2.9万     | false | UNMET
            ≥90%              | 95人      | false | UNKNOWN
            # a restated target claims its bound
            ≥90%              | ≥95%      | false | MET
            ≥90%              | ≥80%      | false | UNKNOWN
            ≥90%              | ≤95%      | false | UNKNOWN
            ＞99（％）        | >99(%)    | false | MET
            ≥99%              | >99%      | false | MET
            >99%              | ≥99%      | false | UNKNOWN
            # claims against a number
            ≥90%              | 达成      | false | MET
            ≥1次              | 已完成    | false | MET
            ≥1次              | 未完成    | false | UNMET
            ≥1次              | 基本完成  | false | PARTIAL
            ≥1次              | 良好      | false | UNKNOWN
            # claims against words
            及时              | 完成      | false | MET
            及时              | 是        | false | MET
            及时              | 不及时    | false | UNMET
            健全              | 没有建立  | false | UNMET
            合规              | 否        | false | UNMET
            完善              | 基本完善  | false | PARTIAL
            及时              | 良好      | false | QUALITATIVE
            明确              | 0%        | false | UNMET
            逐年增加          | 100%      | false | MET
            逐年增加          | 12个      | false | UNKNOWN
            # dates
            2023年12月31日    | 2023年12月31日 | false | MET
            2023年12月31日前  | 按时完成  | false | UNKNOWN
            2023年12月31日前  | 已完成    | false | MET
            2023年12月31日前  | 5个       | false | UNKNOWN
            ≥90%              | 2023年12月 | false | UNKNOWN
            # not applicable and missing cells
            /                 | 95%       | false | NOT_APPLICABLE
            ≥90%              | —         | false | NOT_APPLICABLE
            ≥90%              |           | false | UNKNOWN
                              | 95%       | false | UNKNOWN
            """)
    void judgesEveryBranch(String target, String actual, boolean cost, IndicatorStatus status) {
        assertThat(StatusJudge.judge(CellValueParser.parse(target), CellValueParser.parse(actual), cost))
                .isEqualTo(status);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            产出指标 | 成本指标 | true
            成本指标 |          | true
            产出指标 | 数量指标 | false
                     |          | false
            """)
    void detectsCostIndicatorsByTheirHeadings(String level1, String level2, boolean cost) {
        assertThat(StatusJudge.isCostIndicator(level1, level2)).isEqualTo(cost);
    }
}
