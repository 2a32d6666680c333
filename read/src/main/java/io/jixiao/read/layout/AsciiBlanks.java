package io.jixiao.read.layout;

/**
 * Text without the blanks the regular expression {@code \s} matches (space, tab, line feed, vertical tab, form feed,
 * carriage return): what {@code text.replaceAll("\\s+", "")} gives, without compiling a pattern on every call, as
 * readers asking it of every indicator cell did.
 */
public final class AsciiBlanks {

    private AsciiBlanks() {
    }

    public static String removed(String text) {
        int first = 0;
        while (first < text.length() && !isBlank(text.charAt(first))) {
            first++;
        }
        if (first == text.length()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length()).append(text, 0, first);
        for (int i = first + 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!isBlank(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    static boolean isBlank(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
