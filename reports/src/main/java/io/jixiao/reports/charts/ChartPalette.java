package io.jixiao.reports.charts;

import io.jixiao.schema.vocabulary.Grade;
import io.jixiao.schema.vocabulary.IndicatorStatus;

import java.awt.Color;
import java.util.List;

/**
 * The colours every chart uses for the same thing: met is always green, unmet always vermillion. The status and grade
 * colours are the Okabe–Ito palette's, which readers with a common colour-vision deficiency still tell apart.
 */
public final class ChartPalette {
    public static final Color GREEN = new Color(0x009E73);
    public static final Color SKY_BLUE = new Color(0x56B4E9);
    public static final Color VERMILLION = new Color(0xD55E00);
    public static final Color OKABE_ORANGE = new Color(0xE69F00);
    public static final Color OKABE_BLUE = new Color(0x0072B2);
    public static final Color LIGHT_GREEN = new Color(0x8BC34A);
    public static final Color AMBER = new Color(0xF9A825);
    public static final Color ORANGE = new Color(0xEF6C00);
    public static final Color RED = new Color(0xC62828);
    public static final Color DARK_RED = new Color(0x7F0000);
    public static final Color BLUE = new Color(0x1565C0);
    public static final Color GREY = new Color(0x9E9E9E);
    public static final Color LIGHT_GREY = new Color(0xD7CCC8);
    public static final Color BUDGET = new Color(0x90A4AE);
    public static final Color EXECUTED = BLUE;
    public static final Color REFERENCE = new Color(0xC62828);
    public static final Color GRID = new Color(0xE0E0E0);
    /** Others, the aggregate of the agencies not shown by name. */
    public static final Color OTHERS = new Color(0x616161);

    /** Distinct line colours (Tableau 10) for agencies. */
    public static final List<Color> SERIES = List.of(
            new Color(0x4E79A7), new Color(0xF28E2B), new Color(0xE15759), new Color(0x76B7B2),
            new Color(0x59A14F), new Color(0xEDC948), new Color(0xB07AA1), new Color(0xFF9DA7),
            new Color(0x9C755F), new Color(0xBAB0AC));

    private ChartPalette() {
    }

    public static Color series(int index) {
        return SERIES.get(index % SERIES.size());
    }

    public static Color of(IndicatorStatus status) {
        return switch (status) {
            case MET -> GREEN;
            case PARTIAL -> OKABE_ORANGE;
            case UNMET -> VERMILLION;
            case QUALITATIVE -> OKABE_BLUE;
            case UNKNOWN -> GREY;
            case NOT_APPLICABLE -> LIGHT_GREY;
        };
    }

    public static Color of(Grade grade) {
        return switch (grade) {
            case EXCELLENT -> GREEN;
            case GOOD -> SKY_BLUE;
            case FAIR -> OKABE_ORANGE;
            case POOR -> VERMILLION;
        };
    }

    /** Black or white, whichever reads better on {@code background}. */
    public static Color textOn(Color background) {
        double luminance = 0.299 * background.getRed() + 0.587 * background.getGreen()
                + 0.114 * background.getBlue();
        return luminance > 150 ? Color.BLACK : Color.WHITE;
    }

    public static Color ofSeverity(String severity) {
        return switch (severity) {
            case "error" -> RED;
            case "warning" -> AMBER;
            default -> BLUE;
        };
    }
}
