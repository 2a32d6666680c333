package io.jixiao.reports.charts;

/**
 * An agency's execution rate (全年执行数 / 全年预算数 × 100) over all its projects of one year.
 *
 * @param previousYear the agency's latest earlier year in the warehouse; null for its first
 * @param change       the rate's change since {@code previousYear}, in percentage points; null without one
 */
public record UnitYearRate(String unit, int year, double rate, Integer previousYear, Double change) {
    public UnitYearRate(String unit, int year, double rate) {
        this(unit, year, rate, null, null);
    }
}
