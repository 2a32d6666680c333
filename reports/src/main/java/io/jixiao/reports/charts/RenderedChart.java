package io.jixiao.reports.charts;

import java.util.List;

/**
 * A chart drawn twice: PNG at twice the logical size (sharp on high-density screens and in print) and SVG.
 *
 * @param width    logical width in CSS pixels (the PNG is {@code 2 × width} pixels wide)
 * @param height   logical height in CSS pixels
 * @param hotspots the marks that tell what they are on hover, and link to the drill-down
 */
public record RenderedChart(String name, String title, int width, int height, byte[] png, String svg,
                            List<ChartHotspot> hotspots) {
    public RenderedChart {
        hotspots = List.copyOf(hotspots);
    }

    public RenderedChart(String name, String title, int width, int height, byte[] png, String svg) {
        this(name, title, width, height, png, svg, List.of());
    }
}
