package io.jixiao.read.quality;

import io.jixiao.schema.finding.FindingRule;
import io.jixiao.schema.model.Finding;
import io.jixiao.schema.model.Form;
import io.jixiao.schema.model.FundLine;
import io.jixiao.schema.vocabulary.FormKind;
import io.jixiao.schema.vocabulary.FundSide;
import io.jixiao.schema.vocabulary.FundSource;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Fund sources add up to the total: in each amount column of the budget (self-evaluation) or income (target)
 * table, the total row equals the sum of the other rows; in project target tables the expense items add up to
 * the income total.
 */
final class FundSumRule implements QualityRule {

    private static final List<Column> COLUMNS = List.of(
            new Column("年初预算数", FundLine::initialBudget),
            new Column("全年预算数", FundLine::fullYearBudget),
            new Column("全年执行数", FundLine::executed));

    private record Column(String label, Function<FundLine, BigDecimal> value) {
    }

    @Override
    public List<Finding> check(Form form, FormFacts facts) {
        List<Finding> findings = new ArrayList<>();
        FundLine total = facts.total();
        if (total == null) {
            return findings;
        }
        List<FundLine> parts = form.funds().stream()
                .filter(f -> f.side() == total.side() && f != total)
                .toList();
        if (!parts.isEmpty()) {
            for (Column column : COLUMNS) {
                BigDecimal stated = column.value().apply(total);
                BigDecimal sum = sum(parts, column.value());
                if (sum != null && Findings.differ(stated, sum)) {
                    findings.add(Findings.of(FindingRule.FUND_SOURCES_SUM, Severity.WARNING,
                            sum, stated, total.line(), Map.of("column", column.label())));
                }
            }
        }
        if (form.kind() == FormKind.PROJECT_TARGET) {
            List<FundLine> items = form.funds().stream()
                    .filter(f -> f.side() == FundSide.EXPENSE)
                    .filter(f -> f.source() == FundSource.ITEM)
                    .toList();
            BigDecimal itemSum = sum(items, FundLine::fullYearBudget);
            if (itemSum != null && Findings.differ(total.fullYearBudget(), itemSum)) {
                findings.add(Findings.of(FindingRule.EXPENSE_ITEMS_SUM, Severity.WARNING, itemSum,
                        total.fullYearBudget(), items.get(0).line()));
            }
        }
        return findings;
    }

    private static BigDecimal sum(List<FundLine> lines, Function<FundLine, BigDecimal> value) {
        List<BigDecimal> values = lines.stream().map(value).filter(Objects::nonNull).toList();
        return values.isEmpty() ? null : values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
