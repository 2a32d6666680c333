package io.jixiao.read.quality;

import io.jixiao.read.Samples;
import io.jixiao.read.DocumentParser;
import io.jixiao.schema.finding.FindingText;
import io.jixiao.schema.model.Finding;
import io.jixiao.schema.model.Form;
import io.jixiao.schema.model.ParsedDocument;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every finding the rules raise on the four samples, each checked by hand against the source document.
 * The Shanghai and Jiangsu forms are consistent: every execution rate and score, fund sum, weight sum,
 * total and grade agrees (for example 000, 时频实验室运维经费: 216.86 / 230.00 = 94.29%, 10 × 94.29% = 9.43).
 */
class TestQualityRulesOnSamples {

    private static List<String> findings(String sample) throws IOException {
        Path file = Samples.file(sample);
        ParsedDocument document = new DocumentParser().parse(file.toString(), Files.readAllBytes(file));
        List<String> findings = new ArrayList<>();
        for (Form form : document.forms()) {
            QualityRules.check(form).forEach(f -> findings.add(form.project() + " | " + f.rule().code() + " | "
                    + f.severity() + " | expected " + f.expected() + " | actual " + f.actual() + " | line " + f.line()));
        }
        return findings;
    }

    @Test
    void shanghaiAndJiangsuFormsAreConsistent() throws IOException {
        assertThat(findings("000")).isEmpty();
        assertThat(findings("001")).isEmpty();
        assertThat(findings("003")).isEmpty();
    }

    @Test
    void changjiFindingsAsCheckedByHand() throws IOException {
        assertThat(findings("002")).containsExactlyInAnyOrder(
                // 10 + (10+10+10+10+5+5+3.8+5+9.5+10+10) = 98.3, the form states 98.8 (line 218)
                "成本性支出 | total_score_mismatch | warning | expected 98.3 | actual 98.8 | line 219",
                "成本性支出 | grade_missing | info | expected 优 | actual null | line 219",
                // 3.8 of 5 and 9.5 of 10 (expected: the weight) with "/" as the deviation reason; an indicator's line is the line of
                // its row's first non-empty cell (149: the name, the level cells above it are empty; 179 likewise)
                "成本性支出 | deduction_without_reason | warning | expected 5 | actual 3.8 | line 149",
                "成本性支出 | deduction_without_reason | warning | expected 10 | actual 9.5 | line 179",
                "琴键开关式低热电势扫描开关 | grade_missing | info | expected 优 | actual null | line 411",
                // 年初预算数 left empty on the 年度资金总额 row (label on line 450, then an empty cell before "40")
                "设备购置及维护 | initial_budget_missing | info | expected null | actual null | line 450",
                // 10 + (10+10+10+9+4+5+4.8+5+5+10+10) = 92.8, the form states 98.2
                "设备购置及维护 | total_score_mismatch | warning | expected 92.8 | actual 98.2 | line 650",
                "设备购置及维护 | grade_missing | info | expected 优 | actual null | line 650",
                // 检定覆盖率 9 of 10 with "/" as the reason; its row starts with 质量指标 on line 547
                "设备购置及维护 | deduction_without_reason | warning | expected 10 | actual 9 | line 547",
                "劳务费支出 | grade_missing | info | expected 优 | actual null | line 857");
    }

    /** Issue 18: the samples' and the real-world documents' findings read in Chinese, with their own figures. */
    @Test
    void everyFindingOnTheRealDocumentsReadsInChinese() throws IOException {
        FindingText chinese = FindingText.chinese();
        List<Finding> all = new ArrayList<>();
        try (Stream<Path> files = Stream.concat(Stream.of(Samples.dataDir().resolve("samples")),
                Stream.of(Samples.dataDir().resolve("realworld"))).flatMap(TestQualityRulesOnSamples::list)) {
            for (Path file : files.toList()) {
                ParsedDocument document = new DocumentParser().parse(file.toString(), Files.readAllBytes(file));
                document.forms().forEach(form -> all.addAll(QualityRules.check(form)));
            }
        }
        assertThat(all.stream().map(f -> f.rule()).distinct()).hasSizeGreaterThan(3);
        for (Finding finding : all) {
            String message = chinese.render(finding.rule().code(), finding.expected(), finding.actual(),
                    finding.arguments()).orElseThrow(() -> new AssertionError("no Chinese text: " + finding));
            assertThat(message).as(finding.toString()).isNotEqualTo(finding.message()).doesNotContain("{");
            finding.arguments().values().forEach(value -> assertThat(message).contains(value));
            // the same figures as the English message
            for (String figure : new String[] {finding.expected(), finding.actual()}) {
                if (figure != null && finding.message().contains(figure)) {
                    assertThat(message).as(finding.toString()).contains(figure);
                }
            }
        }
    }

    private static Stream<Path> list(Path folder) {
        try {
            return Files.list(folder).filter(Files::isRegularFile).sorted();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
