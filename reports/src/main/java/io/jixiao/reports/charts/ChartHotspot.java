package io.jixiao.reports.charts;

import static java.util.Objects.requireNonNull;

/**
 * A place on a chart that names what is drawn there (a bar, a point, a cell), in percent of the chart's size so that
 * it stays on its mark however wide the image is shown.
 *
 * @param tip  what a reader hovering there is told, e.g. "某单位 2023：执行率 68.50%"
 * @param link where a click leads within the report (e.g. {@code #agency-1a2b3c4d}); "" for nowhere
 */
public record ChartHotspot(double left, double top, double width, double height, String tip, String link) {
    public ChartHotspot {
        requireNonNull(tip, "tip");
        requireNonNull(link, "link");
    }
}
