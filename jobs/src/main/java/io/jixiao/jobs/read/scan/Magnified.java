package io.jixiao.jobs.read.scan;

import io.jixiao.jobs.read.binary.Deadline;
import io.jixiao.jobs.read.binary.DocumentRejectedException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

/** OCR of a page enlarged (bicubic), its words' boxes given back in the page's own pixels. */
final class Magnified {

    private Magnified() {
    }

    static List<OcrWord> words(Tesseract tesseract, BufferedImage page, double factor, Deadline deadline)
            throws DocumentRejectedException {
        if (factor == 1) {
            return tesseract.words(page, deadline);
        }
        BufferedImage large = new BufferedImage((int) Math.round(page.getWidth() * factor),
                (int) Math.round(page.getHeight() * factor), BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D graphics = large.createGraphics();
        graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        graphics.drawImage(page, 0, 0, large.getWidth(), large.getHeight(), null);
        graphics.dispose();
        List<OcrWord> words = new ArrayList<>();
        for (OcrWord word : tesseract.words(large, deadline)) {
            words.add(new OcrWord(word.line(), (int) Math.round(word.left() / factor),
                    (int) Math.round(word.top() / factor), (int) Math.round(word.width() / factor),
                    (int) Math.round(word.height() / factor), word.confidence(), word.text()));
        }
        return words;
    }
}
