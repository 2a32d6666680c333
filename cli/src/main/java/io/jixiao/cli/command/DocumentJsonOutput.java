package io.jixiao.cli.command;

import io.jixiao.schema.model.ParsedDocument;

import java.io.PrintStream;
import java.util.List;

/** PLACEHOLDER until the parser's JSON writer lands. */
final class DocumentJsonOutput {

    private DocumentJsonOutput() {
    }

    static void print(List<ParsedDocument> documents, PrintStream out) {
        throw new UnsupportedOperationException("not yet");
    }
}
