package io.jixiao.read.scan;

import io.jixiao.read.binary.BinaryRowsReader;
import io.jixiao.read.binary.Deadline;
import io.jixiao.read.binary.DocumentFormat;
import io.jixiao.read.binary.DocumentLimits;
import io.jixiao.read.binary.DocumentRejectedException;
import io.jixiao.read.binary.SourceRows;
import io.jixiao.read.layout.PageBreakJoiner;
import io.jixiao.read.layout.Row;
import io.jixiao.read.pdf.PageNumbers;
import io.jixiao.read.pdf.TablePage;
import io.jixiao.read.pdf.TableRebuilder;
import io.jixiao.read.pdf.TextLine;
import io.jixiao.read.table.Vocabulary;
import io.jixiao.schema.model.Problem;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.IntFunction;
import java.util.regex.Pattern;

/**
 * Reads a scanned document (a PDF of page images, or a PNG, JPEG or TIFF) by OCR into the same rows as the other
 * readers. Each page is straightened ({@link Deskew}), its ruling lines found and whitened ({@link RulingLines}),
 * its words read by {@link Tesseract} with their boxes and grouped into text lines ({@link OcrLines}); the rows and
 * columns are rebuilt from the rules where the page shows them, from the words' positions where not
 * ({@link TableRebuilder}).
 *
 * <p>Lines: as for a PDF, {@code page * 1000 + line on that page}; messages say "page 3 line 14". The document's
 * layout is "ocr-" and the format ("ocr-pdf", "ocr-png" …), which marks every value read from it as read by OCR.
 */
public final class ScanRowsReader implements BinaryRowsReader {

    /** The prefix of the layout of every document read by OCR. */
    public static final String LAYOUT_PREFIX = "ocr-";
    private static final int PAGE_STRIDE = 1000;
    /** Left edges closer than this many text heights start one column: OCR boxes wander by a few pixels. */
    private static final float COLUMN_TOLERANCE = 0.6f;

    /** A column is where at least this many cells start: a stray word OCR finds in a blank starts none. */
    private static final int MIN_COLUMN_SUPPORT = 3;

    private final PageBreakJoiner joiner;
    private final Tesseract tesseract;
    private final DocumentFormat format;

    public ScanRowsReader(PageBreakJoiner joiner, Tesseract tesseract, DocumentFormat format) {
        this.joiner = Objects.requireNonNull(joiner, "joiner");
        this.tesseract = Objects.requireNonNull(tesseract, "tesseract");
        this.format = Objects.requireNonNull(format, "format");
    }

    @Override
    public String name() {
        return LAYOUT_PREFIX + format.name().toLowerCase();
    }

    /** Whether a document's layout says it was read by OCR. */
    public static boolean isOcr(String layout) {
        return layout != null && layout.startsWith(LAYOUT_PREFIX);
    }

    @Override
    public SourceRows read(byte[] bytes, DocumentLimits limits) throws DocumentRejectedException {
        if (!tesseract.isAvailable()) {
            throw new DocumentRejectedException("scanned document (" + format.name().toLowerCase() + "): "
                    + Tesseract.HOW_TO_INSTALL);
        }
        Deadline deadline = limits.ocrDeadline();
        List<TablePage> pages = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        int[] lines = {0};
        ScanPages.PageConsumer reader = (number, image) -> {
            deadline.check();
            if (number >= PAGE_STRIDE) {
                throw new DocumentRejectedException("scanned document has more than " + (PAGE_STRIDE - 1) + " pages");
            }
            TablePage page = page(image, number, deadline, problems);
            lines[0] += page.lines().size();
            limits.checkRows(lines[0]);
            pages.add(page);
        };
        if (format == DocumentFormat.PDF) {
            ScanPages.ofPdf(bytes, limits, reader);
        } else {
            ScanPages.ofImage(bytes, reader);
        }
        if (lines[0] == 0) {
            throw new DocumentRejectedException("scanned document in which OCR recognised no text on any of its "
                    + pages.size() + " page(s)");
        }
        IntFunction<String> places = line -> "page " + line / PAGE_STRIDE + " line " + line % PAGE_STRIDE + " (OCR)";
        List<Row> rows = new TableRebuilder(joiner, COLUMN_TOLERANCE * textHeight(pages), MIN_COLUMN_SUPPORT)
                .rows(pages);
        List<Row> repaired = OcrHeadings.of(Vocabulary.active())
                .repair(OcrDashes.repair(rows, places, problems), places, problems);
        return new SourceRows(repaired, places, problems);
    }

    private TablePage page(BufferedImage image, int number, Deadline deadline, List<Problem> problems)
            throws DocumentRejectedException {
        GrayPage gray = GrayPage.of(image);
        double skew = Deskew.angle(gray);
        if (skew != 0) {
            gray = GrayPage.of(Deskew.straighten(gray.image(), skew));
        }
        RulingLines rules = RulingLines.find(gray);
        List<OcrWord> read = tesseract.words(gray.image(), deadline);
        float textHeight = OcrNoise.textHeight(read);
        BarredSigns.Repaired repaired = BarredSigns.repair(OcrNoise.clean(read, textHeight), gray, textHeight);
        repaired.repairs().forEach(repair -> problems.add(new Problem(0, "page " + number + ": " + repair)));
        List<OcrWord> words = repaired.words();
        float[] horizontal = rules.horizontal();
        float tableFoot = horizontal.length == 0 ? Float.MAX_VALUE : horizontal[horizontal.length - 1];
        List<TextLine> lines = OcrLines.of(words, textHeight, rules, number * PAGE_STRIDE + 1).stream()
                .filter(line -> !isPageNumber(line.text()) && !isPageFoot(line, tableFoot))
                .toList();
        return new TablePage(lines, rules.horizontal(), rules.vertical());
    }

    /**
     * A page number as the PDF reader knows them, OCR having read its dashes as 一 ("一2一") or lost one of them
     * ("一 3"): a line of nothing else at the foot of the page.
     */
    private static boolean isPageNumber(String line) {
        String dashes = line.replace('一', '—');
        return PageNumbers.isPageNumber(dashes) || OCR_PAGE_NUMBER.matcher(dashes.strip()).matches();
    }

    private static final Pattern OCR_PAGE_NUMBER = Pattern.compile("[—-]\\s*\\d{1,4}|\\d{1,4}\\s*[—-]");
    /** A page number whose digits OCR read as characters ("— 6 —" as 一省一), or a lone mark: "一省一", "二-", "有". */
    private static final Pattern MISREAD_PAGE_NUMBER = Pattern.compile("[-—一二_=~]\\S{0,3}[-—一_=~]?|\\S");

    /** A page number OCR misread, below the table's last horizontal rule: nothing of the form stands there so short. */
    static boolean isPageFoot(TextLine line, float tableFoot) {
        return line.y() > tableFoot && MISREAD_PAGE_NUMBER.matcher(line.text().replace(" ", "")).matches();
    }

    /** The median height of the text lines read, in pixels. */
    private static float textHeight(List<TablePage> pages) {
        List<Float> sizes = new ArrayList<>();
        pages.forEach(page -> page.lines().forEach(line -> sizes.add(line.size())));
        sizes.sort(null);
        return sizes.isEmpty() ? 1f : sizes.get(sizes.size() / 2);
    }
}
