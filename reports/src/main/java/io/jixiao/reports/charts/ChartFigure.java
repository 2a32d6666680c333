package io.jixiao.reports.charts;

import org.jfree.chart.JFreeChart;

/**
 * A chart ready to draw, with its logical size in CSS pixels.
 *
 * @param name a file-name-safe identifier, e.g. {@code execution-rate-trend}
 */
public record ChartFigure(String name, JFreeChart chart, int width, int height) {
    public ChartFigure {
        if (!name.matches("[a-z0-9-]+")) {
            throw new IllegalArgumentException("Chart name must be lowercase letters, digits and '-': " + name);
        }
    }

    public String title() {
        return chart.getTitle() == null ? name : chart.getTitle().getText();
    }
}
