package io.jixiao.corpus.generate;

import io.jixiao.corpus.generate.IndicatorTemplate.Outcome;
import io.jixiao.corpus.generate.IndicatorTemplate.Style;
import io.jixiao.schema.model.Form;
import io.jixiao.schema.vocabulary.FormKind;
import io.jixiao.schema.vocabulary.Grade;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Writes one project self-evaluation (项目支出绩效自评表): header, fund table with execution rate and score, goal
 * texts, indicator table, total and grade. Shanghai's layout in tab or pipe rows (amounts with two decimals,
 * 评分等级 row), Changji's in one cell per line (plain numbers, rates with %, a two-line indicator header, no grade).
 * Most projects spend 85–100% of their budget; a few far less. A few forms carry the slips real forms have: a
 * missing 年初预算数, a total that is not the sum of its sources, a rate computed on the wrong budget, a total score
 * that does not add up.
 */
final class SelfEvaluationWriter {

    private static final BigDecimal EXECUTION_WEIGHT = BigDecimal.TEN;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private record Source(String label, String code, BigDecimal initial, BigDecimal fullYear, BigDecimal executed) {
    }

    private final SheetLayout layout;
    private final Random random;
    private final boolean changji;
    private final AmountUnit amounts;
    private final boolean pageBreaks;

    SelfEvaluationWriter(SheetLayout layout, AmountUnit amounts, Random random) {
        this(layout, amounts, random, true);
    }

    /** Without {@code pageBreaks} no row is split over a page break: a shape that rebuilds the text makes its own. */
    SelfEvaluationWriter(SheetLayout layout, AmountUnit amounts, Random random, boolean pageBreaks) {
        this.layout = layout;
        this.amounts = amounts;
        this.random = random;
        this.changji = layout == SheetLayout.CELL_PER_LINE;
        this.pageBreaks = pageBreaks;
    }

    Form write(DocumentText text, Agency agency, String project, int year) {
        double quality = agency.quality(year);
        FormSheet sheet = changji
                ? new FormSheet(layout, text, amounts, "项目支出绩效自评表", "（" + year + "年度）")
                : new FormSheet(layout, text, amounts, "财政项目支出绩效自评表", "(" + year + "年度)");
        String department = agency.department(year);
        String unit = agency.unit(year);
        if (changji) {
            sheet.row("项目名称", project);
            sheet.row("主管部门", department, "实施单位", unit);
        } else {
            sheet.row("项目名称", project, "", "", "", "", "", "");
            sheet.row("主管部门", department, "", "", "实施单位", unit, "", "");
        }

        BigDecimal executionRate = funds(sheet, quality);
        BigDecimal executionScore = sheet.funds.get(0).score();

        String expected = "围绕" + project + "年度任务，按计划推进各项工作，确保资金使用规范、任务按期完成，为"
                + agency.region().name() + "相关领域发展提供有力保障。";
        String actual = year + "年度，" + unit + "按计划实施" + project + "，完成年度主要绩效目标，资金执行率"
                + Cells.plain(executionRate) + "%。";
        if (changji) {
            sheet.row("年度总体目标", "预期目标", "实际完成情况");
            sheet.row("", expected, actual);
        } else {
            sheet.row("年度 总体 目标", "预期目标", "", "", "实际完成情况", "", "", "");
            sheet.row("", "<p>" + expected + "</p>", "", "", actual, "", "", "");
        }

        BigDecimal indicatorScores = indicators(sheet, quality, year, executionRate);
        BigDecimal total = executionScore.add(indicatorScores);
        if (random.nextDouble() < 0.02) {
            total = total.add(BigDecimal.valueOf(1.5)).min(HUNDRED);
        }
        String totalCell = changji ? Cells.plain(total) : Cells.fixed(total);
        BigDecimal totalScore = Cells.value(totalCell);
        String grade = null;
        if (changji) {
            sheet.row("总分", "100", totalCell, "");
        } else {
            sheet.row("总分", "", "", "", "", "100.00", totalCell, "");
            grade = Grade.forScore(totalScore).chinese();
            sheet.row("评分等级", grade, "", "", "", "", "", "");
        }
        return sheet.form(FormKind.PROJECT_SELF_EVALUATION, year, agency.region())
                .department(department)
                .unit(unit)
                .project(project)
                .totalScore(totalScore)
                .grade(grade)
                .texts(Map.of("goal_expected", expected, "goal_actual", actual))
                .build();
    }

