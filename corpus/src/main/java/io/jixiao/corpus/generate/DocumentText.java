package io.jixiao.corpus.generate;

/** The text of one generated document, written line by line with the current line number known. */
final class DocumentText {

    private final StringBuilder text = new StringBuilder();
    private int lines;

    /** Appends a line; returns its 1-based number. */
    int line(String content) {
        text.append(content).append('\n');
        return ++lines;
    }

    void blank() {
        line("");
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
