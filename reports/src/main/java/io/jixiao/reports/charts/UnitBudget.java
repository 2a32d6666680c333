package io.jixiao.reports.charts;

/** An agency's full-year budget and executed amount of one year, in 万元. */
public record UnitBudget(String unit, int year, double budget, double executed) {
}
