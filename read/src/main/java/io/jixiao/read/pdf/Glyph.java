package io.jixiao.read.pdf;

/** One drawn character: its left edge, baseline (from the page top), advance width and font size, in points. */
public record Glyph(float x, float y, float width, float size, String text) {

    float right() {
        return x + width;
    }
}
