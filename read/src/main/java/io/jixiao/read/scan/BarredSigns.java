package io.jixiao.read.scan;

import java.util.ArrayList;
import java.util.List;

/**
 * Tesseract's Chinese model reads ≥, ≤ and ± as >, < and +, which turns "at least 90%" into "more than 90%", and
 * = as -, which turns "=100%" into "-100%". The page tells them apart: the sign with a bar under it, clear of the
 * sign (for =, a second bar under the first). Each such character of a word is looked
 * at in the image (the word cut into characters at the blank columns between them) and repaired where the bar is
 * there; every repair is reported.
 */
final class BarredSigns {

    private static final String SIGNS = "<>+-";
    private static final String BARRED = "≤≥±=";
    /** A bar spans at least this share of its character's width. */
    private static final double BAR_SHARE = 0.7;
    /** Between the two bars of =, no run longer than this share of the width (blur greys the gap). */
    private static final double GAP_SHARE = 0.3;
    /** A bar may lie this share of a text line below the word's box, which Tesseract may have drawn without it. */
    private static final double BELOW_BOX = 0.3;

    /** The words with their signs repaired, and what was repaired. */
    record Repaired(List<OcrWord> words, List<String> repairs) {
    }

    private BarredSigns() {
    }

    static Repaired repair(List<OcrWord> words, GrayPage page, float textHeight) {
        List<OcrWord> result = new ArrayList<>(words.size());
        List<String> repairs = new ArrayList<>();
        for (OcrWord word : words) {
            String text = word.text();
            if (text.chars().noneMatch(c -> SIGNS.indexOf(c) >= 0)) {
                result.add(word);
                continue;
            }
            int bottom = Math.min(page.height(), word.bottom() + (int) (BELOW_BOX * textHeight));
            List<int[]> characters = characters(page, word, bottom);
            StringBuilder repaired = new StringBuilder(text);
            for (int i = 0; i < text.length(); i++) {
                int sign = SIGNS.indexOf(text.charAt(i));
                // the characters can be matched one to one only where none touch; the first one always can
                boolean matched = characters.size() == text.length() || i == 0 && !characters.isEmpty();
                // a dash alone is a cell's placeholder, never an = whose upper bar OCR lost
                boolean alone = text.length() == 1;
                if (sign >= 0 && matched && !(alone && text.charAt(i) == '-') && beforeAFigure(text, i)
                        && hasBarUnder(page, characters.get(i), text.charAt(i) == '-' ? 0 : 1, word.top(), bottom)) {
                    repaired.setCharAt(i, BARRED.charAt(sign));
                }
            }
            if (repaired.toString().equals(text)) {
                result.add(word);
            } else {
                repairs.add("'" + text + "' read by OCR as '" + repaired + "': a bar under the sign");
                result.add(new OcrWord(word.line(), word.left(), word.top(), word.width(), word.height(),
                        word.confidence(), repaired.toString()));
            }
        }
        return new Repaired(result, repairs);
    }

    /** Whether the sign stands where a comparator does: before a figure or a sign ("≤±15ns"), not in markup ("<p>7"). */
    private static boolean beforeAFigure(String text, int i) {
        char previous = i == 0 ? ' ' : text.charAt(i - 1);
        char next = i + 1 < text.length() ? text.charAt(i + 1) : ' ';
        return (Character.isDigit(next) || SIGNS.indexOf(next) >= 0 || BARRED.indexOf(next) >= 0)
                && !(previous < 128 && Character.isLetter(previous));
    }

    /** The word's characters as column ranges {first, last}: runs of columns holding ink. */
    private static List<int[]> characters(GrayPage page, OcrWord word, int bottom) {
        List<int[]> characters = new ArrayList<>();
        int start = -1;
        int right = Math.min(page.width(), word.right());
        for (int x = Math.max(0, word.left()); x <= right; x++) {
            boolean ink = x < right && columnHasInk(page, x, Math.max(0, word.top()), bottom);
            if (ink && start < 0) {
                start = x;
            } else if (!ink && start >= 0) {
                characters.add(new int[] {start, x - 1});
                start = -1;
            }
        }
        return characters;
    }

    private static boolean columnHasInk(GrayPage page, int x, int top, int bottom) {
        for (int y = top; y < bottom; y++) {
            if (page.isInk(x, y)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the character's lowest ink is a bar across it with more ink above: a sign of any shape
     * ({@code minInkAbove} 1: a > or < ends in a point, never in a bar) or, for a dash, a second bar above a gap
     * (0: the dash itself is a bar). Blur may grey the gap between a sign and its bar, so the row above the bar need
     * only be no bar itself.
     */
    private static boolean hasBarUnder(GrayPage page, int[] character, int minInkAbove, int top, int bottom) {
        int width = character[1] - character[0] + 1;
        int y = bottom - 1;
        int limit = Math.max(0, top);
        while (y >= limit && longestRun(page, character, y) == 0) {
            y--;
        }
        boolean bar = false;
        while (y >= limit && longestRun(page, character, y) >= BAR_SHARE * width) {
            bar = true;
            y--;
        }
        if (!bar || y < limit) {
            return false;
        }
        if (minInkAbove == 1) {
            for (; y >= limit; y--) {
                if (longestRun(page, character, y) > 0) {
                    return true;
                }
            }
            return false;
        }
        while (y >= limit && longestRun(page, character, y) < GAP_SHARE * width) {
            y--;
        }
        return y >= limit && longestRun(page, character, y) >= BAR_SHARE * width;
    }

    private static int longestRun(GrayPage page, int[] character, int y) {
        int longest = 0;
        int run = 0;
        for (int x = character[0]; x <= character[1]; x++) {
            run = page.isInk(x, y) ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        return longest;
    }
}
