package io.jixiao.jobs.read.layout;

/** Cleans one cell as written: non-breaking spaces (U+00A0, {@code &nbsp;}) are blanks, outer blanks trimmed. */
final class CellText {

    private CellText() {
    }

    static String clean(String raw) {
        String text = raw;
        if (text.indexOf('&') >= 0) {
            text = text.replace("&nbsp;", " ");
        }
        return text.replace('\u00A0', ' ').strip();
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
}
