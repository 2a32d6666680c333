package io.jixiao.read.binary;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * A document's format told from its content, not its name: {@code %PDF-} is PDF; a zip ({@code PK\3\4}) is xlsx
 * when it holds {@code xl/workbook.xml}, docx when it holds {@code word/document.xml}; an OLE2 container
 * ({@code D0 CF 11 E0}) is xls when it holds a Workbook stream, a Word 97-2003 .doc when it holds a WordDocument stream
 * (an encrypted .doc too: its reader rejects it), and an encrypted xlsx or docx, rejected here, when it holds an
 * EncryptedPackage; PNG, JPEG and TIFF images by their signatures (scans, read by OCR); anything else is text. So
 * a WPS Office file (.wps) that is really a .doc or a docx is read as one.
 */
public enum DocumentFormat {
    TEXT, XLSX, XLS, DOCX, DOC, PDF, PNG, JPEG, TIFF;

    private static final byte[] PDF_MAGIC = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final byte[] JPEG_MAGIC = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] TIFF_LITTLE_ENDIAN = {'I', 'I', 42, 0};
    private static final byte[] TIFF_BIG_ENDIAN = {'M', 'M', 0, 42};
    private static final byte[] OLE2_MAGIC = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};
    /** PDF allows junk before the header; readers look for it in the first kilobyte. */
    private static final int PDF_HEADER_WINDOW = 1024;
    private static final String WORKBOOK_ENTRY = "xl/workbook.xml";
    private static final String DOCUMENT_ENTRY = "word/document.xml";

    public static DocumentFormat of(byte[] bytes) throws DocumentRejectedException {
        if (startsWith(bytes, ZIP_MAGIC)) {
            return ofZip(bytes);
        }
        if (startsWith(bytes, OLE2_MAGIC)) {
            return ofOle2(bytes);
        }
        if (startsWith(bytes, PNG_MAGIC)) {
            return PNG;
        }
        if (startsWith(bytes, JPEG_MAGIC)) {
            return JPEG;
        }
        if (startsWith(bytes, TIFF_LITTLE_ENDIAN) || startsWith(bytes, TIFF_BIG_ENDIAN)) {
            return TIFF;
        }
        return hasPdfHeader(bytes) ? PDF : TEXT;
    }

    /**
     * Reads the zip's central directory only: skipping through the entries would inflate them (a zip bomb). A zip
     * without a readable directory (cut off) is told by the entry names in its local headers, which are not packed,
     * so that POI says what is wrong with it.
     */
    private static DocumentFormat ofZip(byte[] bytes) throws DocumentRejectedException {
        try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(bytes)).get()) {
            if (zip.getEntry(WORKBOOK_ENTRY) != null) {
                return XLSX;
            }
            if (zip.getEntry(DOCUMENT_ENTRY) != null) {
                return DOCX;
            }
        } catch (IOException | RuntimeException e) {
            if (contains(bytes, WORKBOOK_ENTRY.getBytes(StandardCharsets.US_ASCII))) {
                return XLSX;
            }
            if (contains(bytes, DOCUMENT_ENTRY.getBytes(StandardCharsets.US_ASCII))) {
                return DOCX;
            }
            throw new DocumentRejectedException("corrupt zip archive (not a readable xlsx or docx): " + e.getMessage(),
                    e);
        }
        throw new DocumentRejectedException("zip archive that is neither an Excel workbook (xlsx) nor a Word document"
                + " (docx)");
    }

    private static DocumentFormat ofOle2(byte[] bytes) throws DocumentRejectedException {
        DocumentLimits.guardPoi();
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
            if (fs.getRoot().hasEntry("Workbook") || fs.getRoot().hasEntry("Book")) {
                return XLS;
            }
            if (fs.getRoot().hasEntry("EncryptedPackage")) {
                throw new DocumentRejectedException("encrypted (password-protected) Office document");
            }
            if (fs.getRoot().hasEntry("WordDocument")) {
                return DOC;
            }
            throw new DocumentRejectedException("OLE2 document that is neither an Excel workbook (xls) nor a Word"
                    + " document");
        } catch (IOException | RuntimeException e) {
            throw new DocumentRejectedException("corrupt OLE2 document: " + e.getMessage(), e);
        }
    }

    private static boolean contains(byte[] bytes, byte[] part) {
        for (int i = 0; i + part.length <= bytes.length; i++) {
            if (regionMatches(bytes, i, part)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasPdfHeader(byte[] bytes) {
        int window = Math.min(bytes.length, PDF_HEADER_WINDOW) - PDF_MAGIC.length;
        for (int i = 0; i <= window; i++) {
            if (regionMatches(bytes, i, PDF_MAGIC)) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWith(byte[] bytes, byte[] magic) {
        return regionMatches(bytes, 0, magic);
    }

    private static boolean regionMatches(byte[] bytes, int offset, byte[] magic) {
        if (bytes.length < offset + magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (bytes[offset + i] != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
