package io.jixiao.reports.html;

/**
 * An indicator that was not (or only partly) met, with the reason the agency gave.
 *
 * @param pointsLost its weight less its score (0 when either is missing, or when an unmet indicator kept its
 *                   full score)
 * @param source     the document's file name and the indicator's line, e.g. {@code 002_13d1e6413ad98fbc.txt:153};
 *                   "" where unknown
 */
public record Shortfall(String unit, String project, int year, String indicator, String target, String actual,
                        String deviationReason, double pointsLost, String source) {
    public Shortfall(String unit, String project, int year, String indicator, String target, String actual,
                     String deviationReason, double pointsLost) {
        this(unit, project, year, indicator, target, actual, deviationReason, pointsLost, "");
    }
}
