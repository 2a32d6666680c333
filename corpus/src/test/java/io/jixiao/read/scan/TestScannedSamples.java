package io.jixiao.read.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.jixiao.read.Samples;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadataFormatImpl;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The scan fixtures without OCR: sizes, determinism, and the files a scanner writes. Run with
 * {@code -Dscans.dir=/tmp/scans} to get page 1 of samples 000 and 002, clean and degraded, as PNGs to look at.
 */
class TestScannedSamples {

    private static final int DPI = ScannedSamples.SCAN_DPI;
    private static final String SAMPLE = Samples.NAMES.get(0);

    private static List<BufferedImage> clean;
    private static BufferedImage first;
    private static BufferedImage degraded;

    @BeforeAll
    static void render() {
        clean = ScannedSamples.pages(SAMPLE, DPI);
        first = clean.get(0);
        degraded = ScannedSamples.degraded(first, 20);
    }

    @Test
    void pagesAreTheConvertersPagesAt200Dpi() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(ScannedSamples.pdf(SAMPLE))) {
            assertThat(clean).hasSize(pdf.getNumberOfPages());
            PDRectangle a4Landscape = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
            assertThat(pdf.getPage(0).getMediaBox().getWidth()).isEqualTo(a4Landscape.getWidth());
            for (BufferedImage page : clean) {
                assertThat(page.getType()).isEqualTo(BufferedImage.TYPE_BYTE_GRAY);
                assertThat((double) page.getWidth()).isCloseTo(a4Landscape.getWidth() * DPI / 72, within(1.0));
                assertThat((double) page.getHeight()).isCloseTo(a4Landscape.getHeight() * DPI / 72, within(1.0));
            }
        }
    }

    @Test
    void aDegradedPageKeepsItsSizeButNotItsPixels() {
        assertThat(degraded.getWidth()).isEqualTo(first.getWidth());
        assertThat(degraded.getHeight()).isEqualTo(first.getHeight());
        assertThat(degraded.getType()).isEqualTo(BufferedImage.TYPE_BYTE_GRAY);
        assertThat(shareDiffering(first, degraded, 30)).as("pixels off by more than 30 levels").isGreaterThan(0.05);
        // greyish, yet paper still lighter than ink: a page, not a blot
        assertThat(mean(degraded)).isLessThan(mean(first) - 5).isGreaterThan(150);
    }

    @Test
    void theSameSeedGivesTheSamePixels() {
        assertThat(pixels(ScannedSamples.degraded(first, 20))).isEqualTo(pixels(degraded));
        assertThat(pixels(ScannedSamples.degraded(first, 21))).isNotEqualTo(pixels(degraded));
        assertThat(pixels(ScannedSamples.degraded(clean, 20).get(0))).isEqualTo(pixels(degraded));
    }

    @Test
    void theScannedPdfHoldsOnePictureAPageAndNoText() throws IOException {
        List<BufferedImage> pages = ScannedSamples.degraded(clean.subList(0, 2), 7);
        try (PDDocument pdf = Loader.loadPDF(ScannedSamples.scannedPdf(pages, DPI))) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(pages.size());
            assertThat(new PDFTextStripper().getText(pdf)).isBlank();
            for (int i = 0; i < pages.size(); i++) {
                PDPage page = pdf.getPage(i);
                List<PDImageXObject> pictures = new ArrayList<>();
                for (COSName name : page.getResources().getXObjectNames()) {
                    if (page.getResources().getXObject(name) instanceof PDImageXObject picture) {
                        pictures.add(picture);
                    }
                }
                assertThat(pictures).as("pictures on page %d", i + 1).hasSize(1);
                assertThat(pictures.get(0).getWidth()).isEqualTo(pages.get(i).getWidth());
                assertThat((double) page.getMediaBox().getWidth())
                        .isCloseTo(pages.get(i).getWidth() * 72.0 / DPI, within(0.01));
                assertThat((double) page.getMediaBox().getHeight())
                        .isCloseTo(pages.get(i).getHeight() * 72.0 / DPI, within(0.01));
            }
        }
    }

    @Test
    void theTiffHoldsEveryPageAtTheScansResolution() throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(
                ScannedSamples.tiff(clean)))) {
            ImageReader reader = ImageIO.getImageReaders(in).next();
            reader.setInput(in);
            assertThat(reader.getNumImages(true)).isEqualTo(clean.size());
            for (int i = 0; i < clean.size(); i++) {
                assertThat(reader.getWidth(i)).isEqualTo(clean.get(i).getWidth());
                assertThat(dpi(reader, i)).isCloseTo(DPI, within(0.5));
            }
            assertThat(pixels(reader.read(clean.size() - 1))).isEqualTo(pixels(clean.get(clean.size() - 1)));
            reader.dispose();
        }
    }

    @Test
    void pngAndJpegReadBackAtTheScansResolution() throws IOException {
        for (byte[] file : List.of(ScannedSamples.png(degraded), ScannedSamples.jpeg(degraded))) {
            try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(file))) {
                ImageReader reader = ImageIO.getImageReaders(in).next();
                reader.setInput(in);
                assertThat(reader.getWidth(0)).isEqualTo(degraded.getWidth());
                assertThat(dpi(reader, 0)).as(reader.getFormatName()).isCloseTo(DPI, within(0.5));
                reader.dispose();
            }
        }
        assertThat(pixels(ImageIO.read(new ByteArrayInputStream(ScannedSamples.png(degraded)))))
                .isEqualTo(pixels(degraded));
    }

    /** Not a check: the pages to look at, written only when asked for with -Dscans.dir. */
    @Test
    void writesPagesToLookAt() throws IOException {
        String folder = System.getProperty("scans.dir");
        Assumptions.assumeTrue(folder != null, "no -Dscans.dir");
        Path dir = Files.createDirectories(Path.of(folder));
        for (String name : List.of(Samples.NAMES.get(0), Samples.NAMES.get(2))) {
            BufferedImage page = ScannedSamples.pages(name, DPI).get(0);
            String stem = name.substring(0, 3);
            Files.write(dir.resolve(stem + "-clean-p1.png"), ScannedSamples.png(page));
            Files.write(dir.resolve(stem + "-degraded-p1.png"), ScannedSamples.png(ScannedSamples.degraded(page, 20)));
        }
    }

    private static double dpi(ImageReader reader, int index) throws IOException {
        IIOMetadataNode root = (IIOMetadataNode) reader.getImageMetadata(index)
                .getAsTree(IIOMetadataFormatImpl.standardMetadataFormatName);
        IIOMetadataNode size = (IIOMetadataNode) root.getElementsByTagName("HorizontalPixelSize").item(0);
        return 25.4 / Double.parseDouble(size.getAttribute("value"));
    }

    private static int[] pixels(BufferedImage image) {
        return image.getRaster().getSamples(0, 0, image.getWidth(), image.getHeight(), 0, (int[]) null);
    }

    private static double mean(BufferedImage image) {
        int[] levels = pixels(image);
        long sum = 0;
        for (int level : levels) {
            sum += level;
        }
        return (double) sum / levels.length;
    }

    private static double shareDiffering(BufferedImage a, BufferedImage b, int levels) {
        int[] left = pixels(a);
        int[] right = pixels(b);
        int differing = 0;
        for (int i = 0; i < left.length; i++) {
            if (Math.abs(left[i] - right[i]) > levels) {
                differing++;
            }
        }
        return (double) differing / left.length;
    }
}
