package io.jixiao.read.form;

import java.util.List;

/**
 * Free text cells. Paragraph tags are markup of the source system, not text: {@code </p> <p>} between paragraphs
 * becomes a line break and the remaining {@code <p>} / {@code </p>} tags are removed; the text is otherwise kept
 * as written, trimmed. Several cells are joined by line breaks.
 */
final class FreeTextCells {

    private static final String OPEN = "<p>";
    private static final String CLOSE = "</p>";

    private FreeTextCells() {
    }

    static String clean(List<String> cells) {
        StringBuilder out = new StringBuilder();
        for (String cell : cells) {
            String text = cell.indexOf('<') < 0 ? cell.strip() : withoutParagraphTags(cell).strip();
            if (text.isEmpty()) {
                continue;
            }
            if (out.length() > 0) {
                out.append('\n');
            }
            out.append(text);
        }
        return out.length() == 0 ? null : out.toString();
    }

    private static String withoutParagraphTags(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            if (text.charAt(i) != '<') {
                // most characters start no tag: the text up to the next '<' is copied at once, the case-blind
                // comparisons below run on the few that may
                int tag = text.indexOf('<', i);
                int end = tag < 0 ? text.length() : tag;
                out.append(text, i, end);
                i = end;
            } else if (text.regionMatches(true, i, CLOSE, 0, CLOSE.length())) {
                int next = i + CLOSE.length();
                while (next < text.length() && Character.isWhitespace(text.charAt(next))) {
                    next++;
                }
                if (text.regionMatches(true, next, OPEN, 0, OPEN.length())) {
                    out.append('\n');
                    i = next + OPEN.length();
                } else {
                    i += CLOSE.length();
                }
            } else if (text.regionMatches(true, i, OPEN, 0, OPEN.length())) {
                i += OPEN.length();
            } else {
                out.append(text.charAt(i++));
            }
        }
        return out.toString();
    }
}