    /** Writes the fund table; returns the execution rate of the total as written. */
    private BigDecimal funds(FormSheet sheet, double quality) {
        double budget = Math.exp(Math.log(8) + random.nextDouble() * (Math.log(900) - Math.log(8)));
        double rate = executionRate(quality);
        double carryover = random.nextDouble() < 0.25 ? budget * (0.05 + random.nextDouble() * 0.25) : 0;
        double other = random.nextDouble() < 0.12 ? budget * (0.05 + random.nextDouble() * 0.35) : 0;
        boolean adjusted = random.nextDouble() < 0.25;
        List<Source> sources = new ArrayList<>();
        sources.add(source("其中：当年财政拨款", "appropriation", budget - carryover - other, rate, adjusted));
        sources.add(source("上年结转资金", "carryover", carryover, rate - random.nextDouble() * 10, adjusted));
        sources.add(source("其他资金", "other", other, rate, adjusted));

        BigDecimal initial = BigDecimal.ZERO;
        BigDecimal fullYear = BigDecimal.ZERO;
        BigDecimal executed = BigDecimal.ZERO;
        for (Source source : sources) {
            initial = initial.add(source.initial());
            fullYear = fullYear.add(source.fullYear());
            executed = executed.add(source.executed());
        }
        if (random.nextDouble() < 0.03) {
            // the total leaves out the other funds, or is simply off: the sum check will flag it
            fullYear = other > 0 ? fullYear.subtract(sources.get(2).fullYear()) : fullYear.add(BigDecimal.ONE);
        }
        BigDecimal totalRate = percent(executed, fullYear);
        if (random.nextDouble() < 0.03 && initial.signum() > 0) {
            totalRate = percent(executed, initial);
        }
        String weight = changji ? "10" : "10.00";
        String rateCell = rateCell(totalRate, fullYear);
        BigDecimal writtenRate = Cells.value(rateCell);
        BigDecimal score = EXECUTION_WEIGHT.multiply(writtenRate.min(HUNDRED)).divide(HUNDRED)
                .setScale(2, java.math.RoundingMode.HALF_UP);
        String scoreCell = changji ? Cells.plain(score) : Cells.fixed(score);
        String initialCell = random.nextDouble() < 0.04 ? "" : amount(initial);

        if (changji) {
            sheet.row(amounts.header("项目资金       （万元）"), "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分");
        } else {
            sheet.row(amounts.header("项目资金 (万元)"), "", "年初预算数", "全年预算数", "全年执行数", "分数", "执行率(%)", "得分");
        }
        String totalLabel = changji || random.nextBoolean() ? "年度资金总额" : "年度资金总额:";
        fundRow(sheet, "total", totalLabel, initialCell, amount(fullYear), amount(executed), weight, rateCell,
                scoreCell);
        String none = changji ? "—" : "-";
        for (Source source : sources) {
            boolean zero = source.fullYear().signum() == 0;
            String label = changji && !source.code().equals("appropriation") ? "      " + source.label()
                    : source.label();
            if (changji && zero) {
                fundRow(sheet, source.code(), label, "", "", "", none, "", none);
            } else {
                fundRow(sheet, source.code(), label, amount(source.initial()), amount(source.fullYear()),
                        amount(source.executed()), none, rateCell(percent(source.executed(), source.fullYear()),
                                source.fullYear()), none);
            }
        }
        return writtenRate;
    }

    private void fundRow(FormSheet sheet, String source, String label, String initial, String fullYear,
                         String executed, String weight, String rate, String score) {
        sheet.fund("budget", source, 1, amounts.read(initial), amounts.read(fullYear), amounts.read(executed), null,
                Cells.value(weight), Cells.value(rate), Cells.value(score),
                "", label, initial, fullYear, executed, weight, rate, score);
    }

