package io.jixiao.schema.model;

/** Something in a document that could not be used, with the 1-based line it was found on (0: the whole document). */
public record Problem(int line, String message) {

    @Override
    public String toString() {
        return line > 0 ? "line " + line + ": " + message : message;
    }
}
