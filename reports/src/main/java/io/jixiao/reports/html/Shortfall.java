package io.jixiao.reports.html;

/** An indicator that was not (or only partly) met, with the reason the agency gave. */
public record Shortfall(String unit, String project, int year, String indicator, String target, String actual,
                        String deviationReason) {
}
