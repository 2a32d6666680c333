package io.jixiao.read.binary;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.function.UnaryOperator;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.util.LittleEndian;

/**
 * A real .doc, and documents that must be rejected: a scan (a PDF page that is only an image), an encrypted PDF, a
 * broken xlsx, an encrypted, damaged or Word 6.0/95 .doc.
 */
public final class BinaryFixtures {

    /** The .doc fixture, sample 002 (in the test resources beside this class). */
    public static final String SAMPLE_DOC = "002_13d1e6413ad98fbc.doc";

    private BinaryFixtures() {
    }

    /**
     * Sample 002 as a Word 97-2003 document, for the tests that run without LibreOffice: written as docx by
     * {@code DocumentConverter} and saved as .doc by LibreOffice 7.4 ({@code soffice --headless --convert-to doc}), as
     * {@link TestBinaryFormatsRoundTrip} does with every sample. 80 KB.
     */
    public static byte[] sampleDoc() throws IOException {
        try (InputStream in = BinaryFixtures.class.getResourceAsStream(SAMPLE_DOC)) {
            if (in == null) {
                throw new IOException("test resource " + SAMPLE_DOC + " not found beside " + BinaryFixtures.class);
            }
            return in.readAllBytes();
        }
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

    /** The document cut off after its first two thirds, as an interrupted download leaves it. */
    public static byte[] truncated(byte[] document) {
        return Arrays.copyOf(document, document.length * 2 / 3);
    }

    /** The .doc saved with a password, as Word's "Encrypt with password" does (RC4 CryptoAPI, HWPF's default). */
    public static byte[] encryptedDoc(byte[] doc) throws IOException {
        Biff8EncryptionKey.setCurrentUserPassword("secret");
        try (HWPFDocument document = new HWPFDocument(new ByteArrayInputStream(doc));
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.write(out);
            return out.toByteArray();
        } finally {
            Biff8EncryptionKey.setCurrentUserPassword(null);
        }
    }

    /** The .doc with its WordDocument stream (the text and its header) cut off after the first 2 KB. */
    public static byte[] docWithTextCutShort(byte[] doc) throws IOException {
        return withWordStream(doc, stream -> Arrays.copyOf(stream, 2048));
    }

    /**
     * The .doc marked as Word 95 wrote it: the header's magic number (wIdent 0xA5DC) and version (nFib 104), all
     * that Word 6.0/95 files are told by.
     */
    public static byte[] markedAsWord95(byte[] doc) throws IOException {
        return withWordStream(doc, stream -> {
            byte[] marked = stream.clone();
            LittleEndian.putUShort(marked, 0, 0xA5DC);
            LittleEndian.putUShort(marked, 2, 104);
            return marked;
        });
    }

    private static byte[] withWordStream(byte[] doc, UnaryOperator<byte[]> change) throws IOException {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(doc));
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            byte[] stream;
            try (InputStream in = fs.createDocumentInputStream("WordDocument")) {
                stream = in.readAllBytes();
            }
            fs.getRoot().getEntry("WordDocument").delete();
            fs.createDocument(new ByteArrayInputStream(change.apply(stream)), "WordDocument");
            fs.writeFilesystem(out);
            return out.toByteArray();
        }
    }
}
