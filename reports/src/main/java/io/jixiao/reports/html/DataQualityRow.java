package io.jixiao.reports.html;

/**
 * One data-quality finding as the report lists it.
 *
 * @param severity {@code error}, {@code warning} or {@code info}
 * @param source   where in the source document, e.g. {@code 002_13d1e6413ad98fbc.txt:153}
 */
public record DataQualityRow(String unit, String project, int year, String rule, String severity, String message,
                             String expected, String actual, String source) {
}
