package io.jixiao.jobs.read.form;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Free text cells. Paragraph tags are markup of the source system, not text: {@code </p> <p>} between paragraphs
 * becomes a line break and the remaining {@code <p>} / {@code </p>} tags are removed; the text is otherwise kept
 * as written, trimmed. Several cells are joined by line breaks.
 */
final class Texts {

    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("</p>\\s*<p>", Pattern.CASE_INSENSITIVE);
    private static final Pattern PARAGRAPH_TAG = Pattern.compile("</?p>", Pattern.CASE_INSENSITIVE);

    private Texts() {
    }

    static String clean(List<String> cells) {
        StringBuilder out = new StringBuilder();
        for (String cell : cells) {
            String text = cell.indexOf('<') < 0 ? cell.strip()
                    : PARAGRAPH_TAG.matcher(PARAGRAPH_BREAK.matcher(cell).replaceAll("\n")).replaceAll("").strip();
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
}
