package io.jixiao.reports.charts;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;

import java.awt.Color;
import java.awt.Font;
import java.util.List;

/** Applies the house look to a chart: the CJK font everywhere, white background, subtitle, legend below. */
public final class ChartStyle {
    private ChartStyle() {
    }

    /** A line under the subtitle that says what the chart measures. Call after {@link #apply}. */
    public static void note(JFreeChart chart, String note) {
        if (note.isEmpty()) {
            return;
        }
        TextTitle title = new TextTitle(note);
        title.setFont(font(Font.PLAIN, 12f));
        title.setPaint(new Color(0x424242));
        chart.addSubtitle(1, title);
    }

    public static Font font(int style, float size) {
        return ChartFonts.cjk().deriveFont(style, size);
    }

    /**
     * Adds the subtitle (years and filters, plus {@code note} when not empty) and applies fonts and colours.
     * Call it before setting series colours: the theme resets renderer defaults.
     */
    public static void apply(JFreeChart chart, List<Integer> years, ChartOptions options, String note) {
        TextTitle subtitle = new TextTitle(ChartText.subtitle(years, options, note));
        subtitle.setPaint(Color.DARK_GRAY);
        chart.addSubtitle(0, subtitle);
        StandardChartTheme theme = new StandardChartTheme("jixiao");
        theme.setExtraLargeFont(font(Font.BOLD, 18f));
        theme.setLargeFont(font(Font.PLAIN, 13f));
        theme.setRegularFont(font(Font.PLAIN, 12f));
        theme.setSmallFont(font(Font.PLAIN, 10f));
        theme.setChartBackgroundPaint(Color.WHITE);
        theme.setPlotBackgroundPaint(Color.WHITE);
        theme.setDomainGridlinePaint(ChartPalette.GRID);
        theme.setRangeGridlinePaint(ChartPalette.GRID);
        theme.setBarPainter(new StandardBarPainter());
        theme.setShadowVisible(false);
        theme.apply(chart);
        subtitle.setFont(font(Font.PLAIN, 12f));
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            legend.setPosition(RectangleEdge.BOTTOM);
            legend.setFrame(org.jfree.chart.block.BlockBorder.NONE);
        }
    }
}
