package io.jixiao.schema.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.math.BigDecimal;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TestCellValueParser {

    /**
     * Target and actual cells copied from the four samples (file prefix in the comment on each group), read by
     * hand: kind | comparator | number | unit. An empty column is null, '' is the empty string.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # 000 Shanghai 上海市计量测试技术研究院 2023 self-evaluations
            100%              | NUMBER         |   | 100      | %
            ≤±15ns            | NUMBER         | ≤ | 15       | ns
            ≥10家             | NUMBER         | ≥ | 10       | 家
            21家              | NUMBER         |   | 21       | 家
            ≥90%              | NUMBER         | ≥ | 90       | %
            95%               | NUMBER         |   | 95       | %
            =1.00(套)         | NUMBER         | = | 1.00     | 套
            1.00(套)          | NUMBER         |   | 1.00     | 套
            ≥90.00%           | NUMBER         | ≥ | 90.00    | %
            98.00%            | NUMBER         |   | 98.00    | %
            4套               | NUMBER         |   | 4        | 套
            3个               | NUMBER         |   | 3        | 个
            >99(%)            | NUMBER         | > | 99       | %
            100.00(%)         | NUMBER         |   | 100.00   | %
            >1000(人)         | NUMBER         | > | 1000     | 人
            34376.00(人)      | NUMBER         |   | 34376.00 | 人
            <1%               | NUMBER         | < | 1        | %
            0                 | NUMBER         |   | 0        | ''
            =120(家)          | NUMBER         | = | 120      | 家
            120.00(家)        | NUMBER         |   | 120.00   | 家
            =100(%)           | NUMBER         | = | 100      | %
            ≥85%              | NUMBER         | ≥ | 85       | %
            2万               | NUMBER         |   | 20000    | ''
            及时              | QUALITATIVE    |   |          |
            建立              | QUALITATIVE    |   |          |
            合格              | QUALITATIVE    |   |          |
            良好              | QUALITATIVE    |   |          |
            # 001 Jiangsu 江苏省 2023 target tables
            ≥12000台          | NUMBER         | ≥ | 12000    | 台
            ≤2.5%             | NUMBER         | ≤ | 2.5      | %
            =100%             | NUMBER         | = | 100      | %
            ≥38项             | NUMBER         | ≥ | 38       | 项
            ≥0个              | NUMBER         | ≥ | 0        | 个
            ≤60天             | NUMBER         | ≤ | 60       | 天
            ≤2年              | NUMBER         | ≤ | 2        | 年
            ≥120000台         | NUMBER         | ≥ | 120000   | 台
            ≥120000台/件      | NUMBER         | ≥ | 120000   | 台/件
            ≤550元/人/天      | NUMBER         | ≤ | 550      | 元/人/天
            ≤550人/天         | NUMBER         | ≤ | 550      | 人/天
            =14000平方米      | NUMBER         | = | 14000    | 平方米
            ≤0万元            | NUMBER         | ≤ | 0        | 万元
            ≥10万元           | NUMBER         | ≥ | 10       | 万元
            ≥400批次          | NUMBER         | ≥ | 400      | 批次
            ≥70套             | NUMBER         | ≥ | 70       | 套
            =60.30%           | NUMBER         | = | 60.30    | %
            ≤0%               | NUMBER         | ≤ | 0        | %
            =0次              | NUMBER         | = | 0        | 次
            2023年6月30日     | DATE_OR_PERIOD |   |          |
            2023年12月31日    | DATE_OR_PERIOD |   |          |
            2023.12           | DATE_OR_PERIOD |   |          |
            明确              | QUALITATIVE    |   |          |
            规范              | QUALITATIVE    |   |          |
            较显著            | QUALITATIVE    |   |          |
            序时进度          | QUALITATIVE    |   |          |
            健全              | QUALITATIVE    |   |          |
            公开              | QUALITATIVE    |   |          |
            合规              | QUALITATIVE    |   |          |
            # 002 Changji 昌吉 2020 self-evaluations
            ≥30000            | NUMBER         | ≥ | 30000    | ''
            34941             | NUMBER         |   | 34941    | ''
            ≥2500             | NUMBER         | ≥ | 2500     | ''
            ≤39               | NUMBER         | ≤ | 39       | ''
            36.46             | NUMBER         |   | 36.46    | ''
            61                | NUMBER         |   | 61       | ''
            63.54             | NUMBER         |   | 63.54    | ''
            ≤2.68             | NUMBER         | ≤ | 2.68     | ''
            ≧95%              | NUMBER         | ≥ | 95       | %
            ≧90%              | NUMBER         | ≥ | 90       | %
            ≤100%             | NUMBER         | ≤ | 100      | %
            70%               | NUMBER         |   | 70       | %
            2020年1-12月      | DATE_OR_PERIOD |   |          |
            2020年12月31日前  | DATE_OR_PERIOD |   |          |
            /                 | NOT_APPLICABLE |   |          |
            有效保护          | QUALITATIVE    |   |          |
            逐年增加          | QUALITATIVE    |   |          |
            基本及时          | QUALITATIVE    |   |          |
            长期              | QUALITATIVE    |   |          |
            # 003 Shanghai 上海市科学技术委员会 2023 self-evaluations
            ≥20.00(篇)        | NUMBER         | ≥ | 20.00    | 篇
            24.00(篇)         | NUMBER         |   | 24.00    | 篇
            =1.00(部)         | NUMBER         | = | 1.00     | 部
            ≥200.00(人次)     | NUMBER         | ≥ | 200.00   | 人次
            ≥3.00(万人)       | NUMBER         | ≥ | 3.00     | 万人
            ≥3.00(万人        | NUMBER         | ≥ | 3.00     | 万人
            ≥3.00(万人次)     | NUMBER         | ≥ | 3.00     | 万人次
            4.00(万人)        | NUMBER         |   | 4.00     | 万人
            6.02(万个)        | NUMBER         |   | 6.02     | 万个
            ≥120.00(万次)     | NUMBER         | ≥ | 120.00   | 万次
            ≥90.00(%)         | NUMBER         | ≥ | 90.00    | %
            >50.00(%)         | NUMBER         | > | 50.00    | %
            <10(次)           | NUMBER         | < | 10       | 次
            <2.00(秒)         | NUMBER         | < | 2.00     | 秒
            0.06(秒)          | NUMBER         |   | 0.06     | 秒
            ≥1000.00(家)      | NUMBER         | ≥ | 1000.00  | 家
            达成指标          | QUALITATIVE    |   |          |
            完善              | QUALITATIVE    |   |          |
            无                | QUALITATIVE    |   |          |
            按时完成          | QUALITATIVE    |   |          |
            持续提高          | QUALITATIVE    |   |          |
            安全、稳定、高效  | QUALITATIVE    |   |          |
            """)
    void readsSampleCells(String cell, CellKind kind, String comparator, BigDecimal number, String unit) {
        CellValue value = CellValueParser.parse(cell);

        assertThat(value.kind()).isEqualTo(kind);
        assertThat(value.comparator() == null ? null : value.comparator().symbol()).isEqualTo(comparator);
        if (number == null) {
            assertThat(value.number()).isNull();
        } else {
            assertThat(value.number()).isEqualByComparingTo(number);
        }
        assertThat(value.unit()).isEqualTo(unit);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            ＞99（％）        | >  | 99    | %
            ＜1％             | <  | 1     | %
            ＝1.00（部）      | =  | 1.00  | 部
            ﹦5项             | =  | 5     | 项
            ≦2.5%             | ≤  | 2.5   | %
            ≥９０％           | ≥  | 90    | %
            >=90%             | ≥  | 90    | %
            =>90%             | ≥  | 90    | %
            <=10天            | ≤  | 10    | 天
            =<10天            | ≤  | 10    | 天
            大于等于95%       | ≥  | 95    | %
            小于等于2.5%      | ≤  | 2.5   | %
            不少于18项        | ≥  | 18    | 项
            不低于 90%        | ≥  | 90    | %
            不超过60天        | ≤  | 60    | 天
            不高于1%          | ≤  | 1     | %
            不多于3次         | ≤  | 3     | 次
            大于50%           | >  | 50    | %
            高于50%           | >  | 50    | %
            小于2秒           | <  | 2     | 秒
            低于1%            | <  | 1     | %
            等于100%          | =  | 100   | %
            90%以上           | ≥  | 90    | %
            ±15ns以内         | ≤  | 15    | ns
            ≥ 1,000 人        | ≥  | 1000  | 人
            1，200.5万元      |    | 1200.5| 万元
            ≥3万              | ≥  | 30000 | ''
            """)
    void readsFullWidthVariantAndWordComparators(String cell, String comparator, BigDecimal number, String unit) {
        CellValue value = CellValueParser.parse(cell);

        assertThat(value.kind()).isEqualTo(CellKind.NUMBER);
        assertThat(value.comparator() == null ? null : value.comparator().symbol()).isEqualTo(comparator);
        assertThat(value.number()).isEqualByComparingTo(number);
        assertThat(value.unit()).isEqualTo(unit);
    }

    @Test
    void marksATolerance() {
        assertThat(CellValueParser.parse("≤±15ns").plusMinus()).isTrue();
        assertThat(CellValueParser.parse("≤15ns").plusMinus()).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            -
            —
            ——
            ／
            N/A
            """)
    void readsDashesAndSlashesAsNotApplicable(String cell) {
        assertThat(CellValueParser.parse(cell).kind()).isEqualTo(CellKind.NOT_APPLICABLE);
    }

    @Test
    void readsNullAndBlankAsEmpty() {
        assertThat(CellValueParser.parse(null).kind()).isEqualTo(CellKind.EMPTY);
        assertThat(CellValueParser.parse(" \u3000\t").kind()).isEqualTo(CellKind.EMPTY);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            100%完成
            1-2次
            3.5.1
            ≥良好
            90%-95%
            """)
    void keepsWhatIsNoNumberAsQualitativeText(String cell) {
        CellValue value = CellValueParser.parse(cell);

        assertThat(value.kind()).isEqualTo(CellKind.QUALITATIVE);
        assertThat(value.number()).isNull();
        assertThat(value.text()).isEqualTo(ValueText.normalize(cell));
    }

    @Test
    void neverThrowsOnRandomText() {
        Random random = new Random(20_231_231L);
        String alphabet = "0123456789.,%()（）≥≤≧≦＞＜＝﹦=<>±/-—万元人次个年月日前大于等于不少于超过以上以内 基本未及时、";
        for (int i = 0; i < 20_000; i++) {
            StringBuilder cell = new StringBuilder();
            int length = random.nextInt(12);
            for (int j = 0; j < length; j++) {
                cell.append(random.nextBoolean()
                        ? alphabet.charAt(random.nextInt(alphabet.length()))
                        : (char) random.nextInt(Character.MAX_VALUE + 1));
            }
            String text = cell.toString();
            assertThatCode(() -> {
                CellValue value = CellValueParser.parse(text);
                StatusJudge.judge(value, CellValueParser.parse(new StringBuilder(text).reverse().toString()),
                        random.nextBoolean());
            }).as("cell %s", text).doesNotThrowAnyException();
        }
    }
}
