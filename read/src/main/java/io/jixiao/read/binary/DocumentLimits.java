package io.jixiao.read.binary;

import java.time.Duration;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.util.IOUtils;

/**
 * Limits against hostile Office and PDF files: the document's size, the rows read from it, the time it may take, and
 * POI's own guards (zip-bomb inflate ratio, zip entry size, largest byte array), which are JVM-wide and set once.
 *
 * @param maxBytes   the largest document accepted
 * @param maxRows    the most table rows (sheet rows, docx rows, PDF text lines) read from one document
 * @param timeLimit  the longest one document may take to read
 * @param ocrTimeLimit the longest one scanned document may take to read, OCR included (a few seconds a page)
 */
public record DocumentLimits(long maxBytes, int maxRows, Duration timeLimit, Duration ocrTimeLimit) {

    private static final Duration DEFAULT_OCR_TIME = Duration.ofMinutes(10);

    /**
     * 32 MiB, 200,000 rows, 60 s, 10 min for a scan: a performance form is a few hundred KB (the samples are under
     * 100 KB); OCR takes about 3 s a page on one core, so a 100-page scan still fits.
     */
    public static final DocumentLimits DEFAULT = new DocumentLimits(32L << 20, 200_000, Duration.ofSeconds(60),
            DEFAULT_OCR_TIME);

    /** A zip entry's packed size may be no less than this share of its unpacked size: at most 100 times inflated. */
    private static final double MIN_INFLATE_RATIO = 0.01;
    /** The largest unpacked zip entry (POI allows 4 GB). */
    private static final long MAX_ZIP_ENTRY_BYTES = 256L << 20;
    /** The largest byte array POI allocates for any record or zip entry read into memory, in place of its own limits. */
    private static final int MAX_BYTE_ARRAY = 64 << 20;

    /** Limits with the default time for OCR. */
    public DocumentLimits(long maxBytes, int maxRows, Duration timeLimit) {
        this(maxBytes, maxRows, timeLimit, DEFAULT_OCR_TIME);
    }

    public void checkSize(byte[] bytes) throws DocumentRejectedException {
        if (bytes.length > maxBytes) {
            throw new DocumentRejectedException("document of " + bytes.length + " bytes is over the limit of "
                    + maxBytes + " bytes");
        }
    }

    public void checkRows(int rows) throws DocumentRejectedException {
        if (rows > maxRows) {
            throw new DocumentRejectedException("document has more than the limit of " + maxRows + " rows");
        }
    }

    public Deadline deadline() {
        return Deadline.in(timeLimit);
    }

    public Deadline ocrDeadline() {
        return Deadline.in(ocrTimeLimit);
    }

    /**
     * Sets POI's guards, once for the JVM; whatever hands bytes to POI calls it first. Not when this class loads: POI's
     * classes start its logging (log4j, about half a second) as they load, which reading a text document need not pay.
     */
    public static void guardPoi() {
        PoiGuards.set();
    }

    /** POI's guards, set by the class's initialisation, which the JVM runs once. */
    private static final class PoiGuards {
        static {
            ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
            ZipSecureFile.setMaxEntrySize(MAX_ZIP_ENTRY_BYTES);
            IOUtils.setByteArrayMaxOverride(MAX_BYTE_ARRAY);
        }

        static void set() {
            // the initialisation above has run
        }
    }
}