    private Source source(String label, String code, double amount, double rate, boolean adjusted) {
        BigDecimal fullYear = money(amount);
        BigDecimal initial = adjusted ? money(amount * (0.7 + random.nextDouble() * 0.4)) : fullYear;
        double sourceRate = Math.max(0, Math.min(100, rate + (random.nextDouble() - 0.5) * 2));
        BigDecimal executed = money(amount * sourceRate / 100).min(fullYear);
        return new Source(label, code, initial, fullYear, executed);
    }

    /** Most projects 85–100 %, better run units nearer 100; about one in twenty far below. */
    private double executionRate(double quality) {
        if (random.nextDouble() < 0.02 + (1 - quality) * 0.07) {
            return 30 + random.nextDouble() * 55;
        }
        if (random.nextDouble() < 0.3 * quality) {
            return 100;
        }
        return Math.max(85, 100 - Math.abs(random.nextGaussian()) * (1 + (1 - quality) * 7));
    }

    private BigDecimal money(double amount) {
        return changji ? BigDecimal.valueOf(Math.round(amount * 10) / 10.0).setScale(1, java.math.RoundingMode.HALF_UP)
                : Cells.round(amount);
    }

    private String amount(BigDecimal value) {
        return amounts.cell(value, changji ? Cells::plain : Cells::fixed);
    }

    private String rateCell(BigDecimal rate, BigDecimal base) {
        if (changji) {
            return base.signum() == 0 ? "" : Cells.plain(rate) + "%";
        }
        return rate.signum() == 0 && random.nextBoolean() ? "0" : Cells.fixed(rate);
    }

    private static BigDecimal percent(BigDecimal part, BigDecimal whole) {
        if (whole.signum() == 0) {
            return BigDecimal.ZERO;
        }
        return part.multiply(HUNDRED).divide(whole, 2, java.math.RoundingMode.HALF_UP);
    }

