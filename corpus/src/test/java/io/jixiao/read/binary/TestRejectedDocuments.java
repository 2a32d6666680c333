package io.jixiao.read.binary;

import static org.assertj.core.api.Assertions.assertThat;

import io.jixiao.corpus.convert.DocumentConverter;
import io.jixiao.read.DocumentParser;
import io.jixiao.read.Samples;
import io.jixiao.schema.model.ParsedDocument;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;

/** Binary documents that cannot be read are rejected with a reason a person can act on, never thrown. */
class TestRejectedDocuments {

    private static final String SAMPLE = "000_672dbaea54929c24.txt";

    private final DocumentConverter converter = new DocumentConverter();
    private final DocumentParser parser = new DocumentParser();

    @Test
    void aScanOfRulesWithoutTextIsRejectedAfterOcr() throws IOException {
        ParsedDocument document = parser.parse("scan.pdf", BinaryFixtures.scannedPdf());

        assertThat(document.rejection())
                .isEqualTo("scanned document in which OCR recognised no text on any of its 1 page(s)");
    }

    @Test
    void whereTesseractIsMissingAScanIsRejectedWithHowToInstallIt() throws IOException {
        String property = "jixiao.tesseract";
        System.setProperty(property, "/nonexistent/tesseract");
        try {
            ParsedDocument document = new DocumentParser().parse("scan.pdf", BinaryFixtures.scannedPdf());

            assertThat(document.rejection()).isEqualTo("scanned document (pdf): OCR of scanned documents needs"
                    + " Tesseract with its Simplified Chinese model: on Debian or Ubuntu, apt-get install tesseract-ocr"
                    + " tesseract-ocr-chi-sim");
        } finally {
            System.clearProperty(property);
        }
    }

    @Test
    void anEncryptedPdfIsRejected() throws IOException {
        byte[] pdf = converter.convert(Samples.bytes(SAMPLE), DocumentFormat.PDF);

        ParsedDocument document = parser.parse("locked.pdf", BinaryFixtures.encrypted(pdf));

        assertThat(document.rejection()).startsWith("encrypted PDF");
    }

    @Test
    void aTruncatedXlsxIsRejectedWithPoisReason() throws IOException {
        byte[] xlsx = converter.convert(Samples.bytes(SAMPLE), DocumentFormat.XLSX);

        ParsedDocument document = parser.parse("broken.xlsx", BinaryFixtures.truncated(xlsx));

        assertThat(document.rejection()).startsWith("corrupt xlsx workbook: ").hasSizeGreaterThan(30);
    }

    @Test
    void aPasswordProtectedXlsxIsRejectedAsEncrypted() throws Exception {
        byte[] xlsx = converter.convert(Samples.bytes(SAMPLE), DocumentFormat.XLSX);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("secret");
            try (java.io.OutputStream data = encryptor.getDataStream(fs)) {
                data.write(xlsx);
            }
            fs.writeFilesystem(out);
        }

        ParsedDocument document = parser.parse("locked.xlsx", out.toByteArray());

