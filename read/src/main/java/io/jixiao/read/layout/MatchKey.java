package io.jixiao.read.layout;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The key a cell is matched by against form labels: full-width ASCII forms (U+FF01–U+FF5E, as NFKC maps them)
 * folded to ASCII, blanks (including U+00A0 and U+3000) removed, a trailing colon dropped, so that "年度 总体 目标",
 * "满意 度指 标" and "年度资金总额：" match their labels. Written out by hand because it runs on every cell: a regular
 * expression plus NFKC made it the parser's hot spot.
 */
public final class MatchKey {

    /** Cells longer than this are free text, never a label: their key is empty. */
    public static final int MAX_LABEL_LENGTH = 40;

    private MatchKey() {
    }

    /** The key of a cell that may be a label; empty for longer cells. */
    public static String of(String text) {
        return text.length() > MAX_LABEL_LENGTH ? "" : compact(text);
    }

    /** Distinct keys seen, each held once; forgotten when full, like the reader's memos. */
    private static final Map<String, String> SHARED = new ConcurrentHashMap<>();
    private static final int SHARED_LIMIT = 200_000;

    /**
     * The key of a cell as one shared instance per distinct key. The label answers are remembered by key and asked
     * several times of each cell: with a shared instance, their look-ups compare keys by reference, not by content.
     */
    public static String shared(String text) {
        String key = of(text);
        if (key.isEmpty()) {
            return "";
        }
        String known = SHARED.get(key);
        if (known == null) {
            if (SHARED.size() >= SHARED_LIMIT) {
                SHARED.clear();
            }
            SHARED.put(key, key);
            known = key;
        }
        return known;
    }

    private static boolean isBlank(char c) {
        if (c <= ' ') {
            return true;
        }
        if (c < '\u00A0') {
            return false;
        }
        // Unicode blanks above Latin-1, tested directly: Character.isWhitespace's table lookup was a hot spot.
        return c == '\u00A0' || c == '\u3000' || c >= '\u2000' && c <= '\u200A' || c == '\u2028' || c == '\u2029'
                || c == '\u202F' || c == '\u205F' || c == '\u1680';
    }

    /** The compact form of any text. */
    public static String compact(String text) {
        StringBuilder key = null;
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            char folded = c >= '\uFF01' && c <= '\uFF5E' ? (char) (c - 0xFEE0) : c;
            boolean blank = isBlank(c);
            if (key == null && (blank || folded != c)) {
                key = new StringBuilder(length).append(text, 0, i);
            }
            if (key != null && !blank) {
                key.append(folded);
            }
        }
        String result = key == null ? text : key.toString();
        return result.endsWith(":") ? result.substring(0, result.length() - 1) : result;
    }
}
