package io.jixiao.read.layout;

import io.jixiao.read.encoding.SimplifiedChinese;

/**
 * Cleans one cell as written: non-breaking spaces (U+00A0, {@code &nbsp;}) are blanks, outer blanks trimmed,
 * traditional characters and inserted pinyin made simplified text ({@link SimplifiedChinese}). Every reader, text,
 * Office or PDF, cleans its cells here, so they all read traditional documents; a text is converted cell by cell
 * rather than as a whole so that its characters are scanned once.
 */
public final class CellCleaning {

    private CellCleaning() {
    }

    public static String clean(String raw) {
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '&' || c == '\u00A0') {
                return SimplifiedChinese.of(raw.replace("&nbsp;", " ").replace('\u00A0', ' ').strip());
            }
        }
        return SimplifiedChinese.of(raw.strip());
    }

    static boolean isBlank(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '&') {
                return clean(line).isEmpty();
            }
            if (!(c <= ' ' || c == '\u00A0' || Character.isWhitespace(c))) {
                return false;
            }
        }
        return true;
    }

    /**
     * A cell's text continued on another line: joined without a separator ("社会效益" + "指标"), unless the text
     * above ends a sentence (then with a line break).
     */
    static String continueCell(String above, String text) {
        if (above.isEmpty()) {
            return text;
        }
        char last = above.charAt(above.length() - 1);
        return "。；;！!？?".indexOf(last) >= 0 ? above + "\n" + text : above + text;
    }
}
