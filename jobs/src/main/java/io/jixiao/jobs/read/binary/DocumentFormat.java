package io.jixiao.jobs.read.binary;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * A document's format told from its content, not its name: {@code %PDF-} is PDF; a zip ({@code PK\3\4}) is xlsx
 * when it holds {@code xl/workbook.xml}, docx when it holds {@code word/document.xml}; an OLE2 container
 * ({@code D0 CF 11 E0}) is xls when it holds a Workbook stream, a Word 97 .doc or an encrypted Office file
 * otherwise; anything else is text.
 */
public enum DocumentFormat {
    TEXT, XLSX, XLS, DOCX, PDF;

    private static final byte[] PDF_MAGIC = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};
    private static final byte[] OLE2_MAGIC = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};
    /** PDF allows junk before the header; readers look for it in the first kilobyte. */
    private static final int PDF_HEADER_WINDOW = 1024;

    public static DocumentFormat of(byte[] bytes) throws DocumentRejectedException {
        if (startsWith(bytes, ZIP_MAGIC)) {
            return ofZip(bytes);
        }
        if (startsWith(bytes, OLE2_MAGIC)) {
            return ofOle2(bytes);
        }
        return hasPdfHeader(bytes) ? PDF : TEXT;
    }

    private static DocumentFormat ofZip(byte[] bytes) throws DocumentRejectedException {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().equals("xl/workbook.xml") || entry.getName().equals("xl/workbook.bin")) {
                    return XLSX;
                }
                if (entry.getName().equals("word/document.xml")) {
                    return DOCX;
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new DocumentRejectedException("corrupt zip archive (not a readable xlsx or docx): " + e.getMessage(),
                    e);
        }
        throw new DocumentRejectedException("zip archive that is neither an Excel workbook (xlsx) nor a Word document"
                + " (docx)");
    }

    private static DocumentFormat ofOle2(byte[] bytes) throws DocumentRejectedException {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
            if (fs.getRoot().hasEntry("Workbook") || fs.getRoot().hasEntry("Book")) {
                return XLS;
            }
            if (fs.getRoot().hasEntry("EncryptedPackage")) {
                throw new DocumentRejectedException("encrypted (password-protected) Office document");
            }
            if (fs.getRoot().hasEntry("WordDocument")) {
                throw new DocumentRejectedException("Word 97-2003 document (.doc) is not supported: save it as docx");
            }
            throw new DocumentRejectedException("OLE2 document that is neither an Excel workbook (xls) nor a Word"
                    + " document");
        } catch (IOException | RuntimeException e) {
            throw new DocumentRejectedException("corrupt OLE2 document: " + e.getMessage(), e);
        }
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
