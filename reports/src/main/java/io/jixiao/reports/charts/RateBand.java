package io.jixiao.reports.charts;

import java.awt.Color;

/**
 * The bands a rate (execution or indicator completion, in %) is read in: at least 90 is the usual bar of a good year
 * (the 90% reference of the self-evaluation), below 60 fails. Colours from the Okabe–Ito palette, which readers with
 * any common colour-vision deficiency tell apart; the HTML report uses the same colours through {@link #cssClass()}.
 */
public enum RateBand {
    LOW(Double.NEGATIVE_INFINITY, 60, new Color(0xD55E00), "低于 60%", "below 60%"),
    FAIR(60, 80, new Color(0xE69F00), "60%–80%", "60%–80%"),
    CLOSE(80, 90, new Color(0xF0E442), "80%–90%", "80%–90%"),
    GOOD(90, Double.POSITIVE_INFINITY, new Color(0x009E73), "90% 及以上", "90% and above");

    private final double from;
    private final double below;
    private final Color colour;
    private final String zh;
    private final String en;

    RateBand(double from, double below, Color colour, String zh, String en) {
        this.from = from;
        this.below = below;
        this.colour = colour;
        this.zh = zh;
        this.en = en;
    }

    public static RateBand of(double rate) {
        for (RateBand band : values()) {
            if (rate >= band.from && rate < band.below) {
                return band;
            }
        }
        throw new IllegalArgumentException("not a rate: " + rate);
    }

    /** The band's lowest rate (negative infinity for the lowest band). */
    public double from() {
        return from;
    }

    public Color colour() {
        return colour;
    }

    public String label(Lang lang) {
        return lang == Lang.ZH ? zh : en;
    }

    /** The class the HTML report styles with this band's colour, e.g. {@code band-low}. */
    public String cssClass() {
        return "band-" + name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The colour as CSS writes it, e.g. {@code #d55e00}. */
    public String cssColour() {
        return String.format(java.util.Locale.ROOT, "#%06x", colour.getRGB() & 0xFFFFFF);
    }
}
