package io.jixiao.jobs.read.scan;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;

/**
 * A page image in 8-bit grey with the level that separates ink from paper (Otsu's threshold over the whole page),
 * for the pixel work before OCR: finding the skew and the ruling lines.
 */
final class GrayPage {

    private final BufferedImage image;
    private final byte[] pixels;
    private final int width;
    private final int height;
    private final int inkLevel;

    private GrayPage(BufferedImage image) {
        this.image = image;
        this.pixels = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
        this.width = image.getWidth();
        this.height = image.getHeight();
        this.inkLevel = otsu(pixels);
    }

    /** A grey copy of the image: the reading whitens the ruling lines in it. */
    static GrayPage of(BufferedImage source) {
        return new GrayPage(copy(source));
    }

    private static BufferedImage copy(BufferedImage source) {
        BufferedImage gray = new BufferedImage(source.getWidth(), source.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D graphics = gray.createGraphics();
        graphics.drawImage(source, 0, 0, null);
        graphics.dispose();
        return gray;
    }

    BufferedImage image() {
        return image;
    }

    int width() {
        return width;
    }

    int height() {
        return height;
    }

    boolean isInk(int x, int y) {
        return (pixels[y * width + x] & 0xff) < inkLevel;
    }

    void whiten(int x, int y) {
        pixels[y * width + x] = (byte) 0xff;
    }

    /** The grey level that best splits the page's histogram in two (ink and paper). */
    private static int otsu(byte[] pixels) {
        long[] histogram = new long[256];
        for (byte pixel : pixels) {
            histogram[pixel & 0xff]++;
        }
        long total = pixels.length;
        double sum = 0;
        for (int level = 0; level < 256; level++) {
            sum += (double) level * histogram[level];
        }
        double sumBelow = 0;
        long below = 0;
        double best = -1;
        int threshold = 128;
        for (int level = 0; level < 256; level++) {
            below += histogram[level];
            if (below == 0) {
                continue;
            }
            long above = total - below;
            if (above == 0) {
                break;
            }
            sumBelow += (double) level * histogram[level];
            double meanBelow = sumBelow / below;
            double meanAbove = (sum - sumBelow) / above;
            double between = (double) below * above * (meanBelow - meanAbove) * (meanBelow - meanAbove);
            if (between > best) {
                best = between;
                threshold = level + 1;
            }
        }
        return threshold;
    }
}
