package io.jixiao.read.layout;

/**
 * One table cell as written (trimmed), with the 1-based source line it starts on and its {@link MatchKey}, computed
 * once here because form readers test every cell against many labels.
 */
public record Cell(String text, int line, String key) {

    public Cell(String text, int line) {
        this(text, line, MatchKey.shared(text));
    }

    /** An empty cell: the key of an empty text, without computing it. */
    public static Cell empty(int line) {
        return new Cell("", line, "");
    }

    public boolean isEmpty() {
        return text.isEmpty();
    }
}
