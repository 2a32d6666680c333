package io.jixiao.corpus.convert;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The CJK font embedded in written PDFs: WenQuanYi Micro Hei from the Debian package fonts-wqy-microhei (installed
 * by .ci/run). No Maven artifact ships CJK glyphs, so a missing font is an error that says what to install. The
 * collection stays open until the document is saved, since the subset is embedded then.
 */
final class CjkFont implements AutoCloseable {

    static final Path FILE = Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc");

    private final TrueTypeCollection collection;

    private CjkFont(TrueTypeCollection collection) {
        this.collection = collection;
    }

    static CjkFont open() throws IOException {
        if (!Files.isReadable(FILE)) {
            throw new IllegalStateException("CJK font " + FILE + " not found: install the Debian package"
                    + " fonts-wqy-microhei (.ci/run does)");
        }
        return new CjkFont(new TrueTypeCollection(FILE.toFile()));
    }

    /** The collection's first face (WenQuanYi Micro Hei), embedded in the document as a subset. */
    PDType0Font embedIn(PDDocument document) throws IOException {
        TrueTypeFont[] first = new TrueTypeFont[1];
        collection.processAllFonts(font -> {
            if (first[0] == null) {
                first[0] = font;
            }
        });
        return PDType0Font.load(document, first[0], true);
    }

    @Override
    public void close() throws IOException {
        collection.close();
    }
}
