package io.jixiao.jobs.read.layout;

/** One table cell as written (trimmed), with the 1-based source line it starts on. */
public record Cell(String text, int line) {

    public boolean isEmpty() {
        return text.isEmpty();
    }
}
