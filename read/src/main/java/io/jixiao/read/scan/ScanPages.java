package io.jixiao.read.scan;

import io.jixiao.read.binary.DocumentLimits;
import io.jixiao.read.binary.DocumentRejectedException;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * The page images of a scanned document: a PDF's pages rendered in grey at {@link #PDF_DPI}, or the frames of an
 * image file (PNG, JPEG, a multi-page TIFF), read by the JDK's own ImageIO readers.
 */
final class ScanPages {

    /** Scanners write forms at 200 to 300 dpi; Tesseract reads 10-point text well from 200. */
    static final int PDF_DPI = 200;
    /** An image narrower or lower than this (an icon, a logo) holds no legible form. */
    private static final int MIN_SIDE = 300;
    /** A page larger than this (A3 at 400 dpi) is a hostile file's, not a scan. */
    private static final long MAX_PIXELS = 6600L * 4700;

    private ScanPages() {
    }

    interface PageConsumer {
        void accept(int page, BufferedImage image) throws DocumentRejectedException;
    }

    /** Renders the scanned PDF's pages one at a time, so that only one page image is held. */
    static void ofPdf(byte[] bytes, DocumentLimits limits, PageConsumer pages) throws DocumentRejectedException {
        try (PDDocument document = Loader.loadPDF(bytes, "", null, null,
                MemoryUsageSetting.setupMainMemoryOnly(limits.maxBytes() * 4).streamCache)) {
            PDFRenderer renderer = new PDFRenderer(document);
            for (int p = 0; p < document.getNumberOfPages(); p++) {
                pages.accept(p + 1, renderer.renderImageWithDPI(p, PDF_DPI, ImageType.GRAY));
            }
        } catch (IOException | RuntimeException e) {
            throw new DocumentRejectedException("scanned PDF whose pages cannot be rendered: " + e.getMessage(), e);
        }
    }

    static void ofImage(byte[] bytes, PageConsumer pages) throws DocumentRejectedException {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new DocumentRejectedException("image in a format that cannot be read");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in);
                int frames = reader.getNumImages(true);
                for (int i = 0; i < frames; i++) {
                    if (reader.getWidth(i) < MIN_SIDE || reader.getHeight(i) < MIN_SIDE) {
                        throw new DocumentRejectedException("image of " + reader.getWidth(i) + "×"
                                + reader.getHeight(i) + " pixels, too small for a scanned page");
                    }
                    if ((long) reader.getWidth(i) * reader.getHeight(i) > MAX_PIXELS) {
                        throw new DocumentRejectedException("page " + (i + 1) + " is " + reader.getWidth(i) + "×"
                                + reader.getHeight(i) + " pixels, over the limit for a scanned page");
                    }
                    pages.accept(i + 1, reader.read(i));
                }
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            throw new DocumentRejectedException("corrupt image: " + e.getMessage(), e);
        }
    }
}