    /** Writes the indicator table; returns the sum of the indicator scores as written. */
    private BigDecimal indicators(FormSheet sheet, double quality, int year, BigDecimal executionRate) {
        List<String[]> levels = new ArrayList<>();
        List<IndicatorTemplate> chosen = new ArrayList<>();
        boolean costLevel1 = year >= 2021;
        pick(chosen, levels, IndicatorCatalog.QUANTITY, 2, "产出指标", null);
        pick(chosen, levels, IndicatorCatalog.QUALITY, 1 + random.nextInt(2), "产出指标", null);
        pick(chosen, levels, IndicatorCatalog.TIMELINESS, 1, "产出指标", null);
        if (random.nextDouble() < 0.6) {
            pick(chosen, levels, IndicatorCatalog.COST, 1, costLevel1 ? "成本指标" : "产出指标",
                    costLevel1 ? "经济成本指标" : null);
        }
        if (random.nextDouble() < 0.3) {
            pick(chosen, levels, IndicatorCatalog.ECONOMIC, 1, "效益指标", null);
        } else if (changji && random.nextDouble() < 0.4) {
            // Changji forms keep the category's row and fill it with "/" when no indicator applies
            chosen.add(null);
            levels.add(new String[] {"效益指标", "经济效益指标"});
        }
        pick(chosen, levels, IndicatorCatalog.SOCIAL, 1 + random.nextInt(2), "效益指标", null);
        if (random.nextDouble() < 0.2) {
            pick(chosen, levels, IndicatorCatalog.ECOLOGICAL, 1, "效益指标", null);
        }
        if (random.nextDouble() < 0.5) {
            pick(chosen, levels, IndicatorCatalog.SUSTAINABLE, 1, "效益指标", null);
        }
        pick(chosen, levels, IndicatorCatalog.SATISFACTION, 1, "满意度指标", null);
        int[] weights = weights((int) chosen.stream().filter(java.util.Objects::nonNull).count());
        int weighted = 0;

        if (changji) {
            sheet.row("绩              效    指    标", "一级指标", "二级指标", "三级指标", "年度", "实际", "分值", "得分",
                    "偏差原因分析及改进措施");
            sheet.row("", "", "", "", "指标值", "完成值", "", "", "");
        } else {
            sheet.row("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施");
        }
        Style style = changji ? Style.PLAIN_NUMBER : random.nextBoolean() ? Style.PARENTHESES : Style.BARE;
        double shortfall = 0.03 + (1 - quality) * 0.12 + (executionRate.doubleValue() < 85 ? 0.1 : 0);
        boolean split = (!changji ? random.nextDouble() < 0.15 : random.nextDouble() < 0.3) && pageBreaks;
        String lastLevel1 = null;
        String lastLevel2 = null;
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i < chosen.size(); i++) {
            IndicatorTemplate template = chosen.get(i);
            String level1 = levels.get(i)[0];
            String level2 = levels.get(i)[1];
            if (template == null) {
                notApplicable(sheet, level1.equals(lastLevel1) ? "" : level1, level1, level2);
                lastLevel1 = level1;
                lastLevel2 = level2;
                continue;
            }
            Outcome outcome = random.nextDouble() >= shortfall ? Outcome.MET
                    : random.nextBoolean() ? Outcome.PARTIAL : Outcome.UNMET;
            IndicatorTemplate.Cells cells = template.make(random, outcome, style);
            int points = weights[weighted++];
            BigDecimal weight = BigDecimal.valueOf(points);
            BigDecimal score = Cells.round(points * Math.max(0, Math.min(1, cells.scoreRatio())));
            String weightCell = changji ? Cells.plain(weight) : Cells.fixed(weight);
            String scoreCell = changji ? Cells.plain(score) : Cells.fixed(score);
            String reason = outcome == Outcome.MET ? null
                    : IndicatorCatalog.REASONS.get(random.nextInt(IndicatorCatalog.REASONS.size()));
            String reasonCell = reason != null ? reason : changji ? "/" : "";
            String level1Cell = level1.equals(lastLevel1) ? "" : level1;
            String level2Cell = level2.equals(lastLevel2) && level1Cell.isEmpty() ? "" : level2;
            List<String> row = new ArrayList<>(List.of(level1Cell, level2Cell, template.name(), cells.target(),
                    cells.actual(), weightCell, scoreCell, reasonCell));
            if (changji) {
                row.add(0, "");
            }
            int levelCell = changji ? 1 : 0;
            SheetRow sheetRow = split && level1Cell.equals("效益指标")
                    ? new SheetRow(row, levelCell, 2) : new SheetRow(row, -1, 0);
            if (sheetRow.isSplit()) {
                split = false;
            }
            sheet.indicator(sheetRow, level1, level2, null, template.name(), cells.target(), null, cells.actual(),
                    Cells.value(weightCell), Cells.value(scoreCell), reason);
            sum = sum.add(Cells.value(scoreCell));
            lastLevel1 = level1;
            lastLevel2 = level2;
        }
        return sum;
    }

    /** A category row with "/" in every cell: read by the header's columns, its name is "/" too. */
    private static void notApplicable(FormSheet sheet, String level1Cell, String level1, String level2) {
        sheet.indicator(SheetRow.of("", level1Cell, level2, "/", "/", "/", "/", "/", "/"), level1, level2, null, "/",
                "/", null, "/", null, null, null);
    }

    private void pick(List<IndicatorTemplate> chosen, List<String[]> levels, List<IndicatorTemplate> from, int count,
                      String level1, String level2) {
        List<IndicatorTemplate> pool = new ArrayList<>(from);
        for (int i = 0; i < count && !pool.isEmpty(); i++) {
            IndicatorTemplate template = pool.remove(random.nextInt(pool.size()));
            chosen.add(template);
            levels.add(new String[] {level1, level2 != null ? level2 : template.level2()});
        }
    }

    /** Weights in fives that add up to 90 (the execution rate weighs the other 10). */
    private int[] weights(int count) {
        int[] weights = new int[count];
        java.util.Arrays.fill(weights, 5);
        for (int left = 90 - 5 * count; left > 0; left -= 5) {
            weights[random.nextInt(count)] += 5;
        }
        return weights;
    }
}
