package io.jixiao.read.scan;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.util.Arrays;

/**
 * A page image in 8-bit grey, its paper made evenly white (a scan's light falls off towards an edge or a corner, and
 * one threshold over the page would turn the dark corner into ink), with the level that separates ink from paper
 * (Otsu's threshold over the page), for the pixel work before OCR: finding the skew and the ruling lines. Tesseract
 * reads the flattened page too.
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

    /** A grey copy of the image with its paper flattened: the reading whitens the ruling lines in it. */
    static GrayPage of(BufferedImage source) {
        BufferedImage gray = copy(source);
        flatten(((DataBufferByte) gray.getRaster().getDataBuffer()).getData(), gray.getWidth(), gray.getHeight());
        return new GrayPage(gray);
    }

    /** Blocks this many pixels square estimate the paper's level: larger than a character, smaller than the light's fall. */
    private static final int BLOCK = 48;

    /**
     * Divides each pixel by the paper's level around it: the brightest pixels of its block (the 90th percentile) and of
     * the blocks beside it, so that a block filled with text still finds paper.
     */
    private static void flatten(byte[] pixels, int width, int height) {
        int columns = (width + BLOCK - 1) / BLOCK;
        int rows = (height + BLOCK - 1) / BLOCK;
        int[] paper = new int[columns * rows];
        int[] histogram = new int[256];
        for (int by = 0; by < rows; by++) {
            for (int bx = 0; bx < columns; bx++) {
                Arrays.fill(histogram, 0);
                int count = 0;
                for (int y = by * BLOCK; y < Math.min(height, (by + 1) * BLOCK); y++) {
                    for (int x = bx * BLOCK; x < Math.min(width, (bx + 1) * BLOCK); x++) {
                        histogram[pixels[y * width + x] & 0xff]++;
                        count++;
                    }
                }
                int above = count / 10;
                int level = 255;
                while (level > 0 && (above -= histogram[level]) > 0) {
                    level--;
                }
                paper[by * columns + bx] = level;
            }
        }
        int[] around = new int[paper.length];
        for (int by = 0; by < rows; by++) {
            for (int bx = 0; bx < columns; bx++) {
                int best = 0;
                for (int dy = -1; dy <= 1; dy++) {
                    for (int dx = -1; dx <= 1; dx++) {
                        int y = by + dy;
                        int x = bx + dx;
                        if (y >= 0 && y < rows && x >= 0 && x < columns) {
                            best = Math.max(best, paper[y * columns + x]);
                        }
                    }
                }
                around[by * columns + bx] = Math.max(1, best);
            }
        }
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int level = around[(y / BLOCK) * columns + x / BLOCK];
                int value = (pixels[y * width + x] & 0xff) * 255 / level;
                pixels[y * width + x] = (byte) Math.min(255, value);
            }
        }
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
