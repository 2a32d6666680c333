package io.jixiao.jobs.read.binary;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/** Documents that must be rejected: a scan (a PDF page that is only an image), an encrypted PDF, a broken xlsx. */
public final class BinaryFixtures {

    private BinaryFixtures() {
    }

    /** A one-page PDF holding only a picture of a form, as a scanner writes it: no text layer. */
    public static byte[] scannedPdf() throws IOException {
        BufferedImage image = new BufferedImage(400, 300, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(Color.WHITE);
        graphics.fillRect(0, 0, 400, 300);
        graphics.setColor(Color.BLACK);
        for (int y = 20; y < 300; y += 30) {
            graphics.drawLine(20, y, 380, y);
        }
        graphics.dispose();
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            document.addPage(page);
            PDImageXObject picture = LosslessFactory.createFromImage(document, image);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.drawImage(picture, 50, 300, 400, 300);
            }
            document.save(out);
            return out.toByteArray();
        }
    }

    /** The PDF protected with a user password, so it cannot be opened without it. */
    public static byte[] encrypted(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "user-secret",
                    new AccessPermission());
            policy.setEncryptionKeyLength(128);
            document.protect(policy);
            document.save(out);
            return out.toByteArray();
        }
    }

    /** The xlsx cut off after its first two thirds, as an interrupted download leaves it. */
    public static byte[] truncated(byte[] xlsx) {
        return Arrays.copyOf(xlsx, xlsx.length * 2 / 3);
    }
}
