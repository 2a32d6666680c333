package io.jixiao.reports.charts;

import org.apache.batik.dom.GenericDOMImplementation;
import org.apache.batik.svggen.SVGGeneratorContext;
import org.apache.batik.svggen.SVGGraphics2D;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.entity.ChartEntity;
import org.jfree.chart.entity.StandardEntityCollection;
import org.w3c.dom.Document;

import javax.imageio.ImageIO;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** Draws a chart as PNG (Java2D, scale 2) and as SVG (Apache Batik's SVGGraphics2D; text stays text). */
public final class ChartRenderer {
    static final int SCALE = 2;

    private ChartRenderer() {
    }

    /** Hotspots smaller than this (a line's point) grow to it, in CSS pixels, so a pointer can find them. */
    static final double MIN_HOTSPOT = 12;

    public static RenderedChart render(ChartFigure figure) {
        ChartRenderingInfo info = new ChartRenderingInfo(new StandardEntityCollection());
        byte[] png = png(figure, info);
        return new RenderedChart(figure.name(), figure.title(), figure.width(), figure.height(),
                png, svg(figure), hotspots(info, figure));
    }

    /** The drawn items that carry a tooltip (the charts set tooltip generators on what a reader may ask about). */
    static List<ChartHotspot> hotspots(ChartRenderingInfo info, ChartFigure figure) {
        List<ChartHotspot> hotspots = new ArrayList<>();
        for (Object item : info.getEntityCollection().getEntities()) {
            ChartEntity entity = (ChartEntity) item;
            String tip = entity.getToolTipText();
            if (tip == null || tip.isBlank()) {
                continue;
            }
            Rectangle2D box = entity.getArea().getBounds2D();
            double width = Math.max(box.getWidth(), MIN_HOTSPOT);
            double height = Math.max(box.getHeight(), MIN_HOTSPOT);
            double left = Math.max(0, box.getCenterX() - width / 2);
            double top = Math.max(0, box.getCenterY() - height / 2);
            hotspots.add(new ChartHotspot(100 * left / figure.width(), 100 * top / figure.height(),
                    100 * width / figure.width(), 100 * height / figure.height(), tip,
                    entity.getURLText() == null ? "" : entity.getURLText()));
        }
        return hotspots;
    }

    static byte[] png(ChartFigure figure) {
        return png(figure, null);
    }

    static byte[] png(ChartFigure figure, ChartRenderingInfo info) {
        BufferedImage image = new BufferedImage(figure.width() * SCALE, figure.height() * SCALE,
                BufferedImage.TYPE_INT_RGB);
        Graphics2D g2 = image.createGraphics();
        try {
            g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g2.scale(SCALE, SCALE);
            figure.chart().draw(g2, new Rectangle(0, 0, figure.width(), figure.height()), info);
        } finally {
            g2.dispose();
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot encode chart " + figure.name() + " as PNG", e);
        }
        return bytes.toByteArray();
    }

    static String svg(ChartFigure figure) {
        Document document = GenericDOMImplementation.getDOMImplementation()
                .createDocument("http://www.w3.org/2000/svg", "svg", null);
        SVGGeneratorContext context = SVGGeneratorContext.createDefault(document);
        context.setComment("Jixiao chart: " + figure.name());
        context.setEmbeddedFontsOn(false);
        SVGGraphics2D g2 = new SVGGraphics2D(context, false);
        g2.setSVGCanvasSize(new java.awt.Dimension(figure.width(), figure.height()));
        draw(figure.chart(), g2, figure);
        StringWriter writer = new StringWriter();
        try {
            // presentation attributes, not CSS: Batik's CSS styler walks each group's children by index over a
            // linked list, quadratic in the points of a scatter (26,000 projects: 15 s of a 20 s report)
            g2.stream(writer, false);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write chart " + figure.name() + " as SVG", e);
        } finally {
            g2.dispose();
        }
        return writer.toString();
    }

    private static void draw(JFreeChart chart, Graphics2D g2, ChartFigure figure) {
        chart.draw(g2, new Rectangle(0, 0, figure.width(), figure.height()));
    }
}
