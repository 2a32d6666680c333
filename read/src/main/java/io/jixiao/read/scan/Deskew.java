package io.jixiao.read.scan;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.util.Arrays;

/**
 * Straightens a page scanned a little askew, so that a table's rows run level and its columns plumb: the angle is the
 * one whose projection of the ink onto the vertical axis is sharpest (text lines and rules fall into few rows), tried
 * in steps of 0.1° within ±{@link #MAX_DEGREES}°.
 */
final class Deskew {

    static final double MAX_DEGREES = 3.0;
    private static final double STEP_DEGREES = 0.1;
    /** Below this the page is left as it is: rows stay within a pixel or two across an A4 page. */
    private static final double NEGLIGIBLE_DEGREES = 0.05;
    /** Every SAMPLE-th pixel in each direction is enough to find the angle. */
    private static final int SAMPLE = 2;

    private Deskew() {
    }

    /** The page's skew in degrees: positive where the lines fall to the right. */
    static double angle(GrayPage page) {
        int[] xs = new int[page.width() * page.height() / (SAMPLE * SAMPLE) + 1];
        int[] ys = new int[xs.length];
        int ink = 0;
        for (int y = 0; y < page.height(); y += SAMPLE) {
            for (int x = 0; x < page.width(); x += SAMPLE) {
                if (page.isInk(x, y)) {
                    xs[ink] = x;
                    ys[ink] = y;
                    ink++;
                }
            }
        }
        double bestAngle = 0;
        double bestScore = -1;
        int steps = (int) Math.round(MAX_DEGREES / STEP_DEGREES);
        int margin = (int) Math.ceil(page.width() * Math.sin(Math.toRadians(MAX_DEGREES))) + 1;
        long[] bins = new long[page.height() + 2 * margin];
        for (int step = -steps; step <= steps; step++) {
            double radians = Math.toRadians(step * STEP_DEGREES);
            double sin = Math.sin(radians);
            double cos = Math.cos(radians);
            Arrays.fill(bins, 0);
            for (int i = 0; i < ink; i++) {
                int bin = (int) Math.round(ys[i] * cos - xs[i] * sin) + margin;
                if (bin >= 0 && bin < bins.length) {
                    bins[bin]++;
                }
            }
            double score = 0;
            for (long count : bins) {
                score += (double) count * count;
            }
            if (score > bestScore) {
                bestScore = score;
                bestAngle = step * STEP_DEGREES;
            }
        }
        return bestAngle;
    }

    /** The page turned back by its skew, paper-white where the turn uncovers the corners; the page itself if level. */
    static BufferedImage straighten(BufferedImage page, double degrees) {
        if (Math.abs(degrees) < NEGLIGIBLE_DEGREES) {
            return page;
        }
        BufferedImage level = new BufferedImage(page.getWidth(), page.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D graphics = level.createGraphics();
        graphics.setColor(Color.WHITE);
        graphics.fillRect(0, 0, page.getWidth(), page.getHeight());
        graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        graphics.drawImage(page, AffineTransform.getRotateInstance(Math.toRadians(-degrees), page.getWidth() / 2.0,
                page.getHeight() / 2.0), null);
        graphics.dispose();
        return level;
    }
}
