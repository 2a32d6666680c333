package io.jixiao.reports.charts;

/** An agency's execution rate (全年执行数 / 全年预算数 × 100) over all its projects of one year. */
public record UnitYearRate(String unit, int year, double rate) {
}
