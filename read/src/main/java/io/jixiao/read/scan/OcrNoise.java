package io.jixiao.read.scan;

import java.util.ArrayList;
import java.util.List;

/**
 * Marks Tesseract reads into a table's blank space, where nothing was printed: a lone 。, ” or | as tall as a text
 * line (a real 。 or ” is a small mark at the foot or head of a line) or read with little confidence, and a quote stuck in front of a word
 * ("”100%", "“>90%", "“一级指标") where no quotation opens. Those are dropped; words that only look alike are kept.
 */
final class OcrNoise {

    private static final String MARKS = "。.，,、”“\"'‘’|丨`·:：;；";
    private static final String QUOTES = "”“\"'‘’`";
    /** Tesseract's confidence below which a lone mark is more likely a speck or a rule's remains than printed. */
    private static final float DOUBTFUL = 50;
    /** A mark this many times as tall as the page's text is not a printed mark. */
    private static final float TALL = 1.3f;

    private OcrNoise() {
    }

    static List<OcrWord> clean(List<OcrWord> words, float textHeight) {
        List<OcrWord> kept = new ArrayList<>(words.size());
        for (OcrWord word : words) {
            if (isOnlyMarks(word.text()) && (word.height() > TALL * textHeight || word.confidence() < DOUBTFUL)) {
                continue;
            }
            kept.add(withoutStrayQuote(word));
        }
        return kept;
    }

    /**
     * A closing quote never opens a word; an opening one does, but not in front of a number or a sign, and not
     * without its closing quote in the word.
     */
    private static OcrWord withoutStrayQuote(OcrWord word) {
        String text = word.text();
        int start = 0;
        while (start < text.length() - 1 && QUOTES.indexOf(text.charAt(start)) >= 0
                && (text.charAt(start) != '“' || startsValue(text.charAt(start + 1)) || text.indexOf('”') < 0)) {
            start++;
        }
        if (start == 0) {
            return word;
        }
        // the quote took its share of the box: often the remains of a ruling line, left of the cell's text
        int cut = word.width() * start / text.length();
        return new OcrWord(word.line(), word.left() + cut, word.top(), word.width() - cut, word.height(),
                word.confidence(), text.substring(start));
    }

    private static boolean startsValue(char c) {
        return Character.isDigit(c) || "<>≤≥=＜＞≦≧+-±".indexOf(c) >= 0;
    }

    static boolean isOnlyMarks(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (MARKS.indexOf(text.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    /** The height of a line of text on the page: the median height of the words of one CJK character. */
    static float textHeight(List<OcrWord> words) {
        List<Integer> heights = new ArrayList<>();
        for (OcrWord word : words) {
            if (word.text().length() == 1 && Character.UnicodeScript.of(word.text().charAt(0))
                    == Character.UnicodeScript.HAN) {
                heights.add(word.height());
            }
        }
        if (heights.isEmpty()) {
            words.forEach(word -> heights.add(word.height()));
        }
        heights.sort(null);
        return heights.isEmpty() ? 1f : heights.get(heights.size() / 2);
    }
}
