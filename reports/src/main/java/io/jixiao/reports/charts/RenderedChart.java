package io.jixiao.reports.charts;

/**
 * A chart drawn twice: PNG at twice the logical size (sharp on high-density screens and in print) and SVG.
 *
 * @param width  logical width in CSS pixels (the PNG is {@code 2 × width} pixels wide)
 * @param height logical height in CSS pixels
 */
public record RenderedChart(String name, String title, int width, int height, byte[] png, String svg) {
}
