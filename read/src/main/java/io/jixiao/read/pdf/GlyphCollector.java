package io.jixiao.read.pdf;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Collects the glyphs PDFBox finds on one page with their positions (in reading direction, y from the top), leaving
 * the grouping into lines and cells to {@link PageLines}: PDFTextStripper's own text loses the table.
 */
final class GlyphCollector extends PDFTextStripper {

    private final List<Glyph> glyphs = new ArrayList<>();

    /** The glyphs of page {@code page} (1-based). */
    List<Glyph> page(PDDocument document, int page) throws IOException {
        glyphs.clear();
        setStartPage(page);
        setEndPage(page);
        writeText(document, Writer.nullWriter());
        return List.copyOf(glyphs);
    }

    @Override
    protected void processTextPosition(TextPosition text) {
        String unicode = text.getUnicode();
        if (unicode != null && !unicode.isEmpty()) {
            glyphs.add(new Glyph(text.getXDirAdj(), text.getYDirAdj(), text.getWidthDirAdj(),
                    text.getFontSizeInPt(), unicode));
        }
    }
}
