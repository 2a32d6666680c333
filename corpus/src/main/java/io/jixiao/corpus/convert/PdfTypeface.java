package io.jixiao.corpus.convert;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Text drawn and measured with several embedded fonts: each character in the first font that has a glyph for it, a
 * line shown as runs of one font each. A character no font has is an error that names it.
 */
final class PdfTypeface {

    private record Face(PDType0Font font, CmapLookup characters) {
    }

    private final List<Face> faces;
    private final String noGlyph;

    private PdfTypeface(List<Face> faces, String noGlyph) {
        this.faces = List.copyOf(faces);
        this.noGlyph = noGlyph;
    }

    /**
     * @param noGlyph what to say of a character no font has a glyph for: why, and what to install
     */
    static PdfTypeface embed(PDDocument document, List<TrueTypeFont> fonts, String noGlyph) throws IOException {
        List<Face> faces = new ArrayList<>();
        for (TrueTypeFont font : fonts) {
            faces.add(new Face(PDType0Font.load(document, font, true), font.getUnicodeCmapLookup()));
        }
        return new PdfTypeface(faces, noGlyph);
    }

    /** The width of a text at a font size, in PDF units. */
    float width(String text, float size) throws IOException {
        float width = 0;
        for (int start = 0; start < text.length(); ) {
            Face face = faceOf(text, start);
            int end = runEnd(text, start, face);
            width += face.font().getStringWidth(text.substring(start, end)) / 1000 * size;
            start = end;
        }
        return width;
    }

    /** Shows a text at the stream's text position (inside BT … ET), a run of characters of one font at a time. */
    void show(PDPageContentStream stream, String text, float size) throws IOException {
        for (int start = 0; start < text.length(); ) {
            Face face = faceOf(text, start);
            int end = runEnd(text, start, face);
            stream.setFont(face.font(), size);
            stream.showText(text.substring(start, end));
            start = end;
        }
    }

    private int runEnd(String text, int start, Face face) {
        int end = start + Character.charCount(text.codePointAt(start));
        while (end < text.length() && faceOf(text, end) == face) {
            end += Character.charCount(text.codePointAt(end));
        }
        return end;
    }

    private Face faceOf(String text, int index) {
        int codePoint = text.codePointAt(index);
        for (Face face : faces) {
            if (face.characters().getGlyphId(codePoint) != 0) {
                return face;
            }
        }
        throw new IllegalArgumentException(String.format("no glyph for U+%04X (%s) in \"%s\": %s", codePoint,
                new String(Character.toChars(codePoint)), text, noGlyph));
    }
}
