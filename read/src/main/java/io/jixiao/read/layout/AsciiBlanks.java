package io.jixiao.read.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * The blanks the regular expression {@code \s} matches (space, tab, line feed, vertical tab, form feed, carriage
 * return): text without them, as {@code text.replaceAll("\\s+", "")} gives it, and text split at them, as
 * {@code text.split("\\s+")}, without compiling a pattern on every call, as readers asking it of every cell did.
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

    /** The words between runs of blanks: {@code text.split("\\s+")}, a leading empty word included. */
    public static String[] split(String text) {
        List<String> words = new ArrayList<>();
        int start = 0;
        int i = 0;
        while (i < text.length()) {
            if (!isBlank(text.charAt(i))) {
                i++;
                continue;
            }
            words.add(text.substring(start, i));
            while (i < text.length() && isBlank(text.charAt(i))) {
                i++;
            }
            start = i;
        }
        if (words.isEmpty()) {
            return new String[] {text};
        }
        words.add(text.substring(start));
        int size = words.size();
        while (size > 0 && words.get(size - 1).isEmpty()) {
            size--;
        }
        return words.subList(0, size).toArray(new String[0]);
    }

    static boolean isBlank(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
