package io.jixiao.reports.charts;

/** How many data-quality findings of a severity ({@code error}, {@code warning}, {@code info}) an agency has. */
public record FindingCount(String unit, String severity, long count) {
}
