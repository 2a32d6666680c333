package io.jixiao.read.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Groups a page's glyphs into text lines (glyphs whose baselines lie within a third of the font size) and splits each
 * line into chunks at gaps wider than {@link #COLUMN_GAP} times the font size. Blanks drawn as glyphs stay inside a
 * chunk, so "年度 总体 目标" is one chunk; table cells are padded, so neighbouring cells leave a wider gap. A glyph
 * drawn again over itself (bold faked by overprinting) is read once.
 */
public final class PageLines {

    /** A gap between glyphs wider than this many font sizes separates two cells. */
    static final float COLUMN_GAP = 0.8f;
    private static final float SAME_LINE = 0.35f;
    /** A glyph repeated within this many font sizes of itself is overprinted. */
    private static final float OVERPRINT = 0.2f;

    private PageLines() {
    }

    /** The page's lines, top to bottom; line numbers are {@code firstLine}, {@code firstLine + 1} …. */
    public static List<TextLine> of(List<Glyph> glyphs, int firstLine) {
        List<Glyph> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparingDouble(Glyph::y));
        List<List<Glyph>> groups = new ArrayList<>();
        List<Glyph> current = new ArrayList<>();
        float baseline = Float.NaN;
        for (Glyph glyph : sorted) {
            if (!current.isEmpty() && Math.abs(glyph.y() - baseline) > SAME_LINE * Math.max(glyph.size(), 1f)) {
                groups.add(current);
                current = new ArrayList<>();
            }
            if (current.isEmpty()) {
                baseline = glyph.y();
            }
            current.add(glyph);
        }
        if (!current.isEmpty()) {
            groups.add(current);
        }
        List<TextLine> lines = new ArrayList<>(groups.size());
        for (List<Glyph> group : groups) {
            lines.add(line(group, firstLine + lines.size()));
        }
        return lines;
    }

    private static TextLine line(List<Glyph> group, int number) {
        group.sort(Comparator.comparingDouble(Glyph::x));
        float size = 0;
        for (Glyph glyph : group) {
            size = Math.max(size, glyph.size());
        }
        List<TextLine.Chunk> chunks = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        float start = group.get(0).x();
        float right = group.get(0).x();
        Glyph previous = null;
        for (Glyph glyph : group) {
            if (previous != null && isOverprint(previous, glyph)) {
                continue;
            }
            previous = glyph;
            if (text.length() > 0 && glyph.x() - right > COLUMN_GAP * size) {
                chunks.add(new TextLine.Chunk(start, text.toString()));
                text.setLength(0);
                start = glyph.x();
            }
            text.append(glyph.text());
            right = Math.max(right, glyph.right());
        }
        chunks.add(new TextLine.Chunk(start, text.toString()));
        return new TextLine(number, group.get(0).y(), size, chunks);
    }

    /** The same character drawn again almost on top of itself: bold faked by overprinting, read once. */
    private static boolean isOverprint(Glyph previous, Glyph glyph) {
        return glyph.text().equals(previous.text()) && Math.abs(glyph.x() - previous.x()) < OVERPRINT * glyph.size();
    }
}
