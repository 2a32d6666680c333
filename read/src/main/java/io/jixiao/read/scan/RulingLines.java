package io.jixiao.read.scan;

import java.util.ArrayList;
import java.util.List;

/**
 * The ruling lines of a scanned table: runs of ink far longer than any character (a fraction of the page across,
 * a few text lines down), horizontal and vertical. They tell the rows and columns where the text alone cannot
 * (wrapped cells, merged cells), and they are whitened before OCR, where they would be read as 丨, 一 or quotes.
 *
 * @param horizontal the y of each horizontal rule, ascending
 * @param vertical   the x of each vertical rule, ascending
 * @param segments   the vertical rules as drawn: a rule between two merged cells stops above them
 */
record RulingLines(float[] horizontal, float[] vertical, List<Segment> segments) {

    /** A piece of a vertical rule: its x and its top and bottom y. */
    record Segment(int x, int top, int bottom) {
    }

    /** The x of the vertical rules that cross height y, ascending. */
    float[] verticalAt(float y) {
        return toArray(segments.stream().filter(segment -> segment.top() <= y && y <= segment.bottom())
                .map(segment -> (float) segment.x()).sorted().toList());
    }

    /** A horizontal rule is at least this share of the page's width. */
    private static final double MIN_HORIZONTAL_SHARE = 0.12;
    /** A vertical rule is at least this share of the page's height (a row of one text line is about 1/35). */
    private static final double MIN_VERTICAL_SHARE = 0.025;
    /** A vertical run this long is a rule even where it does not meet horizontal ones. */
    private static final double LONG_VERTICAL_SHARE = 0.1;
    /** Breaks in a scanned line up to this many pixels are bridged. */
    private static final int MAX_BREAK = 2;
    /**
     * Pixels this close to a rule's ink are whitened with it: the grey fringe anti-aliasing leaves. Whitening three
     * pixels each side read sample 002's scan worse (230 facts against 241): Tesseract then joins more across rules.
     */
    private static final int FRINGE = 1;
    /** Rows (or columns) of a rule closer than this many pixels are one rule drawn thick. */
    private static final int SAME_RULE = 4;

    /** Finds the rules on the page and whitens them in it. */
    static RulingLines find(GrayPage page) {
        int minWidth = (int) (page.width() * MIN_HORIZONTAL_SHARE);
        int minHeight = Math.max(8, (int) (page.height() * MIN_VERTICAL_SHARE));
        List<int[]> horizontalRuns = runs(page.height(), page.width(), minWidth, (y, x) -> page.isInk(x, y));
        List<int[]> verticalRuns = runs(page.width(), page.height(), minHeight, page::isInk);
        float[] horizontal = positions(horizontalRuns);
        verticalRuns.removeIf(run -> !isTableRule(run, horizontal, page.height()));
        for (int[] run : horizontalRuns) {
            for (int x = run[1]; x <= run[2]; x++) {
                whitenAcross(page, x, run[0]);
            }
        }
        for (int[] run : verticalRuns) {
            for (int y = run[1]; y <= run[2]; y++) {
                whitenAlong(page, run[0], y);
            }
        }
        List<Segment> segments = verticalRuns.stream().map(run -> new Segment(run[0], run[1], run[2])).toList();
        return new RulingLines(horizontal, positions(verticalRuns), segments);
    }

    private interface InkAt {
        boolean test(int line, int at);
    }

    /**
     * The runs of ink at least {@code minLength} long along each of {@code lines} lines of {@code length} pixels, as
     * {line, first, last}; {@code ink} is asked (line, position).
     */
    private static List<int[]> runs(int lines, int length, int minLength, InkAt ink) {
        List<int[]> runs = new ArrayList<>();
        for (int line = 0; line < lines; line++) {
            int start = -1;
            int lastInk = -1;
            for (int at = 0; at <= length; at++) {
                if (at < length && ink.test(line, at)) {
                    if (start < 0 || at - lastInk > MAX_BREAK + 1) {
                        if (start >= 0 && lastInk - start + 1 >= minLength) {
                            runs.add(new int[] {line, start, lastInk});
                        }
                        start = at;
                    }
                    lastInk = at;
                }
            }
            if (start >= 0 && lastInk - start + 1 >= minLength) {
                runs.add(new int[] {line, start, lastInk});
            }
        }
        return runs;
    }

    /** A vertical run ends on horizontal rules, or is long; a stamp's ring or a tick in the margin is neither. */
    private static boolean isTableRule(int[] run, float[] horizontal, int pageHeight) {
        return run[2] - run[1] >= pageHeight * LONG_VERTICAL_SHARE
                || nearRule(run[1], horizontal) && nearRule(run[2], horizontal);
    }

    private static boolean nearRule(int y, float[] horizontal) {
        for (float rule : horizontal) {
            if (Math.abs(rule - y) <= SAME_RULE + 2) {
                return true;
            }
        }
        return false;
    }

    /** Whitens a horizontal rule's pixel and the grey fringe above and below it. */
    private static void whitenAcross(GrayPage page, int x, int y) {
        for (int dy = -FRINGE; dy <= FRINGE; dy++) {
            if (y + dy >= 0 && y + dy < page.height()) {
                page.whiten(x, y + dy);
            }
        }
    }

    private static void whitenAlong(GrayPage page, int x, int y) {
        for (int dx = -FRINGE; dx <= FRINGE; dx++) {
            if (x + dx >= 0 && x + dx < page.width()) {
                page.whiten(x + dx, y);
            }
        }
    }

    /** One position per rule: the middle of the runs that lie within {@link #SAME_RULE} pixels of each other. */
    private static float[] positions(List<int[]> runs) {
        List<Integer> at = runs.stream().map(run -> run[0]).distinct().sorted().toList();
        List<Float> rules = new ArrayList<>();
        int first = -1;
        int last = -1;
        for (int position : at) {
            if (first >= 0 && position - last > SAME_RULE) {
                rules.add((first + last) / 2f);
                first = -1;
            }
            if (first < 0) {
                first = position;
            }
            last = position;
        }
        if (first >= 0) {
            rules.add((first + last) / 2f);
        }
        return toArray(rules);
    }

    private static float[] toArray(List<Float> values) {
        float[] result = new float[values.size()];
        for (int i = 0; i < result.length; i++) {
            result[i] = values.get(i);
        }
        return result;
    }
}
