package io.jixiao.reports.charts;

import io.jixiao.schema.vocabulary.IndicatorStatus;

/** How many indicators of an agency, in one level-1 / level-2 category, have a status. */
public record IndicatorCount(String unit, String level1, String level2, IndicatorStatus status, long count) {
}
