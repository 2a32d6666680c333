package io.jixiao.reports.charts;

import io.jixiao.schema.vocabulary.Grade;

/** How many self-evaluated projects of a region and year earned a grade. */
public record GradeCount(String region, int year, Grade grade, long count) {
}
