package io.jixiao.reports.html;

/** One headline number of the report, already formatted. */
public record KeyFigure(String label, String value) {
}