        assertThat(document.rejection()).isEqualTo("encrypted (password-protected) Office document");
    }

    @Test
    void aPasswordProtectedDocIsRejectedAsEncrypted() throws IOException {
        byte[] locked = BinaryFixtures.encryptedDoc(BinaryFixtures.sampleDoc());

        ParsedDocument document = parser.parse("locked.doc", locked);

        assertThat(document.rejection()).isEqualTo("encrypted (password-protected) Word document");
    }

    @Test
    void aDocWhoseTextIsCutShortIsRejectedWithPoisReason() throws IOException {
        ParsedDocument document = parser.parse("broken.doc",
                BinaryFixtures.docWithTextCutShort(BinaryFixtures.sampleDoc()));

        assertThat(document.rejection()).startsWith("corrupt doc document: ").hasSizeGreaterThan(30);
    }

    /** LibreOffice writes the container's directory last: a .doc cut off loses it, and with it what it holds. */
    @Test
    void aTruncatedDocIsRejectedAsACorruptContainer() throws IOException {
        ParsedDocument document = parser.parse("broken.doc", BinaryFixtures.truncated(BinaryFixtures.sampleDoc()));

        assertThat(document.rejection()).startsWith("corrupt OLE2 document: ");
    }

    @Test
    void aWordDocumentStreamOfZerosIsCorruptNotWord95() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            fs.createDocument(new java.io.ByteArrayInputStream(new byte[512]), "WordDocument");
            fs.writeFilesystem(out);
        }

        ParsedDocument document = parser.parse("report.doc", out.toByteArray());

        assertThat(document.rejection()).startsWith("corrupt doc document: ").contains("header");
    }

    @Test
    void aWord95DocumentIsRejectedWithAdvice() throws IOException {
        ParsedDocument document = parser.parse("old.doc", BinaryFixtures.markedAsWord95(BinaryFixtures.sampleDoc()));

        assertThat(document.rejection()).startsWith("Word 6.0/95 document").contains("docx", "Word 97-2003");
    }

    @Test
    void aZipThatIsNoOfficeDocumentIsRejected() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("forms/000.txt"));
            zip.write(Samples.bytes(SAMPLE));
            zip.closeEntry();
        }

        ParsedDocument document = parser.parse("forms.zip", out.toByteArray());

        assertThat(document.rejection()).contains("neither", "xlsx", "docx");
    }

    @Test
    void theFormatComesFromTheContentNotTheName() throws IOException {
        byte[] xlsx = converter.convert(Samples.bytes(SAMPLE), DocumentFormat.XLSX);

        ParsedDocument document = parser.parse("misnamed.pdf", xlsx);

        assertThat(document.layout()).isEqualTo("xlsx");
        assertThat(document.forms()).hasSize(5);
    }

    /** WPS Office saves its .wps as a .doc (or a docx) inside: the bytes say which. */
    @Test
    void aWpsFileThatIsADocOrADocxIsReadAsOne() throws IOException {
        byte[] docx = converter.convert(Samples.bytes("002_13d1e6413ad98fbc.txt"), DocumentFormat.DOCX);

        ParsedDocument doc = parser.parse("自评表.wps", BinaryFixtures.sampleDoc());
        ParsedDocument fromDocx = parser.parse("自评表.wps", docx);

        assertThat(doc.rejection()).isNull();
        assertThat(doc.layout()).isEqualTo("doc");
        assertThat(fromDocx.layout()).isEqualTo("docx");
        assertThat(doc.forms()).hasSize(4).hasSameSizeAs(fromDocx.forms());
    }

    @Test
    void documentsOverALimitAreRejectedWithTheLimitAndTheNextOneIsRead() throws IOException {
        byte[] xlsx = converter.convert(Samples.bytes(SAMPLE), DocumentFormat.XLSX);
        byte[] pdf = converter.convert(Samples.bytes(SAMPLE), DocumentFormat.PDF);

        ParsedDocument tooBig = new DocumentParser(new DocumentLimits(xlsx.length - 1, 1000, Duration.ofMinutes(1)))
                .parse("big.xlsx", xlsx);
        ParsedDocument tooLong = new DocumentParser(new DocumentLimits(1 << 20, 50, Duration.ofMinutes(1)))
                .parse("long.pdf", pdf);
        ParsedDocument tooSlow = new DocumentParser(new DocumentLimits(1 << 20, 1000, Duration.ZERO))
                .parse("slow.pdf", pdf);
        ParsedDocument next = parser.parse("next.pdf", pdf);

        assertThat(tooBig.rejection()).isEqualTo("document of " + xlsx.length + " bytes is over the limit of "
                + (xlsx.length - 1) + " bytes");
        assertThat(tooLong.rejection()).isEqualTo("document has more than the limit of 50 rows");
        assertThat(tooSlow.rejection()).isEqualTo("document took longer than the limit of 0 s to read");
        assertThat(next.rejection()).isNull();
        assertThat(next.forms()).hasSize(5);
    }

    @Test
    void aZipBombIsRejectedByPoisInflateRatioGuard() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                    + "content-types\"/>").getBytes(java.nio.charset.StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("xl/workbook.xml"));
            byte[] blanks = new byte[1 << 20];
            java.util.Arrays.fill(blanks, (byte) ' ');
            for (int i = 0; i < 64; i++) {
                zip.write(blanks);
            }
            zip.closeEntry();
        }

        ParsedDocument document = parser.parse("bomb.xlsx", out.toByteArray());

        assertThat(document.rejection()).startsWith("corrupt xlsx workbook: ").containsIgnoringCase("zip bomb");
    }
}
