package io.jixiao.read.scan;

/**
 * One word Tesseract recognised, with its box in the page image's pixels and the line Tesseract put it on.
 *
 * @param line       Tesseract's block, paragraph and line numbers folded into one key, unique on the page
 * @param confidence Tesseract's confidence, 0 to 100
 */
public record OcrWord(long line, int left, int top, int width, int height, float confidence, String text) {

    public int bottom() {
        return top + height;
    }

    public int right() {
        return left + width;
    }
}
