package io.jixiao.schema.model;

import java.util.List;

/**
 * What the parser made of one document: its forms, and every line it could not use.
 *
 * @param document  the document's name (file name or path as given)
 * @param encoding  the character set the bytes were decoded with
 * @param layout    the physical layout detected (tab_rows, cell_per_line, pipe_rows …), null when rejected
 * @param rejection why the document as a whole could not be read, null when it was read
 */
public record ParsedDocument(
        String document,
        String encoding,
        String layout,
        List<Form> forms,
        List<Problem> problems,
        String rejection) {

    public ParsedDocument {
        forms = List.copyOf(forms);
        problems = List.copyOf(problems);
    }

    public static ParsedDocument rejected(String document, String encoding, String reason) {
        return new ParsedDocument(document, encoding, null, List.of(), List.of(), reason);
    }

    public boolean isRejected() {
        return rejection != null;
    }
}
