package io.jixiao.reports.html;

/**
 * An indicator that was not (or only partly) met, with the reason the agency gave.
 *
 * @param pointsLost its weight less its score (0 when either is missing, or when an unmet indicator kept its
 *                   full score)
 */
public record Shortfall(String unit, String project, int year, String indicator, String target, String actual,
                        String deviationReason, double pointsLost) {
}
