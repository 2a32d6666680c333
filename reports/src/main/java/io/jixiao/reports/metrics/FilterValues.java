package io.jixiao.reports.metrics;

import java.util.ArrayList;
import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * Filter values as one command-line word: {@code 甲,乙} is two values. A value that holds a comma (a unit named
 * {@code 某某公司, 分公司}) writes it {@code \,}, and a backslash {@code \\}; otherwise the word is taken as written.
 */
public final class FilterValues {

    private FilterValues() {
    }

    /** The values of one word, in order; empty values (a trailing comma) are left out. */
    public static List<String> split(String word) {
        requireNonNull(word, "word");
        List<String> values = new ArrayList<>();
        StringBuilder value = new StringBuilder();
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c == '\\' && i + 1 < word.length() && (word.charAt(i + 1) == ',' || word.charAt(i + 1) == '\\')) {
                value.append(word.charAt(++i));
            } else if (c == ',') {
                add(values, value);
            } else {
                value.append(c);
            }
        }
        add(values, value);
        return values;
    }

    /** The word that {@link #split} reads back as these values. */
    public static String join(List<String> values) {
        List<String> escaped = values.stream().map(v -> v.replace("\\", "\\\\").replace(",", "\\,")).toList();
        return String.join(",", escaped);
    }

    private static void add(List<String> values, StringBuilder value) {
        String text = value.toString().strip();
        if (!text.isEmpty()) {
            values.add(text);
        }
        value.setLength(0);
    }
}
