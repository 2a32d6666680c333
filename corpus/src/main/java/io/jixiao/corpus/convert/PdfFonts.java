package io.jixiao.corpus.convert;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * The fonts embedded in written PDFs: WenQuanYi Micro Hei (Debian package fonts-wqy-microhei), and DejaVu Sans
 * (fonts-dejavu-core) for the symbols it has no glyph for, such as the ☑ of a form's check boxes; .ci/run installs
 * both. No Maven artifact ships CJK glyphs, so a missing CJK font is an error that says what to install; without DejaVu
 * Sans only a character that needs it fails. The fonts stay open until the document is saved, since the subsets are
 * embedded then.
 */
final class PdfFonts implements AutoCloseable {

    static final Path CJK = Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc");
    static final Path SYMBOLS = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");

    private final TrueTypeCollection cjk;
    private final TrueTypeFont symbols;

    private PdfFonts(TrueTypeCollection cjk, TrueTypeFont symbols) {
        this.cjk = cjk;
        this.symbols = symbols;
    }

    static PdfFonts open() throws IOException {
        if (!Files.isReadable(CJK)) {
            throw new IllegalStateException("CJK font " + CJK + " not found: install the Debian package"
                    + " fonts-wqy-microhei (.ci/run does)");
        }
        TrueTypeCollection cjk = new TrueTypeCollection(CJK.toFile());
        try {
            TrueTypeFont symbols = Files.isReadable(SYMBOLS)
                    ? new TTFParser().parse(new RandomAccessReadBufferedFile(SYMBOLS.toFile())) : null;
            return new PdfFonts(cjk, symbols);
        } catch (IOException | RuntimeException e) {
            cjk.close();
            throw e;
        }
    }

    /** The typeface of a document: the collection's first face (WenQuanYi Micro Hei), then DejaVu Sans. */
    PdfTypeface embedIn(PDDocument document) throws IOException {
        TrueTypeFont[] first = new TrueTypeFont[1];
        cjk.processAllFonts(font -> {
            if (first[0] == null) {
                first[0] = font;
            }
        });
        List<TrueTypeFont> faces = new ArrayList<>();
        faces.add(first[0]);
        if (symbols != null) {
            faces.add(symbols);
        }
        return PdfTypeface.embed(document, faces, symbols == null
                ? "WenQuanYi Micro Hei has none, and DejaVu Sans (" + SYMBOLS + ", Debian package fonts-dejavu-core)"
                        + " is not installed"
                : "neither WenQuanYi Micro Hei nor DejaVu Sans has one");
    }

    @Override
    public void close() throws IOException {
        try {
            cjk.close();
        } finally {
            if (symbols != null) {
                symbols.close();
            }
        }
    }
}
