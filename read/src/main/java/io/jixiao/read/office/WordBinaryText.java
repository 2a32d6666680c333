package io.jixiao.read.office;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The text a reader sees in a Word 97-2003 paragraph as HWPF gives it, with Word's control characters in it: a field
 * ({@code \u0013 code \u0014 result \u0015}) shows its result, not its code; a manual line break ({@code \u000B}), a
 * paragraph end ({@code \r}), a page or column break is a line break; a non-breaking hyphen is a hyphen; cell and row
 * marks ({@code \u0007}), picture, drawing and footnote anchors and other control characters are left out. A tab stays.
 */
final class WordBinaryText {

    private static final char FIELD_BEGIN = '\u0013';
    private static final char FIELD_SEPARATOR = '\u0014';
    private static final char FIELD_END = '\u0015';
    private static final char NON_BREAKING_HYPHEN = '\u001E';

    private WordBinaryText() {
    }

    static String visible(String raw) {
        StringBuilder text = new StringBuilder(raw.length());
        // one entry per open field, whether its result has begun; POI's Range.stripFields drops the whole outer
        // field, result and all, when fields nest
        Deque<Boolean> fields = new ArrayDeque<>();
        int inCode = 0;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == FIELD_BEGIN) {
                fields.push(false);
                inCode++;
            } else if (c == FIELD_SEPARATOR) {
                if (!fields.isEmpty() && !fields.peek()) {
                    fields.pop();
                    fields.push(true);
                    inCode--;
                }
            } else if (c == FIELD_END) {
                if (!fields.isEmpty() && !fields.pop()) {
                    inCode--;
                }
            } else if (inCode == 0) {
                appendVisible(text, c);
            }
        }
        return text.toString();
    }

    private static void appendVisible(StringBuilder text, char c) {
        switch (c) {
            case '\t' -> text.append('\t');
            case '\r', '\n', '\u000B', '\u000C', '\u000E' -> text.append('\n');
            case NON_BREAKING_HYPHEN -> text.append('-');
            default -> {
                if (c >= ' ') {
                    text.append(c);
                }
            }
        }
    }
}
