package io.jixiao.read.encoding;

/**
 * A document's text after decoding, with line endings normalised to {@code \n}.
 *
 * @param text      the decoded text, null when the bytes were rejected
 * @param encoding  the character set used, null when rejected
 * @param rejection why the bytes could not be read as a text document, else null
 * @param warning   something wrong with the bytes that did not stop decoding (a truncated last character), else null
 */
public record DecodedText(String text, String encoding, String rejection, String warning) {

    static DecodedText of(String raw, String encoding) {
        return of(raw, encoding, null);
    }

    static DecodedText of(String raw, String encoding, String warning) {
        String normalised = raw.replace("\r\n", "\n").replace('\r', '\n');
        if (normalised.isBlank()) {
            return new DecodedText(null, encoding, "empty document", null);
        }
        return new DecodedText(normalised, encoding, null, warning);
    }

    static DecodedText rejected(String encoding, String why) {
        return new DecodedText(null, encoding, why, null);
    }

    public boolean isRejected() {
        return rejection != null;
    }
}
