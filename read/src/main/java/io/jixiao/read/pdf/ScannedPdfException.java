package io.jixiao.read.pdf;

import io.jixiao.read.binary.DocumentRejectedException;

/** A PDF whose pages hold no text, only pictures: a scan, to be read by OCR. */
public final class ScannedPdfException extends DocumentRejectedException {

    public ScannedPdfException() {
        super("PDF has no text layer (a scanned image)");
    }
}
