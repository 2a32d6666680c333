package io.jixiao.jobs.read.layout;

/** Cleans one cell as written: non-breaking spaces (U+00A0, {@code &nbsp;}) are blanks, outer blanks trimmed. */
public final class CellText {

    private CellText() {
    }

    public static String clean(String raw) {
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '&' || c == '\u00A0') {
                return raw.replace("&nbsp;", " ").replace('\u00A0', ' ').strip();
            }
        }
        return raw.strip();
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
