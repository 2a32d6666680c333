package io.jixiao.reports.charts;

import io.jixiao.schema.vocabulary.IndicatorStatus;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Many agencies over many years, made up (seeded) to check that charts stay legible at scale: the real
 * samples hold three agencies with one year each.
 */
final class SyntheticChartData {
    final List<UnitYearRate> rates = new ArrayList<>();
    final List<UnitBudget> budgets = new ArrayList<>();
    final List<IndicatorCount> indicators = new ArrayList<>();
    final List<FindingCount> findings = new ArrayList<>();
    final List<ScoreRatePoint> projects = new ArrayList<>();
    final List<String> units = new ArrayList<>();

    SyntheticChartData(int agencies, int firstYear, int lastYear, long seed) {
        Random random = new Random(seed);
        for (int a = 0; a < agencies; a++) {
            String unit = String.format("示例市第%d计量检定所", a + 1);
            units.add(unit);
            for (int year = firstYear; year <= lastYear; year++) {
                double budget = 50 + random.nextInt(2000);
                double rate = Math.min(100, 70 + random.nextDouble() * 32);
                rates.add(new UnitYearRate(unit, year, rate));
                budgets.add(new UnitBudget(unit, year, budget, budget * rate / 100));
                projects.add(new ScoreRatePoint(unit, "项目" + year, year, rate, Math.min(100, 75 + random.nextDouble() * 26)));
            }
            for (IndicatorStatus status : IndicatorStatus.values()) {
                indicators.add(new IndicatorCount(unit, "产出指标", "数量指标", status, random.nextInt(6)));
            }
            findings.add(new FindingCount(unit, "error", random.nextInt(3)));
            findings.add(new FindingCount(unit, "warning", random.nextInt(5)));
        }
    }
}
