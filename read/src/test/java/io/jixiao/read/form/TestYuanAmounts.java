package io.jixiao.read.form;

import io.jixiao.read.DocumentParser;
import io.jixiao.read.Samples;
import io.jixiao.schema.model.FundLine;
import io.jixiao.schema.model.ParsedDocument;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A fund table whose header states its amounts in 元 ("项目资金 (元)") is read into 万元, keeping the unit as
 * written: the Shanghai 2023 sample restated in 元 (its amounts × 10,000) reads as the original.
 */
class TestYuanAmounts {

    private static final Set<String> FUND_ROWS = Set.of("年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金");

    @ParameterizedTest
    @ValueSource(strings = {"项目资金 (元)", "项目资金（元）", "项目资金 金额单位：元"})
    void amountsStatedInYuanAreReadInWanYuan(String header) {
        String sample = "000_672dbaea54929c24.txt";
        ParsedDocument original = parse(sample, Samples.text(sample));
        ParsedDocument inYuan = parse(sample, inYuan(Samples.text(sample), header));

        List<FundLine> want = funds(original);
        List<FundLine> got = funds(inYuan);
        assertThat(got).hasSameSizeAs(want).hasSize(20);
        for (int i = 0; i < want.size(); i++) {
            FundLine expected = want.get(i);
            FundLine actual = got.get(i);
            assertThat(actual.amountUnit()).isEqualTo(FundLine.YUAN);
            assertThat(expected.amountUnit()).isEqualTo(FundLine.WAN_YUAN);
            assertSame(actual.initialBudget(), expected.initialBudget());
            assertSame(actual.fullYearBudget(), expected.fullYearBudget());
            assertSame(actual.executed(), expected.executed());
            assertThat(actual.rate()).isEqualTo(expected.rate());
            assertThat(actual.weight()).isEqualTo(expected.weight());
            assertThat(actual.score()).isEqualTo(expected.score());
        }
    }

    private static void assertSame(BigDecimal actual, BigDecimal expected) {
        if (expected == null) {
            assertThat(actual).isNull();
        } else {
            assertThat(actual).isEqualByComparingTo(expected);
        }
    }

    private static ParsedDocument parse(String name, String text) {
        return new DocumentParser().parse(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private static List<FundLine> funds(ParsedDocument document) {
        return document.forms().stream().flatMap(f -> f.funds().stream()).toList();
    }

    /** The document with its fund tables restated in 元: the header says so, the three amounts are × 10,000. */
    private static String inYuan(String text, String header) {
        return text.lines().map(line -> {
            if (line.startsWith("项目资金")) {
                return line.replaceFirst("^项目资金 \\(万元\\)", header);
            }
            String[] cells = line.split("\t", -1);
            int label = 0;
            while (label < cells.length && cells[label].isBlank()) {
                label++;
            }
            if (label == cells.length || !FUND_ROWS.contains(cells[label].strip())) {
                return line;
            }
            int amounts = 0;
            for (int i = label + 1; i < cells.length && amounts < 3; i++) {
                if (!cells[i].isBlank()) {
                    cells[i] = new BigDecimal(cells[i].strip()).movePointRight(4).toPlainString();
                    amounts++;
                }
            }
            return String.join("\t", cells);
        }).collect(Collectors.joining("\n", "", "\n"));
    }
}
