package io.jixiao.schema.value;

import java.text.Normalizer;

/**
 * Folds a cell as written into the form the value grammar reads: NFKC (full-width letters, digits, brackets,
 * ％ ＞ ＜ ＝ ﹦ become half-width), the variant comparators ≧ ≦ (which NFKC keeps) become ≥ ≤, dashes and the
 * minus sign become {@code -}, and all white space goes (cells are short; a space is never meaningful in them).
 */
public final class ValueText {

    private ValueText() {
    }

    /** The normalized text of a cell; the empty string for null. */
    public static String normalize(String raw) {
        if (raw == null) {
            return "";
        }
        String folded = Normalizer.normalize(raw, Normalizer.Form.NFKC);
        StringBuilder text = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                continue;
            }
            text.append(switch (c) {
                case '≧' -> '≥';
                case '≦' -> '≤';
                case '\u2010', '\u2011', '\u2012', '\u2013', '\u2015', '\u2212' -> '-';
                case '〜' -> '~';
                default -> c;
            });
        }
        int end = text.length();
        while (end > 0 && isTrailingPunctuation(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end);
    }

    private static boolean isTrailingPunctuation(char c) {
        return c == '。' || c == ';' || c == ',' || c == '、';
    }
}
