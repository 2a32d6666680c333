package io.jixiao.corpus.convert;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * Writes a grid as a PDF with a text layer, as a form printed to PDF looks: A4 landscape, the fonts embedded
 * ({@link PdfFonts}), single-cell rows (titles) centred, table cells left-aligned on one column grid with padding,
 * ruled as a grid (a rule under each row, one left of each cell and at the right); a filled cell runs on over the empty
 * cells after it (a merged cell), and text wraps inside it. A row that does not fit moves to the next page, shrinking
 * its font when it is taller than a page. Pages are numbered in the
 * footer, "-1-" on odd pages and "— 2 —" on even ones.
 *
 * <p>Wrapping breaks between any two characters except inside a run of Latin letters and digits (a blank where it
 * breaks starts the next line, so that the reader keeps it), and does not end a wrapped line with a sentence end (。；！？) unless the text breaks the
 * line there: the reader joins lines after a sentence end with a line break, as the text layouts do.
 */
final class PdfWriter {

    private static final PDRectangle PAGE = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
    private static final float MARGIN = 36;
    private static final float FONT_SIZE = 8;
    private static final float MIN_FONT_SIZE = 3;
    private static final float LINE_HEIGHT = 1.25f;
    private static final float PADDING = 0.5f;
    private static final String SENTENCE_END = "。；;！!？?";

    byte[] write(TableGrid grid) throws IOException {
        try (PdfFonts fonts = PdfFonts.open(); PDDocument document = new PDDocument();
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfTypeface font = fonts.embedIn(document);
            Pages pages = new Pages(document, font);
            float columnWidth = (PAGE.getWidth() - 2 * MARGIN) / Math.max(1, grid.width());
            for (int r = 0; r < grid.rows().size(); r++) {
                writeRow(pages, font, grid.rows().get(r), columnWidth, grid.isSingleCell(r));
            }
            pages.close();
            document.save(out);
            return out.toByteArray();
        }
    }

    private static void writeRow(Pages pages, PdfTypeface font, List<String> cells, float columnWidth,
                                 boolean centred) throws IOException {
        float size = FONT_SIZE;
        List<List<String>> wrapped;
        float height;
        while (true) {
            wrapped = new ArrayList<>();
            int lines = 1;
            for (int c = 0; c < cells.size(); c++) {
                float width = centred ? PAGE.getWidth() - 2 * MARGIN : span(cells, c) * columnWidth;
                List<String> cellLines = cells.get(c).isEmpty() ? List.of()
                        : wrap(font, size, cells.get(c), width - 2 * PADDING * size);
                wrapped.add(cellLines);
                lines = Math.max(lines, cellLines.size());
            }
            height = lines * LINE_HEIGHT * size + 2 * PADDING * size;
            if (height <= PAGE.getHeight() - 2 * MARGIN - 2 * FONT_SIZE || size <= MIN_FONT_SIZE) {
                break;
            }
            size -= 0.5f;
        }
        PDPageContentStream stream = pages.room(height);
        float top = pages.y;
        for (int c = 0; c < wrapped.size(); c++) {
            for (int i = 0; i < wrapped.get(c).size(); i++) {
                String line = wrapped.get(c).get(i);
                float x = centred ? (PAGE.getWidth() - font.width(line, size)) / 2
                        : MARGIN + c * columnWidth + PADDING * size;
                float baseline = top - PADDING * size - size - i * LINE_HEIGHT * size;
                stream.beginText();
                stream.newLineAtOffset(x, baseline);
                font.show(stream, line, size);
                stream.endText();
            }
        }
        pages.y = top - height;
        stream.moveTo(MARGIN, pages.y);
        stream.lineTo(PAGE.getWidth() - MARGIN, pages.y);
        if (!centred) {
            // a form's grid: a border left of each cell (a filled one spans the empty ones after it) and at the right
            for (int c = 0; c < cells.size(); c++) {
                if (c == 0 || !cells.get(c).isEmpty()) {
                    stream.moveTo(MARGIN + c * columnWidth, top);
                    stream.lineTo(MARGIN + c * columnWidth, pages.y);
                }
            }
            stream.moveTo(PAGE.getWidth() - MARGIN, top);
            stream.lineTo(PAGE.getWidth() - MARGIN, pages.y);
        }
        stream.stroke();
    }

    /** How many columns a filled cell spans: up to the next filled cell, or the end of its row. */
    private static int span(List<String> cells, int column) {
        int end = column + 1;
        while (end < cells.size() && cells.get(end).isEmpty()) {
            end++;
        }
        return end - column;
    }

    static List<String> wrap(PdfTypeface font, float size, String text, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\n", -1)) {
            int start = 0;
            while (start < paragraph.length()) {
                int end = fit(font, size, paragraph, start, width);
                lines.add(paragraph.substring(start, end));
                start = end;
            }
        }
        return lines;
    }

    /** The end of the line starting at {@code start}: as many characters as fit, then moved back by the rules. */
    private static int fit(PdfTypeface font, float size, String text, int start, float width) throws IOException {
        int end = start;
        float used = 0;
        while (end < text.length()) {
            float advance = font.width(text.substring(end, end + 1), size);
            if (used + advance > width && end > start) {
                break;
            }
            used += advance;
            end++;
        }
        if (end == text.length()) {
            return end;
        }
        if (isLatin(text.charAt(end - 1)) && isLatin(text.charAt(end))) {
            int back = end - 1;
            while (back > start && isLatin(text.charAt(back - 1))) {
                back--;
            }
            if (back > start) {
                end = back;
            }
        }
        while (end > start + 1 && SENTENCE_END.indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        return end;
    }

    private static boolean isLatin(char c) {
        return c < 128 && Character.isLetterOrDigit(c);
    }

    /** The page being filled and the height left on it; a new page gets its number in the footer. */
    private static final class Pages {
        private final PDDocument document;
        private final PdfTypeface font;
        private PDPageContentStream stream;
        private float y;

        Pages(PDDocument document, PdfTypeface font) {
            this.document = document;
            this.font = font;
        }

        PDPageContentStream room(float height) throws IOException {
            if (stream == null || y - height < MARGIN + 2 * FONT_SIZE) {
                close();
                PDPage page = new PDPage(PAGE);
                document.addPage(page);
                stream = new PDPageContentStream(document, page);
                stream.setLineWidth(0.5f);
                int number = document.getNumberOfPages();
                String footer = number % 2 == 1 ? "-" + number + "-" : "— " + number + " —";
                stream.beginText();
                stream.newLineAtOffset((PAGE.getWidth() - font.width(footer, FONT_SIZE)) / 2, MARGIN / 2);
                font.show(stream, footer, FONT_SIZE);
                stream.endText();
                y = PAGE.getHeight() - MARGIN;
            }
            return stream;
        }

        void close() throws IOException {
            if (stream != null) {
                stream.close();
                stream = null;
            }
        }
    }
}
