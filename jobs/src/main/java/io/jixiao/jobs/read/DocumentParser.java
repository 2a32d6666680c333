package io.jixiao.jobs.read;

import io.jixiao.schema.model.ParsedDocument;

/**
 * Reads one document's bytes into forms: decode, detect the layout, read rows of cells, read forms.
 * Pure Java, thread-safe, never throws on bad input. PLACEHOLDER: replaced by the parser.
 */
public final class DocumentParser {

    public ParsedDocument parse(String documentName, byte[] bytes) {
        return ParsedDocument.rejected(documentName, null, "parser not built yet");
    }
}
