package io.jixiao.reports.charts;

/** One self-evaluated project: its execution rate (%) and its total self-evaluation score (of 100). */
public record ScoreRatePoint(String unit, String project, int year, double executionRate, double score) {
}
