package io.jixiao.read.scan;

import io.jixiao.corpus.convert.DocumentConverter;
import io.jixiao.read.Samples;
import io.jixiao.read.binary.DocumentFormat;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.Point;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOInvalidTreeException;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataFormatImpl;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * The real samples as an office scanner delivers them: each sample written as a PDF by {@link DocumentConverter},
 * its pages rendered in grayscale ({@link #pages}), and, for the bad scans of real life, {@link #degraded}: the paper
 * a degree or two askew, lit unevenly, a red official seal (公章) pressed over table cells of the first page, ticks
 * by hand in the margins, the optics' blur and the sensor's noise. Also the files a scanner writes: an image-only
 * PDF, PNG, multi-page TIFF and JPEG, each with its resolution recorded (Tesseract reads it from there).
 *
 * <p>Sizes are in millimetres of paper, so a page rendered at another resolution gets a seal of the same real size.
 * Everything random comes from the seed: the same page and seed give the same pixels.
 */
public final class ScannedSamples {

    /** The resolution issue 20 asks for, and the one the writers record when none is given. */
    public static final int SCAN_DPI = 200;

    private static final Path CJK_FONT = Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc");
    private static final double A4_LONG_SIDE_MM = 297;
    private static final float JPEG_QUALITY = 0.85f;
    private static final String STANDARD_TREE = IIOMetadataFormatImpl.standardMetadataFormatName;

    private ScannedSamples() {
    }

    /** The sample as the converter's PDF, each page rendered at {@code dpi} in grayscale: a clean scan. */
    public static List<BufferedImage> pages(String sampleName, int dpi) {
        try (PDDocument document = Loader.loadPDF(pdf(sampleName))) {
            PDFRenderer renderer = new PDFRenderer(document);
            List<BufferedImage> pages = new ArrayList<>();
            for (int i = 0; i < document.getNumberOfPages(); i++) {
                pages.add(renderer.renderImageWithDPI(i, dpi, ImageType.GRAY));
            }
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The sample written as a PDF with a text layer, the source of {@link #pages}. */
    public static byte[] pdf(String sampleName) {
        try {
            return new DocumentConverter().convert(Samples.bytes(sampleName), DocumentFormat.PDF);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The page as a bad scan of a first page: everything {@link #degraded(List, long)} does, seal included. */
    public static BufferedImage degraded(BufferedImage page, long seed) {
        return degrade(page, new Random(seed), true);
    }

    /**
     * The pages as one bad scan: the seal on the first page only, each page its own skew, lighting and noise. The
     * first page equals {@code degraded(pages.get(0), seed)}.
     */
    public static List<BufferedImage> degraded(List<BufferedImage> pages, long seed) {
        List<BufferedImage> scanned = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            scanned.add(degrade(pages.get(i), new Random(seed + 7919L * i), i == 0));
        }
        return scanned;
    }

    private static BufferedImage degrade(BufferedImage page, Random random, boolean sealed) {
        Paper paper = Paper.of(page);
        double mm = Math.max(paper.width, paper.height) / A4_LONG_SIDE_MM;
        if (sealed) {
            paper.press(seal(paper, random, mm), 0.4);
        }
        paper.press(ticks(paper, random, mm), 0.3);
        paper = paper.skewed(Math.toRadians((1 + random.nextDouble()) * (random.nextBoolean() ? 1 : -1)));
        paper.unevenlyLit(random);
        paper = paper.blurred(0.9);
        paper.noisy(random);
        return paper.image();
    }

    /**
     * A round seal of 42 mm, as units stamp their forms with: a ring, a five-pointed star, the unit's name along the
     * upper arc and 专用章 below the star, turned a little, its ink uneven. Centred on writing in the table's upper
     * part, right of its middle, where a seal covers figures.
     */
    private static BufferedImage seal(Paper paper, Random random, double mm) {
        BufferedImage mask = paper.blankMask();
        Graphics2D g = antialiased(mask);
        Point spot = paper.writingSpot(random);
        g.translate(spot.x, spot.y);
        g.rotate(Math.toRadians(random.nextDouble() * 50 - 25));
        double outer = 21 * mm;
        double ring = 1.3 * mm;
        g.setStroke(new BasicStroke((float) ring));
        g.draw(new Ellipse2D.Double(-outer + ring / 2, -outer + ring / 2, 2 * outer - ring,
                2 * outer - ring));
        g.fill(star(6.5 * mm, 2.5 * mm));
        Font font = cjkFont();
        String arc = "市场监督管理局计量所";
        Font arcFont = font.deriveFont((float) (4.6 * mm));
        double glyph = arcFont.getSize2D() * 0.86;
        double baseline = outer - ring - 1.0 * mm - glyph;
        double span = Math.toRadians(240);
        for (int i = 0; i < arc.length(); i++) {
            AffineTransform saved = g.getTransform();
            g.rotate(-span / 2 + span * (i + 0.5) / arc.length());
            g.translate(0, -baseline);
            drawCentred(g, arcFont, arc.substring(i, i + 1), 0);
            g.setTransform(saved);
        }
        drawCentred(g, font.deriveFont((float) (4.5 * mm)), "专用章", 12 * mm);
        g.dispose();
        mottle(mask, random, mm);
        return mask;
    }

    private static Path2D star(double outer, double inner) {
        Path2D star = new Path2D.Double();
        for (int i = 0; i < 10; i++) {
            double radius = i % 2 == 0 ? outer : inner;
            double angle = -Math.PI / 2 + i * Math.PI / 5;
            if (i == 0) {
                star.moveTo(radius * Math.cos(angle), radius * Math.sin(angle));
            } else {
                star.lineTo(radius * Math.cos(angle), radius * Math.sin(angle));
            }
        }
        star.closePath();
        return star;
    }

    private static void drawCentred(Graphics2D g, Font font, String text, double baselineY) {
        g.setFont(font);
        Rectangle2D bounds = font.getStringBounds(text, g.getFontRenderContext());
        g.drawString(text, (float) (-bounds.getWidth() / 2), (float) baselineY);
    }

    /** A stamp never inks evenly: the coverage falls off in patches a few millimetres wide, and in specks. */
    private static void mottle(BufferedImage mask, Random random, double mm) {
        int cell = Math.max(4, (int) (3 * mm));
        int cols = mask.getWidth() / cell + 2;
        int rows = mask.getHeight() / cell + 2;
        double[] patches = new double[cols * rows];
        for (int i = 0; i < patches.length; i++) {
            patches[i] = 0.45 + 0.55 * random.nextDouble();
        }
        WritableRaster raster = mask.getRaster();
        for (int y = 0; y < mask.getHeight(); y++) {
            for (int x = 0; x < mask.getWidth(); x++) {
                int coverage = raster.getSample(x, y, 0);
                if (coverage == 0) {
                    continue;
                }
                double fx = (double) x / cell;
                double fy = (double) y / cell;
                int ix = (int) fx;
                int iy = (int) fy;
                double tx = fx - ix;
                double ty = fy - iy;
                double patch = (patches[iy * cols + ix] * (1 - tx) + patches[iy * cols + ix + 1] * tx) * (1 - ty)
                        + (patches[(iy + 1) * cols + ix] * (1 - tx) + patches[(iy + 1) * cols + ix + 1] * tx) * ty;
                double speck = random.nextDouble() < 0.04 ? 0.2 : 1;
                raster.setSample(x, y, 0, (int) (coverage * patch * speck));
            }
        }
    }

    /** Two or three ✓ by a ballpoint pen in the side margins, each about 7 mm tall and drawn a little differently. */
    private static BufferedImage ticks(Paper paper, Random random, double mm) {
        BufferedImage mask = paper.blankMask();
        Graphics2D g = antialiased(mask);
        double margin = 12.7 * mm;
        int count = 2 + random.nextInt(2);
        for (int i = 0; i < count; i++) {
            boolean left = random.nextBoolean();
            double x = left ? margin * (0.15 + 0.3 * random.nextDouble())
                    : paper.width - margin * (0.85 - 0.3 * random.nextDouble());
            double y = paper.height * (0.15 + 0.7 * random.nextDouble());
            double size = (6 + 2 * random.nextDouble()) * mm;
            Path2D tick = new Path2D.Double();
            tick.moveTo(x, y + 0.45 * size);
            tick.quadTo(x + 0.12 * size, y + 0.62 * size, x + 0.26 * size + jitter(random, mm),
                    y + 0.95 * size);
            tick.quadTo(x + 0.45 * size + jitter(random, mm), y + 0.35 * size,
                    x + 0.85 * size + jitter(random, mm), y + jitter(random, mm));
            g.setStroke(new BasicStroke((float) ((0.45 + 0.2 * random.nextDouble()) * mm), BasicStroke.CAP_ROUND,
                    BasicStroke.JOIN_ROUND));
            g.draw(tick);
        }
        g.dispose();
        return mask;
    }

    private static double jitter(Random random, double mm) {
        return random.nextGaussian() * 0.6 * mm;
    }

    private static Graphics2D antialiased(BufferedImage mask) {
        Graphics2D g = mask.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setColor(Color.WHITE);
        return g;
    }

    private static Font cjkFont() {
        try {
            return Font.createFonts(CJK_FONT.toFile())[0];
        } catch (IOException | FontFormatException e) {
            throw new IllegalStateException("CJK font " + CJK_FONT + " not readable: install the Debian package"
                    + " fonts-wqy-microhei (.ci/run does)", e);
        }
    }

    /** An image-only PDF, one picture (grey JPEG) per page, each page as large as its picture at {@code dpi}. */
    public static byte[] scannedPdf(List<BufferedImage> pages, int dpi) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (BufferedImage image : pages) {
                PDRectangle size = new PDRectangle(image.getWidth() * 72f / dpi, image.getHeight() * 72f / dpi);
                PDPage page = new PDPage(size);
                document.addPage(page);
                PDImageXObject picture = JPEGFactory.createFromImage(document, image, JPEG_QUALITY, dpi);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.drawImage(picture, 0, 0, size.getWidth(), size.getHeight());
                }
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] png(BufferedImage page) {
        return png(page, SCAN_DPI);
    }

    public static byte[] png(BufferedImage page, int dpi) {
        return write("png", List.of(page), dpi, null);
    }

    public static byte[] jpeg(BufferedImage page) {
        return jpeg(page, SCAN_DPI);
    }

    public static byte[] jpeg(BufferedImage page, int dpi) {
        return write("jpeg", List.of(page), dpi, param -> {
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(JPEG_QUALITY);
        });
    }

    /** All pages in one TIFF, LZW-compressed, as document scanners write a multi-page scan. */
    public static byte[] tiff(List<BufferedImage> pages) {
        return tiff(pages, SCAN_DPI);
    }

    public static byte[] tiff(List<BufferedImage> pages, int dpi) {
        return write("tiff", pages, dpi, param -> {
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionType("LZW");
        });
    }

    private static byte[] write(String format, List<BufferedImage> pages, int dpi, Consumer<ImageWriteParam> settings) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName(format).next();
        try (ByteArrayOutputStream out = new ByteArrayOutputStream();
             ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            ImageWriteParam param = writer.getDefaultWriteParam();
            if (settings != null) {
                settings.accept(param);
            }
            boolean sequence = pages.size() > 1;
            if (sequence) {
                writer.prepareWriteSequence(null);
            }
            for (BufferedImage page : pages) {
                IIOMetadata metadata = writer.getDefaultImageMetadata(new ImageTypeSpecifier(page), param);
                withResolution(format, metadata, dpi);
                IIOImage image = new IIOImage(page, null, metadata);
                if (sequence) {
                    writer.writeToSequence(image, param);
                } else {
                    writer.write(null, image, param);
                }
            }
            if (sequence) {
                writer.endWriteSequence();
            }
            stream.flush();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
    }

    /**
     * The resolution in each format's own terms: PNG's pHYs chunk, JPEG's JFIF density, TIFF's XResolution (through
     * the plug-in neutral tree). The PNG and JPEG writers misread that tree's pixel size (200 dpi came out as 3 and
     * 2.5), hence their native trees.
     */
    private static void withResolution(String format, IIOMetadata metadata, int dpi) throws IIOInvalidTreeException {
        String nativeTree = metadata.getNativeMetadataFormatName();
        switch (format) {
            case "png" -> {
                String pixelsPerMetre = Long.toString(Math.round(dpi / 0.0254));
                IIOMetadataNode root = new IIOMetadataNode(nativeTree);
                root.appendChild(node("pHYs", "pixelsPerUnitXAxis", pixelsPerMetre,
                        "pixelsPerUnitYAxis", pixelsPerMetre, "unitSpecifier", "meter"));
                metadata.mergeTree(nativeTree, root);
            }
            case "jpeg" -> {
                // the JFIF node must keep its other attributes (version, thumbnail), so it is edited in place
                IIOMetadataNode root = (IIOMetadataNode) metadata.getAsTree(nativeTree);
                IIOMetadataNode jfif = (IIOMetadataNode) root.getElementsByTagName("app0JFIF").item(0);
                jfif.setAttribute("resUnits", "1");
                jfif.setAttribute("Xdensity", Integer.toString(dpi));
                jfif.setAttribute("Ydensity", Integer.toString(dpi));
                metadata.setFromTree(nativeTree, root);
            }
            default -> {
                String millimetresPerPixel = Double.toString(25.4 / dpi);
                IIOMetadataNode dimension = new IIOMetadataNode("Dimension");
                dimension.appendChild(node("HorizontalPixelSize", "value", millimetresPerPixel));
                dimension.appendChild(node("VerticalPixelSize", "value", millimetresPerPixel));
                IIOMetadataNode root = new IIOMetadataNode(STANDARD_TREE);
                root.appendChild(dimension);
                metadata.mergeTree(STANDARD_TREE, root);
            }
        }
    }

    private static IIOMetadataNode node(String name, String... attributes) {
        IIOMetadataNode node = new IIOMetadataNode(name);
        for (int i = 0; i < attributes.length; i += 2) {
            node.setAttribute(attributes[i], attributes[i + 1]);
        }
        return node;
    }

    /**
     * The page's grey levels as numbers (0 black … 255 white) while it is being spoilt, so that each step works on
     * the values rather than through Java 2D's linear grey colour space.
     */
    private static final class Paper {
        private final int width;
        private final int height;
        private final float[] grey;

        private Paper(int width, int height, float[] grey) {
            this.width = width;
            this.height = height;
            this.grey = grey;
        }

        static Paper of(BufferedImage page) {
            int width = page.getWidth();
            int height = page.getHeight();
            float[] grey = new float[width * height];
            if (page.getType() == BufferedImage.TYPE_BYTE_GRAY) {
                page.getRaster().getSamples(0, 0, width, height, 0, grey);
            } else {
                for (int y = 0; y < height; y++) {
                    for (int x = 0; x < width; x++) {
                        int rgb = page.getRGB(x, y);
                        grey[y * width + x] = luminance((rgb >> 16) & 0xff, (rgb >> 8) & 0xff, rgb & 0xff);
                    }
                }
            }
            return new Paper(width, height, grey);
        }

        BufferedImage blankMask() {
            return new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        }

        /**
         * A spot of writing in a table row (between two ruled lines) of the upper 60 % of the page, in the right
         * 60 % of the writing's width: a row chosen at random, so that one tall paragraph is no likelier than a row
         * of figures, then a dark pixel in it. The page's centre when there is none.
         */
        Point writingSpot(Random random) {
            boolean[] rule = new boolean[height];
            int left = width;
            int right = -1;
            for (int y = 0; y < height; y++) {
                int dark = 0;
                int first = -1;
                int last = -1;
                for (int x = 0; x < width; x++) {
                    if (grey[y * width + x] < 128) {
                        dark++;
                        first = first < 0 ? x : first;
                        last = x;
                    }
                }
                rule[y] = dark > width / 3;
                if (dark > 0 && !rule[y]) {
                    left = Math.min(left, first);
                    right = Math.max(right, last);
                }
            }
            int from = left + (right - left) * 2 / 5;
            List<List<Point>> rows = new ArrayList<>();
            List<Point> row = null;
            for (int y = 0; y < height * 3 / 5; y++) {
                if (rule[y]) {
                    if (row == null || !row.isEmpty()) {
                        row = new ArrayList<>();
                        rows.add(row);
                    }
                    continue;
                }
                for (int x = from; row != null && x <= right; x++) {
                    if (grey[y * width + x] < 128) {
                        row.add(new Point(x, y));
                    }
                }
            }
            rows.removeIf(List::isEmpty);
            if (rows.isEmpty()) {
                return new Point(width / 2, height / 2);
            }
            List<Point> chosen = rows.get(random.nextInt(rows.size()));
            return chosen.get(random.nextInt(chosen.size()));
        }

        /**
         * Ink printed over the page where the mask covers it. Ink filters the light, so a full cover multiplies
         * what is beneath by the ink's brightness as a grey scanner sees it (red seal ink: about 0.4 of white) and
         * black text stays black under the seal.
         */
        void press(BufferedImage mask, double inkBrightness) {
            WritableRaster raster = mask.getRaster();
            int[] cover = raster.getSamples(0, 0, width, height, 0, (int[]) null);
            for (int i = 0; i < grey.length; i++) {
                double a = cover[i] / 255.0;
                grey[i] *= (float) (1 - a + a * inkBrightness);
            }
        }

        /** The paper turned on the glass about its centre by {@code angle}; what the turn uncovers is white. */
        Paper skewed(double angle) {
            float[] turned = new float[grey.length];
            double cos = Math.cos(angle);
            double sin = Math.sin(angle);
            double cx = width / 2.0;
            double cy = height / 2.0;
            for (int y = 0; y < height; y++) {
                for (int x = 0; x < width; x++) {
                    double dx = x - cx;
                    double dy = y - cy;
                    turned[y * width + x] = sample(cx + cos * dx + sin * dy, cy - sin * dx + cos * dy);
                }
            }
            return new Paper(width, height, turned);
        }

        private float sample(double x, double y) {
            int x0 = (int) Math.floor(x);
            int y0 = (int) Math.floor(y);
            double tx = x - x0;
            double ty = y - y0;
            return (float) ((at(x0, y0) * (1 - tx) + at(x0 + 1, y0) * tx) * (1 - ty)
                    + (at(x0, y0 + 1) * (1 - tx) + at(x0 + 1, y0 + 1) * tx) * ty);
        }

        private float at(int x, int y) {
            return x < 0 || y < 0 || x >= width || y >= height ? 255 : grey[y * width + x];
        }

        /**
         * A scanner's lamp and a lid that does not close: paper reads as light grey rather than white, ink as dark
         * grey rather than black, and the page darkens by a quarter towards one corner.
         */
        void unevenlyLit(Random random) {
            boolean darkRight = random.nextBoolean();
            boolean darkBottom = random.nextBoolean();
            float paperWhite = 236 + 8 * random.nextFloat();
            float inkBlack = 25 + 15 * random.nextFloat();
            for (int y = 0; y < height; y++) {
                double ty = (darkBottom ? y : height - 1 - y) / (double) (height - 1);
                for (int x = 0; x < width; x++) {
                    double tx = (darkRight ? x : width - 1 - x) / (double) (width - 1);
                    double light = 1 - 0.25 * Math.pow((tx + ty) / 2, 1.5);
                    int i = y * width + x;
                    grey[i] = (float) ((inkBlack + grey[i] * (paperWhite - inkBlack) / 255) * light);
                }
            }
        }

        /** A Gaussian blur of {@code sigma} pixels, in two passes (rows, then columns). */
        Paper blurred(double sigma) {
            int radius = (int) Math.ceil(2.5 * sigma);
            float[] kernel = new float[2 * radius + 1];
            float sum = 0;
            for (int k = -radius; k <= radius; k++) {
                kernel[k + radius] = (float) Math.exp(-k * k / (2 * sigma * sigma));
                sum += kernel[k + radius];
            }
            for (int k = 0; k < kernel.length; k++) {
                kernel[k] /= sum;
            }
            float[] rows = new float[grey.length];
            for (int y = 0; y < height; y++) {
                for (int x = 0; x < width; x++) {
                    float value = 0;
                    for (int k = -radius; k <= radius; k++) {
                        value += kernel[k + radius] * grey[y * width + Math.min(width - 1, Math.max(0, x + k))];
                    }
                    rows[y * width + x] = value;
                }
            }
            float[] both = new float[grey.length];
            for (int y = 0; y < height; y++) {
                for (int x = 0; x < width; x++) {
                    float value = 0;
                    for (int k = -radius; k <= radius; k++) {
                        value += kernel[k + radius] * rows[Math.min(height - 1, Math.max(0, y + k)) * width + x];
                    }
                    both[y * width + x] = value;
                }
            }
            return new Paper(width, height, both);
        }

        /** The sensor's Gaussian noise, and salt and pepper: dust specks and drop-outs, about one pixel in 400. */
        void noisy(Random random) {
            for (int i = 0; i < grey.length; i++) {
                double roll = random.nextDouble();
                if (roll < 0.0015) {
                    grey[i] = 20 + 50 * random.nextFloat();
                } else if (roll < 0.0025) {
                    grey[i] = 250;
                } else {
                    grey[i] += (float) (random.nextGaussian() * 6);
                }
            }
        }

        BufferedImage image() {
            BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
            int[] levels = new int[grey.length];
            for (int i = 0; i < grey.length; i++) {
                levels[i] = Math.max(0, Math.min(255, Math.round(grey[i])));
            }
            image.getRaster().setSamples(0, 0, width, height, 0, levels);
            return image;
        }

        private static float luminance(int red, int green, int blue) {
            return 0.299f * red + 0.587f * green + 0.114f * blue;
        }
    }
}
