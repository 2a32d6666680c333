package io.jixiao.read.scan;

import io.jixiao.read.pdf.Glyph;
import io.jixiao.read.pdf.PageLines;
import io.jixiao.read.pdf.TextLine;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The words OCR found on a page as text lines, as a PDF's glyphs make them: each of Tesseract's lines becomes one
 * text line at its words' median bottom, with the page's text height as the font size, split into chunks at the
 * gaps between cells ({@link PageLines}) and at the vertical ruling lines. Two Latin words of one cell keep a blank between them; CJK words are
 * joined, as Tesseract splits Chinese text into words where the writer put no blank.
 */
final class OcrLines {

    private OcrLines() {
    }

    /** The page's lines, top to bottom, numbered from {@code firstLine}. */
    static List<TextLine> of(List<OcrWord> words, float textHeight, RulingLines rules, int firstLine) {
        Map<Long, List<OcrWord>> byLine = new LinkedHashMap<>();
        for (OcrWord word : words) {
            byLine.computeIfAbsent(word.line(), key -> new ArrayList<>()).add(word);
        }
        List<List<Glyph>> lines = new ArrayList<>();
        for (List<OcrWord> line : byLine.values()) {
            lines.add(glyphs(line, textHeight));
        }
        lines.sort(Comparator.comparingDouble(line -> line.get(0).y()));
        List<TextLine> result = new ArrayList<>(lines.size());
        for (List<Glyph> line : lines) {
            float middle = line.get(0).y() - textHeight / 2;
            result.add(line(line, rules.verticalAt(middle), firstLine + result.size()));
        }
        return result;
    }

    /**
     * One line's chunks: split at the gaps between cells, and always at a ruling line that crosses the line, however
     * narrow the gap (only those: a merged cell's text runs on across the rules of the rows above and below).
     */
    private static TextLine line(List<Glyph> glyphs, float[] verticalRules, int number) {
        List<TextLine.Chunk> chunks = new ArrayList<>();
        List<Glyph> cell = new ArrayList<>();
        int rule = 0;
        for (Glyph glyph : withoutRuleRemains(splitAtRules(glyphs, verticalRules), verticalRules)) {
            boolean crossed = false;
            while (rule < verticalRules.length && verticalRules[rule] < glyph.x()) {
                crossed = true;
                rule++;
            }
            if (crossed && !cell.isEmpty()) {
                chunks.addAll(PageLines.of(cell, number).get(0).chunks());
                cell = new ArrayList<>();
            }
            cell.add(glyph);
        }
        chunks.addAll(PageLines.of(cell, number).get(0).chunks());
        return new TextLine(number, glyphs.get(0).y(), glyphs.get(0).size(), chunks);
    }

    private static List<Glyph> glyphs(List<OcrWord> words, float size) {
        words.sort(Comparator.comparingInt(OcrWord::left));
        float y = median(words.stream().mapToInt(OcrWord::bottom).toArray());
        List<Glyph> glyphs = new ArrayList<>(words.size());
        OcrWord previous = null;
        for (OcrWord word : words) {
            String text = word.text();
            if (previous != null && isLatin(previous.text().charAt(previous.text().length() - 1))
                    && isLatin(text.charAt(0))) {
                text = " " + text;
            }
            glyphs.add(new Glyph(word.left(), y, word.width(), size, text));
            previous = word;
        }
        return glyphs;
    }

    /**
     * A lone mark (。, ”) just left of a rule that crosses the line is what is left of the rule, read as a mark: it
     * would end a sentence in the middle of a wrapped cell ("计量器具检。" / "定合格率%").
     */
    private static List<Glyph> withoutRuleRemains(List<Glyph> glyphs, float[] verticalRules) {
        List<Glyph> kept = new ArrayList<>(glyphs.size());
        for (Glyph glyph : glyphs) {
            if (!(OcrNoise.isOnlyMarks(glyph.text().strip()) && justLeftOfRule(glyph, verticalRules))) {
                kept.add(glyph);
            }
        }
        return kept.isEmpty() ? glyphs : kept;
    }

    private static boolean justLeftOfRule(Glyph glyph, float[] verticalRules) {
        float right = glyph.x() + glyph.width();
        for (float rule : verticalRules) {
            if (rule >= glyph.x() && rule - right < RULE_REMAINS * glyph.size()) {
                return true;
            }
        }
        return false;
    }

    /** A mark this close to a rule (in text heights) sits where a cell's padding is blank. */
    private static final float RULE_REMAINS = 0.6f;

    /**
     * Words split where a rule crosses them: with the rule whitened, Tesseract may read the last character of one
     * cell and the first of the next as one word. The characters are cut where the rule falls, CJK text being set in
     * equal widths.
     */
    private static List<Glyph> splitAtRules(List<Glyph> glyphs, float[] verticalRules) {
        List<Glyph> split = new ArrayList<>(glyphs.size());
        for (Glyph glyph : glyphs) {
            Glyph rest = glyph;
            for (float rule : verticalRules) {
                String text = rest.text().strip();
                // a CJK character is as wide as the text is high; the box's width also holds the gap at the rule
                float width = text.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
                        ? Math.min(rest.size(), rest.width() / Math.max(1, text.length()))
                        : rest.width() / Math.max(1, text.length());
                int at = Math.round((rule - rest.x()) / width);
                if (text.length() < 2 || at < 1 || at >= text.length()) {
                    continue;
                }
                split.add(new Glyph(rest.x(), rest.y(), at * width, rest.size(), text.substring(0, at)));
                rest = new Glyph(rest.x() + at * width, rest.y(), (text.length() - at) * width, rest.size(),
                        text.substring(at));
            }
            split.add(rest);
        }
        return split;
    }

    private static boolean isLatin(char c) {
        return c < 128 && Character.isLetterOrDigit(c);
    }

    private static float median(int[] values) {
        Arrays.sort(values);
        return values.length % 2 == 1 ? values[values.length / 2]
                : (values[values.length / 2 - 1] + values[values.length / 2]) / 2f;
    }
}
