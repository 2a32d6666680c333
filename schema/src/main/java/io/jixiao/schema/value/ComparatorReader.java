package io.jixiao.schema.value;

import java.util.List;
import java.util.Map;

/**
 * Reads the comparator of a normalized cell: a symbol or word before the value ({@code ≥}, {@code >=},
 * {@code =<}, 不少于, 不超过, 大于 …) or, when none is written there, a word after it (以上, 以下, 以内).
 */
final class ComparatorReader {

    /** A cell split into its comparator (null when none) and the rest of its text. */
    record Split(Comparator comparator, String rest) {
    }

    /** Longest spellings first, so that 大于等于 wins over 大于 and >= over >. */
    private static final List<Map.Entry<String, Comparator>> PREFIXES = List.of(
            Map.entry("大于或等于", Comparator.AT_LEAST),
            Map.entry("小于或等于", Comparator.AT_MOST),
            Map.entry("大于等于", Comparator.AT_LEAST),
            Map.entry("小于等于", Comparator.AT_MOST),
            Map.entry("不少于", Comparator.AT_LEAST),
            Map.entry("不低于", Comparator.AT_LEAST),
            Map.entry("不小于", Comparator.AT_LEAST),
            Map.entry("不超过", Comparator.AT_MOST),
            Map.entry("不高于", Comparator.AT_MOST),
            Map.entry("不多于", Comparator.AT_MOST),
            Map.entry("不大于", Comparator.AT_MOST),
            Map.entry(">=", Comparator.AT_LEAST),
            Map.entry("=>", Comparator.AT_LEAST),
            Map.entry("<=", Comparator.AT_MOST),
            Map.entry("=<", Comparator.AT_MOST),
            Map.entry("大于", Comparator.GREATER),
            Map.entry("高于", Comparator.GREATER),
            Map.entry("多于", Comparator.GREATER),
            Map.entry("小于", Comparator.LESS),
            Map.entry("低于", Comparator.LESS),
            Map.entry("少于", Comparator.LESS),
            Map.entry("等于", Comparator.EQUAL),
            Map.entry("≥", Comparator.AT_LEAST),
            Map.entry("≤", Comparator.AT_MOST),
            Map.entry(">", Comparator.GREATER),
            Map.entry("<", Comparator.LESS),
            Map.entry("=", Comparator.EQUAL));

    private static final List<Map.Entry<String, Comparator>> SUFFIXES = List.of(
            Map.entry("及以上", Comparator.AT_LEAST),
            Map.entry("及以下", Comparator.AT_MOST),
            Map.entry("以上", Comparator.AT_LEAST),
            Map.entry("以下", Comparator.AT_MOST),
            Map.entry("以内", Comparator.AT_MOST));

    private ComparatorReader() {
    }

    static Split split(String text) {
        for (Map.Entry<String, Comparator> prefix : PREFIXES) {
            if (text.startsWith(prefix.getKey())) {
                return new Split(prefix.getValue(), text.substring(prefix.getKey().length()));
            }
        }
        for (Map.Entry<String, Comparator> suffix : SUFFIXES) {
            if (text.endsWith(suffix.getKey())) {
                return new Split(suffix.getValue(), text.substring(0, text.length() - suffix.getKey().length()));
            }
        }
        return new Split(null, text);
    }
}
