package io.jixiao.read.pdf;

import java.util.List;

/**
 * One text line of a page: its baseline, font size, line number and the chunks it splits into where the glyphs
 * leave a gap wider than a blank (the gaps between table columns).
 */
public record TextLine(int line, float y, float size, List<Chunk> chunks) {

    /** A run of glyphs without a column gap: its left edge and text as drawn (blanks kept). */
    public record Chunk(float x, String text) {
    }

    public String text() {
        StringBuilder out = new StringBuilder();
        chunks.forEach(chunk -> out.append(chunk.text()));
        return out.toString();
    }
}
